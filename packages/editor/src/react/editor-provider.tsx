import { useMemo, type ReactNode } from 'react';
import type { EditorEngine } from '../engine/engine';
import { defaultTagViews } from '../tags/views';
import { EditorContext, type TagView } from './engine-context';

/**
 * For pages that lay the editor out themselves: provides an engine to `NodeView`,
 * `RegionList` and `HotkeyHelp` placed anywhere below it.
 */
export function EditorProvider({
  engine,
  views,
  children,
}: {
  engine: EditorEngine;
  views?: readonly TagView[];
  children: ReactNode;
}): ReactNode {
  const map = useMemo(() => new Map((views ?? defaultTagViews).map((v) => [v.tag, v.component])), [views]);
  return <EditorContext.Provider value={{ engine, views: map }}>{children}</EditorContext.Provider>;
}
