import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's computed font size in px, kept current as the viewport changes. The wall scales
 * its type with the viewport in CSS; SVG charts need the same size as a number.
 */
export function useFontSize(ref: RefObject<HTMLElement | null>, fallback = 16): number {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => setSize(Number.parseFloat(getComputedStyle(element).fontSize) || fallback);
    const observer = new ResizeObserver(read);
    observer.observe(element);
    read();
    return () => observer.disconnect();
  }, [ref, fallback]);
  return size;
}
