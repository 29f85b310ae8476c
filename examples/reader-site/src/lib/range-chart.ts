import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface ClaimantRange {
  claimant: string;
  low: number;
  high: number;
}

/**
 * One category's editorial ranges, a bar per claimant from its lowest to its highest number, as
 * SVG markup drawn on the server (no script in the page). The table beside it carries the same
 * numbers for screen readers, so the chart is labelled as a whole.
 */
export function rangeChartSvg(
  ranges: ClaimantRange[],
  label: string,
  axisLabel: string,
  formatNumber: (value: number) => string
): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    document: document as unknown as Document,
    width: 640,
    height: 40 + ranges.length * 36,
    marginLeft: 220,
    ariaLabel: label,
    x: {
      label: axisLabel,
      grid: true,
      zero: true,
      // People and drones come whole: no tick between two whole numbers.
      ticks: Math.max(1, Math.min(6, Math.ceil(Math.max(...ranges.map((range) => range.high))))),
      tickFormat: (value: number) => (Number.isInteger(value) ? formatNumber(value) : ''),
    },
    y: { label: null },
    marks: [
      Plot.barX(ranges, {
        x1: 'low',
        x2: 'high',
        y: 'claimant',
        fill: '#0b4f8a',
        insetTop: 8,
        insetBottom: 8,
      }),
      Plot.dot(ranges, { x: 'low', y: 'claimant', fill: '#0b4f8a', r: 4 }),
      Plot.dot(ranges, { x: 'high', y: 'claimant', fill: '#0b4f8a', r: 4 }),
    ],
  }) as unknown as Element;
  // One image with one name: the marks' own labels ("bar", "dot") would be read out one by one.
  chart.setAttribute('role', 'img');
  for (const part of chart.querySelectorAll('[aria-label], [aria-description]')) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  return chart.outerHTML;
}
