/**
 * Claims per day, stacked by claimant group in the dataset's order (only the groups the reader has chosen), with each
 * day's count and sides in its tooltip; days inside the window are marked.
 */
import { max } from 'd3';
import { type DayCounts, windowCounts } from '../../data/columns/day-counts.ts';
import { namedMask } from '../../data/columns/filter.ts';
import type { Side } from '../../data/schema.ts';
import { formatDay, groupLabel, t } from '../../i18n/index.ts';
import { groupKey } from '../../style/group-colours.ts';
import { svg } from '../dom.ts';
import type { DayScale } from './day-scale.ts';

export const HIST_HEIGHT = 48;

export type SideCounts = { side: Side; counts: number[] };

/**
 * Claims per day over [first, last] for each chosen group, in `groups`' order, from the day counts
 * (O(days × groups), data/columns/day-counts.ts): what binByDay gives for each group's in-period claims.
 * `names`: the columns' group names (EventColumns.groups), whose order `counts` uses.
 */
export function sideCounts(
  counts: DayCounts,
  names: readonly string[],
  groups: readonly Side[],
  sides: ReadonlySet<Side>,
  first: number,
  last: number,
): SideCounts[] {
  const { stack } = windowCounts(counts, counts.first, counts.first, 'asof', namedMask(names, sides));
  const G = counts.groups;
  return groups
    .filter((side) => sides.has(side))
    .map((side) => {
      const g = names.indexOf(side);
      return {
        side,
        counts: Array.from({ length: last - first + 1 }, (_, i) => {
          const d = first + i - counts.first;
          return g >= 0 && d >= 0 && d < counts.days ? (stack[d * G + g] as number) : 0;
        }),
      };
    });
}

export class Histogram {
  readonly element: SVGSVGElement;
  /** Claims per day for each chosen side; recomputed (O(days × groups)) only when the sides change. */
  private bins: SideCounts[] = [];
  private days: SVGGElement[] = [];

  constructor(
    private readonly doc: Document,
    /** Claims per day and group (the columns' `dayCountsOf`), and the columns' group names. */
    private readonly counts: DayCounts,
    private readonly names: readonly string[],
    private readonly first: number,
    private readonly last: number,
    /** The dataset's group ids, bottom of the stack first. */
    private readonly groups: readonly Side[],
  ) {
    this.element = svg(doc, 'svg', { class: 'cl-timeline__hist', height: HIST_HEIGHT, role: 'img', 'aria-label': t('histogramLabel') });
  }

  setSides(sides: ReadonlySet<Side>): void {
    this.bins = sideCounts(this.counts, this.names, this.groups, sides, this.first, this.last);
  }

  layout(scale: DayScale): void {
    const { doc, first, last } = this;
    const totals = Array.from({ length: last - first + 1 }, (_, i) => this.bins.reduce((sum, b) => sum + (b.counts[i] ?? 0), 0));
    const unit = (HIST_HEIGHT - 4) / (max(totals) || 1);
    this.element.setAttribute('width', String(scale.width));
    this.days = totals.map((total, i) => {
      const day = first + i;
      const group = svg(doc, 'g', { class: 'cl-timeline__day', 'data-day': day });
      const title = svg(doc, 'title');
      const parts = this.bins.filter((b) => (b.counts[i] ?? 0) > 0).map((b) => `${groupLabel(b.side)} ${b.counts[i]}`);
      title.textContent = t('histogramDay', { date: formatDay(day), n: total }) + (parts.length ? ` (${parts.join(', ')})` : '');
      group.append(title);
      let top = HIST_HEIGHT;
      for (const b of this.bins) {
        const h = (b.counts[i] ?? 0) * unit;
        if (h <= 0) continue;
        top -= h;
        const attrs = {
          x: scale.left(day) + 0.5,
          width: Math.max(1, scale.cell - 1),
          y: top,
          height: h,
          class: `cl-timeline__bar cl-bar--${groupKey(b.side)}`,
        };
        group.append(svg(doc, 'rect', attrs));
      }
      return group;
    });
    this.element.replaceChildren(...this.days);
  }

  /** Marks the days inside the window. */
  highlight(from: number, to: number): void {
    this.days.forEach((g, i) => {
      const day = this.first + i;
      g.classList.toggle('cl-timeline__day--in', day >= from && day <= to);
    });
  }
}
