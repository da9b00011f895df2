import { useEffect, useState, type UIEvent } from 'react';

/** A scroll container's position and size, kept in state so windowing re-renders as it scrolls or resizes. */
export function useScrollViewport() {
  const [element, ref] = useState<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [size, setSize] = useState({ width: 1000, height: 600 });

  useEffect(() => {
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return {
    ref,
    element,
    scrollTop,
    width: size.width,
    height: size.height,
    onScroll: (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop),
    scrollTo: (top: number) => {
      if (element) element.scrollTop = top;
    },
  };
}
