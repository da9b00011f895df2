import { Fragment, memo, type ReactNode } from 'react';
import type { EditorEngine } from '../../engine/engine';
import { regionColor, translucent } from '../shared/colors';
import { splitSegments, type SpanRange } from './segments';

export const PENDING_ID = '__pending';

export interface RegionLook {
  readonly color: string;
  readonly labels: string;
}

/** Colour and label text of each region on an object, computed once per annotation change. */
export function regionLooks(engine: EditorEngine, objectName: string): Map<string, RegionLook> {
  const looks = new Map<string, RegionLook>();
  for (const r of engine.regionsOn(objectName))
    looks.set(r.id, { color: regionColor(engine, r.id), labels: engine.labelsOf(r.id).join(', ') });
  return looks;
}

/**
 * Plain text with highlighted spans, nested where spans overlap. Text stays real DOM text
 * (marks around text nodes), so the browser's own selection works over it.
 */
export function SpanText({
  engine,
  text,
  spans,
  offset = 0,
  looks,
}: {
  engine: EditorEngine;
  text: string;
  spans: readonly SpanRange[];
  looks: ReadonlyMap<string, RegionLook>;
  /** Where `text` starts within the object (paragraphs pass their own text). */
  offset?: number;
}): ReactNode {
  const selected = engine.session.selectedRegionId;
  const segments = splitSegments(text.length, spans);
  return segments.map((segment) => {
    const content = text.slice(segment.start, segment.end);
    // Keyed by offset, so removing a span re-renders its neighbours instead of moving every text node after it.
    if (segment.regions.length === 0) return <Fragment key={`t${offset + segment.start}`}>{content}</Fragment>;
    const top = segment.regions[0];
    const pending = top === PENDING_ID;
    const color = pending ? '#888888' : (looks.get(top)?.color ?? '#888888');
    const isSelected = selected !== undefined && segment.regions.includes(selected);
    const labels = pending ? 'selection' : segment.regions.map((id) => looks.get(id)?.labels ?? '').join('; ');
    return (
      <SpanMark
        key={offset + segment.start}
        engine={engine}
        content={content}
        top={top}
        next={segment.regions[1]}
        pending={pending}
        color={color}
        depth={segment.regions.length}
        isSelected={isSelected}
        topSelected={top === selected}
        labels={labels}
      />
    );
  });
}

interface SpanMarkProps {
  engine: EditorEngine;
  content: string;
  top: string;
  next: string | undefined;
  pending: boolean;
  color: string;
  depth: number;
  isSelected: boolean;
  topSelected: boolean;
  labels: string;
}

/** One highlighted segment; memoized on primitive props so a new span re-renders only its neighbours. */
const SpanMark = memo(function SpanMark({
  engine,
  content,
  top,
  next,
  pending,
  color,
  depth,
  isSelected,
  topSelected,
  labels,
}: SpanMarkProps) {
  return (
    <mark
      className={isSelected ? 'gw-span gw-span--selected' : 'gw-span'}
      data-region={top}
      title={labels}
      style={{
        backgroundColor: translucent(color, Math.min(0.25 + 0.15 * depth, 0.7)),
        borderBottom: `2px solid ${color}`,
        outline: isSelected ? `2px solid ${color}` : undefined,
      }}
      onClick={(event) => {
        if (pending) return;
        const selection = globalThis.getSelection?.();
        if (selection && !selection.isCollapsed) return;
        event.stopPropagation();
        // A second click on a selected span picks the one under it, for overlaps.
        engine.select(topSelected && next ? next : top);
      }}
    >
      {content}
    </mark>
  );
});
