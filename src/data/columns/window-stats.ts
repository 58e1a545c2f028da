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
import { dayIndex, rowsInWindow } from './day-index.ts';
import { type Claimant, countedPlace } from './dictionary.ts';
import { namedMask } from './filter.ts';
import { perColumns } from './per-columns.ts';
import type { EventColumns } from './store.ts';

type StatsColumns = {
  /** Per place key (cols.places): its number among the places counted, -1 for none (dictionary.ts countedPlace). */
  slot: Int32Array;
  /** Pass number that last saw each place (`stamp`) and each place × group (`stampBy`): no clearing per step. */
  stamp: Uint32Array;
  stampBy: Uint32Array;
  pass: number;
};

const statsColumns = perColumns((cols): StatsColumns => {
  // As window-stats.ts placeCount: a gazetteer id, or a plotted record's own place name.
  const slot = new Int32Array(cols.places.length).fill(-1);
  let places = 0;
  cols.places.forEach((key, k) => {
    if (countedPlace(key)) slot[k] = places++;
  });
  const G = cols.groups.length;
  return { slot, stamp: new Uint32Array(places), stampBy: new Uint32Array(places * G), pass: 0 };
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
  const s = statsColumns(cols);
  const { slot, stamp, stampBy } = s;
  const { place, toll, party } = cols;
  const pass = ++s.pass;
  const G = cols.groups.length;
  const P = TOLL_PARTIES.length;
  const mask = namedMask(cols.groups, filter.sides);
  const counts = filter.from <= filter.to ? windowCounts(dayCountsOf(cols), filter.from, filter.to, 'range', mask) : null;
  const rows = rowsInWindow(dayIndex(cols), filter.from, filter.to, mask);
  // Distinct places: a row's place is new to the window when its stamp is not this pass's; to its group likewise.
  const placesOf = new Uint32Array(G);
  let allPlaces = 0;
  // Highest toll per group and party: the row, first in row order among equal figures (as windowStats).
  const best = new Int32Array(G * P).fill(-1);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const g = cols.group[i] as number;
    const at = slot[place[i] as number] as number;
    if (at >= 0) {
      if (stamp[at] !== pass) {
        stamp[at] = pass;
        allPlaces++;
      }
      if (stampBy[at * G + g] !== pass) {
        stampBy[at * G + g] = pass;
        placesOf[g]++;
      }
    }
    const n = toll[i] as number;
    if (Number.isNaN(n)) continue;
    const cell = g * P + (party[i] as number);
    const b = best[cell] as number;
    if (b < 0 || n > (toll[b] as number) || (n === toll[b] && i < b)) best[cell] = i;
  }
  const sides = groups
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
          id: cols.ids[i] as string,
          claimant,
          claimant_label,
          day: cols.firstDay + (cols.day[i] as number),
          sources: records[i]?.sources ?? [],
        });
      }
      return { side, claims: g >= 0 ? (counts?.byGroup[g] ?? 0) : 0, places: g >= 0 ? (placesOf[g] as number) : 0, tolls };
    });
  return { claims: counts?.total ?? 0, places: allPlaces, sides };
}
