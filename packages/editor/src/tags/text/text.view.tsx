import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { EditorEngine } from '../../engine/engine';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { asText, UrlValue } from '../../react/url-value';
import { SpanTool } from '../labels/span.tool';
import { parseInlineStyle } from '../shared/inline-style';
import { selectionOffsets } from '../shared/text-offsets';
import { useClearSelectionWhenResolved } from '../shared/use-clear-selection';
import { chunkBounds, spansIn } from './chunks';
import type { SpanRange } from './segments';
import { PENDING_ID, regionLooks, SpanText, type RegionLook } from './span-text';
import { textSelectionGeometry } from './text-selection';

/**
 * `<Text>`: selectable text with labeled spans. Long texts are laid out in blocks that the
 * browser skips while off screen, and a change re-renders only the blocks it touches.
 */
export function TextView({ node }: TagViewProps): ReactNode {
  if (node.attrs.valueType === 'url') {
    return (
      <UrlValue node={node} parse={asText} what="text">
        {(loaded) => <TextBody node={loaded} />}
      </UrlValue>
    );
  }
  return <TextBody node={node} />;
}

function TextBody({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const ref = useRef<HTMLDivElement>(null);
  const name = node.name ?? '';
  const text = typeof node.value === 'string' ? node.value : node.value === undefined ? '' : String(node.value);
  const revision = engine.revision;
  const chunks = useMemo(() => chunkBounds(text), [text]);
  // Spans and their looks change with the annotation only, not with the selection.
  const { perChunk, looks } = useMemo(() => {
    const spans: SpanRange[] = engine.regionsOn(name).flatMap((r) => {
      const { start, end } = r.geometry;
      return typeof start === 'number' && typeof end === 'number' ? [{ id: r.id, start, end }] : [];
    });
    return { perChunk: chunks.map(([s, e]) => spansIn(spans, s, e)), looks: regionLooks(engine, name) };
  }, [engine, name, chunks, revision]);
  const pending = engine.session.pending;
  const pendingRange =
    pending?.objectName === name && typeof pending.geometry.start === 'number' && typeof pending.geometry.end === 'number'
      ? { id: PENDING_ID, start: pending.geometry.start, end: pending.geometry.end }
      : undefined;
  const selected = engine.session.selectedRegionId;
  useClearSelectionWhenResolved(ref, pending?.objectName === name);

  const finishSelection = () => {
    if (!ref.current || node.attrs.selectionEnabled === false) return;
    const offsets = selectionOffsets(ref.current);
    if (!offsets) {
      // A plain click in the text drops a selection that was waiting for a label.
      if (engine.session.pending?.objectName === name) new SpanTool(engine, name).send({ type: 'cancel' });
      return;
    }
    const geometry = textSelectionGeometry(engine, name, offsets.start, offsets.end);
    if (!geometry) return;
    const created = new SpanTool(engine, name).send({ type: 'select', geometry });
    if (created) globalThis.getSelection?.()?.removeAllRanges();
  };
  return (
    <div
      ref={ref}
      className="gw-text"
      style={{ whiteSpace: 'pre-wrap', ...parseInlineStyle(node.attrs.style) }}
      onMouseUp={finishSelection}
      onKeyUp={(e) => {
        if (e.shiftKey) finishSelection();
      }}
      aria-label={`Text ${name}`}
    >
      {chunks.map(([start, end], i) => {
        const spans = perChunk[i];
        const pendingHere = pendingRange ? spansIn([pendingRange], start, end)[0] : undefined;
        return (
          <TextChunk
            key={start}
            engine={engine}
            text={text.slice(start, end)}
            offset={start}
            spans={spans}
            looks={looks}
            pending={pendingHere?.start}
            pendingEnd={pendingHere?.end}
            selected={selected !== undefined && spans.some((s) => s.id === selected) ? selected : undefined}
            single={chunks.length === 1}
          />
        );
      })}
    </div>
  );
}

interface TextChunkProps {
  engine: EditorEngine;
  text: string;
  offset: number;
  spans: readonly SpanRange[];
  looks: ReadonlyMap<string, RegionLook>;
  pending: number | undefined;
  pendingEnd: number | undefined;
  /** The selected region, only when it lies in this block (so other blocks stay memoized). */
  selected: string | undefined;
  single: boolean;
}

const TextChunk = memo(function TextChunk({ engine, text, offset, spans, looks, pending, pendingEnd, single }: TextChunkProps) {
  const all =
    pending !== undefined && pendingEnd !== undefined ? [...spans, { id: PENDING_ID, start: pending, end: pendingEnd }] : spans;
  const content = <SpanText engine={engine} text={text} spans={all} offset={offset} looks={looks} />;
  if (single) return content;
  return (
    <div className="gw-text__chunk" style={{ contentVisibility: 'auto', containIntrinsicSize: 'auto 20em' }}>
      {content}
    </div>
  );
});
