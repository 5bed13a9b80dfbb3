import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * The scrolling box around a table (`.table-wrap`). When the table is wider than the box (on a phone, or with long
 * cells), or taller than a `.table-scroll` box, a keyboard user must be able to scroll it too: the box then becomes
 * a named region in the tab order, scrolled with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 * When the table fits, it stays a plain box without an extra tab stop.
 */
export function TableWrap({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [scrolls, setScrolls] = useState(false);

  // After every render (rows come and go): watch the box and the table for size changes.
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => observer.disconnect();
  });

  return (
    <div
      ref={ref}
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
