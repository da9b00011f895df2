import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { asText, UrlValue } from '../../react/url-value';
import { SpanTool } from '../labels/span.tool';
import { useClearSelectionWhenResolved } from '../shared/use-clear-selection';
import { regionColor } from '../shared/colors';
import { positionAt, textOffset, type DomNode } from '../shared/text-offsets';
import { hyperTextGeometry } from './xpath';
import type { RegionRecord } from '../../engine/records';
import { sanitizeHtml } from './sanitize';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/** The text position under a point (`caretPositionFromPoint`, or WebKit's `caretRangeFromPoint`). */
function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The shortest region whose `globalOffsets` cover a character offset. */
export function regionAt(regions: readonly RegionRecord[], offset: number): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const r of regions) {
    const g = r.geometry.globalOffsets as { start?: unknown; end?: unknown } | undefined;
    if (typeof g?.start !== 'number' || typeof g.end !== 'number' || offset < g.start || offset > g.end) continue;
    if (!best || g.end - g.start < best.length) best = { id: r.id, length: g.end - g.start };
  }
  return best?.id;
}

/**
 * `<HyperText>`: sanitized task HTML. Spans are recorded as xpath + offsets and drawn with the
 * CSS Custom Highlight API, which paints ranges without touching the DOM the xpaths refer to.
 */
export function HyperTextView({ node }: TagViewProps): ReactNode {
  if (node.attrs.valueType === 'url') {
    return (
      <UrlValue node={node} parse={asText} what="HTML">
        {(loaded) => <HyperTextBody node={loaded} />}
      </UrlValue>
    );
  }
  return <HyperTextBody node={node} />;
}

function HyperTextBody({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const ref = useRef<HTMLDivElement>(null);
  const name = node.name ?? '';
  const clean = useMemo(() => sanitizeHtml(typeof node.value === 'string' ? node.value : ''), [node.value]);
  const regions = engine.regionsOn(name);
  const selected = engine.session.selectedRegionId;
  useClearSelectionWhenResolved(ref, engine.session.pending?.objectName === name);

  useEffect(() => {
    const root = ref.current;
    const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
    const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (!root || !css?.highlights || !HighlightCtor) return;
    const byColor = new Map<string, Range[]>();
    for (const region of regions) {
      const offsets = region.geometry.globalOffsets as { start?: unknown; end?: unknown } | undefined;
      if (typeof offsets?.start !== 'number' || typeof offsets.end !== 'number') continue;
      const start = positionAt(root as unknown as DomNode, offsets.start);
      const end = positionAt(root as unknown as DomNode, offsets.end);
      if (!start || !end) continue;
      const range = document.createRange();
      range.setStart(start.node as unknown as Node, start.offset);
      range.setEnd(end.node as unknown as Node, end.offset);
      const color = region.id === selected ? 'selected' : regionColor(engine, region.id);
      byColor.set(color, [...(byColor.get(color) ?? []), range]);
    }
    const names: string[] = [];
    let i = 0;
    const rules: string[] = [];
    for (const [color, ranges] of byColor) {
      const highlightName = `gw-${name.replace(/\W/g, '')}-${i++}`;
      css.highlights.set(highlightName, new HighlightCtor(...ranges));
      names.push(highlightName);
      rules.push(
        `::highlight(${highlightName}) { background-color: ${color === 'selected' ? 'rgba(255, 196, 0, 0.6)' : `${color}55`}; }`,
      );
    }
    const style = document.createElement('style');
    style.textContent = rules.join('\n');
    document.head.appendChild(style);
    return () => {
      for (const n of names) css.highlights?.delete(n);
      style.remove();
    };
  });

  const onMouseUp = () => {
    const root = ref.current;
    const selection = globalThis.getSelection?.();
    if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const geometry = hyperTextGeometry(
      root as unknown as DomNode,
      { node: range.startContainer as unknown as DomNode, offset: range.startOffset },
      { node: range.endContainer as unknown as DomNode, offset: range.endOffset },
      range.toString(),
    );
    if (geometry.globalOffsets.start === geometry.globalOffsets.end) return;
    const created = new SpanTool(engine, name).send({ type: 'select', geometry });
    if (created) selection.removeAllRanges();
  };

  if ('text' in clean) {
    return <div className="gw-hypertext">{clean.text}</div>;
  }
  return (
    <div
      ref={ref}
      className="gw-hypertext"
      onMouseUp={onMouseUp}
      onClick={(e) => {
        // Links in task HTML don't navigate away from the editor unless asked to.
        if (node.attrs.clickableLinks !== true && (e.target as HTMLElement).closest('a')) e.preventDefault();
        // Highlights are painted, not elements: a click finds the span under the pointer.
        const root = ref.current;
        const selection = globalThis.getSelection?.();
        if (!root || (selection && !selection.isCollapsed)) return;
        const point = caretAt(e.clientX, e.clientY);
        if (!point || !root.contains(point.node)) return;
        const hit = regionAt(regions, textOffset(root as unknown as DomNode, point.node as unknown as DomNode, point.offset));
        if (hit) engine.select(hit);
      }}
      dangerouslySetInnerHTML={{ __html: clean.html }}
    />
  );
}
