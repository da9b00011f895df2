/**
 * Browsers cap an element's height (Chromium near 33.5 million pixels), so a million 44-pixel rows
 * cannot each get their own pixels. Past this height the scrollbar maps onto the rows proportionally:
 * one pixel of scrollbar then moves several pixels of rows, and every row stays reachable.
 */
export const MAX_SCROLL_HEIGHT = 8_000_000;

export interface WindowInput {
  count: number;
  rowHeight: number;
  /** Pixels scrolled in the (possibly compressed) scroll area. */
  scrollTop: number;
  viewportHeight: number;
  overscan?: number;
  maxHeight?: number;
}

export interface WindowRange {
  /** Height to give the scroll area's content. */
  height: number;
  /** First and last row to render (inclusive); last < first when there are none. */
  first: number;
  last: number;
  /** First and last row at least partly in the viewport. */
  firstVisible: number;
  lastVisible: number;
  /** Where row i's top goes, in the content's coordinates. */
  top: (i: number) => number;
  /** The scrollTop that brings row i to the top of the viewport. */
  scrollTopFor: (i: number) => number;
}

/**
 * Which rows of a fixed-height list are on screen, and where to draw them.
 *
 * @example
 * const w = windowRange({ count: 1_000_000, rowHeight: 44, scrollTop: 0, viewportHeight: 600 });
 * // w.first === 0, w.lastVisible === 13, w.height === MAX_SCROLL_HEIGHT
 */
export function windowRange({
  count,
  rowHeight,
  scrollTop,
  viewportHeight,
  overscan = 4,
  maxHeight = MAX_SCROLL_HEIGHT,
}: WindowInput): WindowRange {
  const full = count * rowHeight;
  const height = Math.min(full, maxHeight);
  // Scrollable distance in the real list and in the scroll area; equal unless the list is compressed.
  const realRange = Math.max(0, full - viewportHeight);
  const areaRange = Math.max(0, height - viewportHeight);
  const ratio = areaRange > 0 ? realRange / areaRange : 1;
  const clamped = Math.min(Math.max(0, scrollTop), areaRange);
  const virtualTop = clamped * ratio;
  const firstVisible = Math.min(count - 1, Math.floor(virtualTop / rowHeight));
  const lastVisible = Math.min(count - 1, Math.ceil((virtualTop + viewportHeight) / rowHeight) - 1);
  return {
    height,
    first: Math.max(0, firstVisible - overscan),
    last: Math.min(count - 1, lastVisible + overscan),
    firstVisible: Math.max(0, firstVisible),
    lastVisible,
    top: (i) => i * rowHeight - virtualTop + clamped,
    scrollTopFor: (i) => Math.min(areaRange, (i * rowHeight) / ratio),
  };
}

/** The pages (1-based) of `pageSize` rows that hold rows first..last. */
export function pagesFor(first: number, last: number, pageSize: number): number[] {
  if (last < first) return [];
  const pages: number[] = [];
  for (let p = Math.floor(first / pageSize) + 1; p <= Math.floor(last / pageSize) + 1; p++) pages.push(p);
  return pages;
}
