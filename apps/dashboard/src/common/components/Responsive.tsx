import type { ReactNode } from 'react';
import { useElementWidth } from '../hooks/useElementWidth.js';

/** Gives a chart the width of its column: `<Responsive>{(width) => <Chart width={width} />}</Responsive>`. */
export function Responsive({ children }: { children: (width: number) => ReactNode }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="mq-app-responsive">
      {children(width)}
    </div>
  );
}
