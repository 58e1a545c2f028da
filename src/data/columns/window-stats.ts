/**
 * data/window-stats.ts's numbers from columns, with no object per record per step: the claims per
 * group from the day counts (O(days × groups)); the places and the tolls from one pass over the
 * window's rows (day-index.ts) on the columns' place keys, tolls and toll parties (store.ts). Only the few winning
 * tolls become objects, from the columns too, but for their sources: `records[row]`'s when given, else none (a
 * published event file's page fetches the winners' records itself). Equal to windowStats
 * (tests/unit/columns-views.test.ts).
 *
 * @example const stats = columnStats(cols, records, store.state, groupIds(dataset));
 */
import { TOLL_PARTIES } from '../claim-groups.ts';
import type { ClaimFilter } from '../matches-window.ts';
import type { IncidentProperties, Side } from '../schema.ts';
import type { SideStats, Toll, WindowStats } from '../window-stats.ts';
import { dayCountsOf, windowCounts } from './day-counts.ts';
import { dayIndex, SHORT } from './day-index.ts';
import { type Claimant, countedPlace } from './dictionary.ts';
import { namedMask } from './filter.ts';
import { perColumns } from './per-columns.ts';
import type { EventColumns } from './store.ts';

export type StatsColumns = {
  /** Per place key (cols.places): its number among the places counted, -1 for none (dictionary.ts countedPlace). */
  slot: Int32Array;
  /** Pass number that last saw each place (`stamp`) and each place × group (`stampBy`): no clearing per step. */
  stamp: Uint32Array;
  stampBy: Uint32Array;
  pass: number;
};

/**
 * Per place key, its number among the places counted (-1 for none), and how many are counted: one
 * pass over every place key, which the column worker makes (load-columns/) and the page seeds.
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

const statsColumns = perColumns((cols): StatsColumns => {
  const { slot, places } = placeSlots(cols);
  const G = cols.groups.length;
  return { slot, stamp: new Uint32Array(places), stampBy: new Uint32Array(places * G), pass: 0 };
});

/** Stamps of its own for a sliced count (StatsPass), the place slots shared: no other pass can make it start again. */
export function statsScratch(cols: EventColumns): StatsColumns {
  const { slot, stamp, stampBy } = statsColumns(cols);
  return { slot, stamp: new Uint32Array(stamp.length), stampBy: new Uint32Array(stampBy.length), pass: 0 };
}

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
  const pass = new StatsPass(cols, records, filter, groups);
  pass.run(Number.POSITIVE_INFINITY);
  return pass.result();
}

/**
 * columnStats in slices, so a wide window of a million rows need not be one long task: `run(rows)`
 * takes up to that many more of the window's rows and says whether all are taken; `result()` is then
 * columnStats's answer (the rows' order does not change it). Another pass over the same stamps in
 * between makes this one start again, so its answer stays exact; a sliced count that must not be
 * restarted by others has stamps of its own (statsScratch).
 */
export class StatsPass {
  private readonly s: StatsColumns;
  private readonly mask: Uint8Array;
  /** The window's short rows are byDay[a, b), then every long row: a cursor `next` over both. */
  private readonly a: number;
  private readonly b: number;
  private readonly f: number;
  private readonly t: number;
  private next = 0;
  private pass = 0;
  private placesOf: Uint32Array;
  private allPlaces = 0;
  private best: Int32Array;

  constructor(
    private readonly cols: EventColumns,
    private readonly records: readonly IncidentProperties[],
    private readonly filter: ClaimFilter,
    private readonly groups: readonly Side[],
    /** The stamps to use: the columns' shared ones unless given (statsScratch). */
    scratch?: StatsColumns,
  ) {
    this.s = scratch ?? statsColumns(cols);
    this.mask = namedMask(cols.groups, filter.sides);
    const { starts, lo } = dayIndex(cols);
    // As rowsInWindow (day-index.ts): rows starting up to SHORT days before the window may reach into it.
    this.f = filter.from - cols.firstDay;
    this.t = filter.to - cols.firstDay;
    const days = starts.length - 1;
    const at = (d: number) => starts[Math.max(0, Math.min(days, d - lo))] as number;
    this.a = this.f <= this.t ? at(this.f - SHORT) : 0;
    this.b = this.f <= this.t ? Math.max(this.a, at(this.t + 1)) : 0;
    this.placesOf = new Uint32Array(cols.groups.length);
    this.best = new Int32Array(cols.groups.length * TOLL_PARTIES.length);
    this.restart();
  }

  private restart(): void {
    this.pass = ++this.s.pass;
    this.next = 0;
    this.placesOf.fill(0);
    this.allPlaces = 0;
    this.best.fill(-1);
  }

  /** Takes up to `rows` more candidate rows; true once the window is done. */
  run(rows: number): boolean {
    if (this.s.pass !== this.pass) this.restart();
    const { byDay, long } = dayIndex(this.cols);
    const { day, dayEnd, group } = this.cols;
    const { a, b, f, t, mask } = this;
    const shortN = b - a;
    const total = this.f <= this.t ? shortN + long.length : 0;
    const end = Math.min(total, this.next + rows);
    for (let k = this.next; k < end; k++) {
      if (k < shortN) {
        const i = byDay[a + k] as number;
        if (dayEnd[i] >= f && mask[group[i]] === 1) this.take(i);
      } else {
        const i = long[k - shortN] as number;
        if (day[i] <= t && dayEnd[i] >= f && mask[group[i]] === 1) this.take(i);
      }
    }
    this.next = end;
    return end >= total;
  }

  /** One window row: its place, new to the window and to its group, and its toll against the best. */
  private take(i: number): void {
    const { slot, stamp, stampBy } = this.s;
    const { place, toll, party } = this.cols;
    const G = this.cols.groups.length;
    const pass = this.pass;
    const g = this.cols.group[i] as number;
    // Distinct places: a row's place is new to the window when its stamp is not this pass's; to its group likewise.
    const at = slot[place[i] as number] as number;
    if (at >= 0) {
      if (stamp[at] !== pass) {
        stamp[at] = pass;
        this.allPlaces++;
      }
      if (stampBy[at * G + g] !== pass) {
        stampBy[at * G + g] = pass;
        this.placesOf[g]++;
      }
    }
    const n = toll[i] as number;
    if (Number.isNaN(n)) return;
    // Highest toll per group and party: the row, first in row order among equal figures (as windowStats).
    const cell = g * TOLL_PARTIES.length + (party[i] as number);
    const b = this.best[cell] as number;
    if (b < 0 || n > (toll[b] as number) || (n === toll[b] && i < b)) this.best[cell] = i;
  }

  /** The window's stats, once run() has said it is done. */
  result(): WindowStats {
    const { cols, filter, records, best, placesOf } = this;
    const P = TOLL_PARTIES.length;
    const counts = filter.from <= filter.to ? windowCounts(dayCountsOf(cols), filter.from, filter.to, 'range', this.mask) : null;
    const { toll } = cols;
    const sides = this.groups
      .filter((side) => filter.sides.has(side))
      .map((side): SideStats => {
        const g = cols.groups.indexOf(side);
        const tolls: Toll[] = [];
        for (let q = 0; g >= 0 && q < P; q++) {
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
