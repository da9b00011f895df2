import { useMemo, useRef, type ReactNode } from 'react';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { asJsonList, UrlValue } from '../../react/url-value';
import { SpanTool } from '../labels/span.tool';
import { useClearSelectionWhenResolved } from '../shared/use-clear-selection';
import { textOffset } from '../shared/text-offsets';
import { PENDING_ID, regionLooks, SpanText } from '../text/span-text';
import type { SpanRange } from '../text/segments';

export interface Utterance {
  readonly author: string;
  readonly text: string;
}

function utterances(value: unknown, nameKey: string, textKey: string): Utterance[] {
  if (!Array.isArray(value)) return [];
  return value.map((p) => {
    const r = (p !== null && typeof p === 'object' ? p : {}) as Record<string, unknown>;
    return { author: String(r[nameKey] ?? ''), text: String(r[textKey] ?? '') };
  });
}

/** Spans of a region that fall into paragraph `index`, in that paragraph's own offsets. */
function spanIn(id: string, geometry: Record<string, unknown>, index: number, length: number): SpanRange | undefined {
  const start = Number(geometry.start);
  const end = Number(geometry.end);
  if (!Number.isFinite(start) || !Number.isFinite(end) || index < start || index > end) return undefined;
  const from = index === start ? Number(geometry.startOffset ?? 0) : 0;
  const to = index === end ? Number(geometry.endOffset ?? length) : length;
  return to > from ? { id, start: from, end: to } : undefined;
}

/** The selected words, utterance by utterance (author names are not part of it). */
export function selectedText(
  list: readonly Utterance[],
  start: number,
  startOffset: number,
  end: number,
  endOffset: number,
): string {
  if (start === end) return list[start]?.text.slice(startOffset, endOffset) ?? '';
  const parts = [list[start]?.text.slice(startOffset) ?? ''];
  for (let i = start + 1; i < end; i += 1) parts.push(list[i]?.text ?? '');
  parts.push(list[end]?.text.slice(0, endOffset) ?? '');
  return parts.join('\n');
}

/** `<Paragraphs>`: utterances (`layout="dialogue"` shows them as a conversation) with ParagraphLabels spans. */
export function ParagraphsView({ node }: TagViewProps): ReactNode {
  if (node.attrs.valueType === 'url') {
    return (
      <UrlValue node={node} parse={asJsonList} what="paragraphs">
        {(loaded) => <ParagraphsBody node={loaded} />}
      </UrlValue>
    );
  }
  return <ParagraphsBody node={node} />;
}

function ParagraphsBody({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const ref = useRef<HTMLDivElement>(null);
  const name = node.name ?? '';
  const list = utterances(node.value, String(node.attrs.nameKey ?? 'author'), String(node.attrs.textKey ?? 'text'));
  const regions = engine.regionsOn(name);
  const revision = engine.revision;
  const looks = useMemo(() => regionLooks(engine, name), [engine, name, revision]);
  const pending = engine.session.pending?.objectName === name ? engine.session.pending : undefined;
  useClearSelectionWhenResolved(ref, pending !== undefined);
  const authors = [...new Set(list.map((u) => u.author))];

  const onMouseUp = () => {
    const selection = globalThis.getSelection?.();
    if (!ref.current || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const startEl = (range.startContainer.parentElement ?? null)?.closest('[data-paragraph]');
    const endEl = (range.endContainer.parentElement ?? null)?.closest('[data-paragraph]');
    if (!startEl || !endEl || !ref.current.contains(startEl) || !ref.current.contains(endEl)) return;
    const start = Number(startEl.getAttribute('data-paragraph'));
    const end = Number(endEl.getAttribute('data-paragraph'));
    const startOffset = textOffset(startEl, range.startContainer, range.startOffset);
    const endOffset = textOffset(endEl, range.endContainer, range.endOffset);
    const geometry = {
      start: String(start),
      end: String(end),
      startOffset,
      endOffset,
      text: selectedText(list, start, startOffset, end, endOffset),
    };
    if (geometry.start === geometry.end && geometry.startOffset === geometry.endOffset) return;
    const created = new SpanTool(engine, name).send({ type: 'select', geometry });
    if (created) selection.removeAllRanges();
  };

  return (
    <div
      ref={ref}
      className={node.attrs.layout === 'dialogue' ? 'gw-paragraphs gw-paragraphs--dialogue' : 'gw-paragraphs'}
      onMouseUp={onMouseUp}
    >
      {list.map((u, index) => {
        const spans = regions.flatMap((r) => spanIn(r.id, r.geometry, index, u.text.length) ?? []);
        const p = pending ? spanIn(PENDING_ID, pending.geometry, index, u.text.length) : undefined;
        if (p) spans.push(p);
        return (
          <div key={index} className="gw-utterance" data-side={authors.indexOf(u.author) % 2 === 0 ? 'left' : 'right'}>
            {u.author !== '' && <div className="gw-utterance__author">{u.author}</div>}
            <div className="gw-utterance__text" data-paragraph={index}>
              <SpanText engine={engine} text={u.text} spans={spans} looks={looks} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
