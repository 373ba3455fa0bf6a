import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';

interface Props {
  /** Crashes per signature, biggest first. */
  readonly stock: readonly number[];
  readonly edited: readonly number[];
}

/** Rank-size plot, crashes on a log scale (ranks too, past 30 signatures): a bucket that splits drops the curve's head, merges lift it and shorten the tail. */
export function SizePlot({ stock, edited }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const series = (sizes: readonly number[], lists: string) => sizes.map((count, index) => ({ rank: index + 1, count, lists }));
    const before = series(stock, 'stock lists');
    const after = series(edited, 'edited lists');
    const most = Math.max(stock.length, edited.length);
    // Ranks are whole numbers: a handful of signatures reads better on a linear axis.
    const logRanks = most > 30;
    const chart = Plot.plot({
      width: Math.max(320, Math.min(720, element.clientWidth || 640)),
      height: 260,
      marginLeft: 56,
      marginBottom: 44,
      style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
      x: { type: logRanks ? 'log' : 'linear', label: 'signature rank (1 = biggest)', labelAnchor: 'center', labelOffset: 38, grid: true, ...(logRanks ? {} : { ticks: Math.min(most, 10), tickFormat: 'd' }) },
      y: { type: 'log', label: '↑ crashes per signature', grid: true, tickFormat: '~s' },
      color: { domain: ['stock lists', 'edited lists'], range: ['#8c959f', '#388bfd'], legend: true },
      marks: [
        // Stock dashed and wider, edited solid on top: where they agree, both still show.
        Plot.line(before, { x: 'rank', y: 'count', stroke: 'lists', curve: 'step-after', strokeWidth: 3, strokeDasharray: '6 4', ariaHidden: 'true' }),
        Plot.line(after, { x: 'rank', y: 'count', stroke: 'lists', curve: 'step-after', strokeWidth: 1.75, ariaHidden: 'true' }),
        Plot.dot(most <= 200 ? [...before, ...after] : [], { x: 'rank', y: 'count', stroke: 'lists', r: 2.5, ariaHidden: 'true' }),
      ],
      ariaLabel: 'Signature sizes, stock lists and edited lists',
      ariaDescription: `Crashes per signature, biggest first, log scale: ${stock.length} signatures with the stock lists (biggest ${stock[0] ?? 0}), ${edited.length} with the edited lists (biggest ${edited[0] ?? 0}).`,
    });
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [stock, edited]);
  return (
    <figure className="size-plot">
      <div ref={holder} />
      <figcaption className="muted">Signature sizes: crashes per signature, biggest first, log scales.</figcaption>
    </figure>
  );
}
