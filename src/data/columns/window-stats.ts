/**
 * data/window-stats.ts's numbers from columns, with no object per record per step: the claims per
 * group from the day counts (O(days × groups)); the highest tolls from the toll blocks (toll-blocks.ts,
 * O(blocks + edge rows)); the distinct places from a count of the window's rows per place (and per
 * place × group) that a slider step updates from the rows near the window's edges (day-index.ts
 * edgeRuns), as cell-steps.ts does for the cells: O(rows near the edges) a step, not O(window). A
 * new side choice, a jump that touches many rows or an empty window counts the window's rows again.
 * Only the few winning tolls become objects, from the columns too, but for their sources:
 * `records[row]`'s when given, else none (a published event file's page fetches the winners' records
 * itself). Equal to windowStats (tests/unit/columns-views.test.ts, window-stats-steps.test.ts).
 *
 * @example const counter = new StatsCounter(cols, records, groupIds(dataset)); counter.stats(store.state);
 */
import { TOLL_PARTIES } from '../claim-groups.ts';
import type { ClaimFilter } from '../matches-window.ts';
import type { IncidentProperties, Side } from '../schema.ts';
import type { SideStats, Toll, WindowStats } from '../window-stats.ts';
import { dayCountsOf, windowCounts } from './day-counts.ts';
import { dayIndex, edgeRuns, rowsInWindow } from './day-index.ts';
import { type Claimant, countedPlace } from './dictionary.ts';
import { namedMask } from './filter.ts';
import { perColumns } from './per-columns.ts';
import type { EventColumns } from './store.ts';
import { windowTolls } from './toll-blocks.ts';

/**
 * Per place key (cols.places), its number among the places counted (-1 for none, dictionary.ts
 * countedPlace), and how many are counted: one pass over every place key, which the column worker
 * makes (load-columns/) and the page seeds.
 */
export const placeSlots = perColumns((cols): { slot: Int32Array; places: number } => {
  // As window-stats.ts placeCount: a gazetteer id, or a plotted record's own place name.
  const slot = new Int32Array(cols.places.length).fill(-1);
  let places = 0;
  let k = 0;
  for (const key of cols.places) {
    if (countedPlace(key)) slot[k] = places++;
    k++;
  }
  return { slot, places };
});

/**
 * `records[i]`: row i's properties, for the winners' sources only ([] for columns without records).
 * `groups`: the dataset's group ids, in the order the rows are listed.
 */
export function columnStats(
  cols: EventColumns,
  records: readonly IncidentProperties[],
  filter: ClaimFilter,
  groups: readonly Side[],
): WindowStats {
  return new StatsCounter(cols, records, groups).stats(filter);
}

/** columnStats kept up to date across slider steps: the window's rows per place, changed by the rows that come in or go out. */
export class StatsCounter {
  private readonly slot: Int32Array;
  /** The window's chosen rows per counted place, and per place × group. */
  private readonly perPlace: Uint32Array;
  private readonly perPlaceBy: Uint32Array;
  private readonly placesOf: Uint32Array;
  private allPlaces = 0;
  /** What the counts hold: the chosen groups (`key`, '' for nothing yet) and the window (relative days, f ≤ t). */
  private key = '';
  private f = 0;
  private t = 0;

  constructor(
    private readonly cols: EventColumns,
    private readonly records: readonly IncidentProperties[],
    /** The dataset's group ids, in the order the rows are listed. */
    private readonly groups: readonly Side[],
  ) {
    const { slot, places } = placeSlots(cols);
    this.slot = slot;
    this.perPlace = new Uint32Array(places);
    this.perPlaceBy = new Uint32Array(places * cols.groups.length);
    this.placesOf = new Uint32Array(cols.groups.length);
  }

  /** The window's numbers, from the last answer's counts where it can. */
  stats(filter: ClaimFilter): WindowStats {
    const { cols } = this;
    const mask = namedMask(cols.groups, filter.sides);
    const f = filter.from - cols.firstDay;
    const t = filter.to - cols.firstDay;
    const key = mask.join();
    // An empty window (f > t) holds no rows, though a long row may span both days: counted apart.
    if (f > t) this.clear('');
    else if (key !== this.key || !this.step(mask, f, t)) this.recount(mask, f, t);
    if (f <= t) {
      this.key = key;
      this.f = f;
      this.t = t;
    }
    return this.result(filter, mask, f <= t ? windowTolls(cols, f, t, mask) : null);
  }

  private clear(key: string): void {
    this.perPlace.fill(0);
    this.perPlaceBy.fill(0);
    this.placesOf.fill(0);
    this.allPlaces = 0;
    this.key = key;
  }

  /** Every window row counted again (rowsInWindow's rows: the day index's run for the window, and the long rows). */
  private recount(mask: Uint8Array, f: number, t: number): void {
    this.clear('');
    const { firstDay } = this.cols;
    for (const i of rowsInWindow(dayIndex(this.cols), firstDay + f, firstDay + t, mask)) this.add(mask, i, 1);
  }

  /** The window's move as differences, when few rows can change; false to recount instead. */
  private step(mask: Uint8Array, f: number, t: number): boolean {
    const ix = dayIndex(this.cols);
    const { byDay, long } = ix;
    const runs = edgeRuns(ix, f, t, this.f, this.t);
    const touched = runs.reduce((sum, [p, q]) => sum + q - p, long.length);
    if (touched > byDay.length / 4) return false;
    const { day, dayEnd } = this.cols;
    const change = (i: number) => {
      const was = (day[i] as number) <= this.t && (dayEnd[i] as number) >= this.f;
      const is = (day[i] as number) <= t && (dayEnd[i] as number) >= f;
      if (was !== is) this.add(mask, i, is ? 1 : -1);
    };
    for (const [p, q] of runs) for (let k = p; k < q; k++) change(byDay[k] as number);
    for (let k = 0; k < long.length; k++) change(long[k] as number);
    return true;
  }

  /** Row i into (d = 1) or out of (d = -1) the window's counts, when its group is chosen and its place counted. */
  private add(mask: Uint8Array, i: number, d: 1 | -1): void {
    const g = this.cols.group[i] as number;
    if (mask[g] !== 1) return;
    const at = this.slot[this.cols.place[i] as number] as number;
    if (at < 0) return;
    // A place is in the window while it holds a row: 0 → 1 brings it in, 1 → 0 takes it out.
    const edge = d > 0 ? 1 : 0;
    this.perPlace[at] = (this.perPlace[at] as number) + d;
    if (this.perPlace[at] === edge) this.allPlaces += d;
    const k = at * this.cols.groups.length + g;
    this.perPlaceBy[k] = (this.perPlaceBy[k] as number) + d;
    if (this.perPlaceBy[k] === edge) this.placesOf[g] = (this.placesOf[g] as number) + d;
  }

  /** The window's stats from the counts, the day counts and the winning rows (`best`, null for none). */
  private result(filter: ClaimFilter, mask: Uint8Array, best: Int32Array | null): WindowStats {
    const { cols, records, placesOf } = this;
    const P = TOLL_PARTIES.length;
    const counts = filter.from <= filter.to ? windowCounts(dayCountsOf(cols), filter.from, filter.to, 'range', mask) : null;
    const { toll } = cols;
    const sides = this.groups
      .filter((side) => filter.sides.has(side))
      .map((side): SideStats => {
        const g = cols.groups.indexOf(side);
        const tolls: Toll[] = [];
        for (let q = 0; best && g >= 0 && q < P; q++) {
          const i = best[g * P + q] as number;
          if (i < 0) continue;
          const { claimant, claimant_label } = cols.claimants[cols.claimant[i] as number] as Claimant;
          tolls.push({
            of: TOLL_PARTIES[q] as Toll['of'],
            n: toll[i] as number,
            id: cols.ids.at(i) as string,
            claimant,
            claimant_label,
            day: cols.firstDay + (cols.day[i] as number),
            sources: records[i]?.sources ?? [],
          });
        }
        return { side, claims: g >= 0 ? (counts?.byGroup[g] ?? 0) : 0, places: g >= 0 ? (placesOf[g] as number) : 0, tolls };
      });
    return { claims: counts?.total ?? 0, places: this.allPlaces, sides };
  }
}
