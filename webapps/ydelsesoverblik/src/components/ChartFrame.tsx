import Box from '@mui/material/Box';
import { startTransition, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Width before the first measurement (and in tests, where nothing is laid out). */
const FALLBACK_WIDTH = 720;

/**
 * A chart's frame: measures the width the chart may take, and presents the chart as one image
 * whose text alternative is the table beside it (`describedBy`).
 */
export function ChartFrame({
  label,
  describedBy,
  height,
  children,
}: {
  label: string;
  describedBy: string;
  height: number;
  children: (width: number) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Measured before the first paint, so the chart is drawn once at its width (not at a guess, then
  // again), and drawn in a transition: recharts is the costliest part of the screen (about 150 ms on a
  // first visit), which then no longer comes in one task with everything around it. Until it is
  // drawn the frame is marked pending, so the screen does not count as ready.
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current!;
    const measured = Math.floor(element.getBoundingClientRect().width) || FALLBACK_WIDTH;
    startTransition(() => setWidth(measured));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <Box
      ref={ref}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      sx={{ width: '100%', height, overflow: 'hidden', '@media print': { breakInside: 'avoid' } }}
      data-klinik-pending={width === undefined ? '' : undefined}
    >
      {width !== undefined && children(width)}
    </Box>
  );
}
