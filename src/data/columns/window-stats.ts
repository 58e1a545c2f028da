/**
 * data/window-stats.ts's numbers from columns, with no object per record per step: the claims per
 * group from the day counts (O(days × groups)); the places and the tolls from one pass over the
 * window's rows (day-index.ts) on typed arrays built once. Only the few winning tolls become
 * objects. Equal to windowStats (tests/unit/columns-window-stats.test.ts).
 *
 * @example const stats = columnStats(cols, records, store.state, groupIds(dataset));
 */
import { TOLL_PARTIES, tollParty } from '../claim-groups.ts';
import type { ClaimFilter } from '../matches-window.ts';
import type { IncidentProperties, Side } from '../schema.ts';
import type { SideStats, Toll, WindowStats } from '../window-stats.ts';
import { dayCountsOf, windowCounts } from './day-counts.ts';
import { dayIndex, rowsInWindow } from './day-index.ts';
import { namedMask } from './filter.ts';
import type { EventColumns } from './store.ts';

type StatsColumns = {
  /** Index of the row's place key (place id, or a plotted record's place name), -1 for none. */
  place: Int32Array;
  /** The claimed toll, NaN for none. */
  toll: Float64Array;
  /** Index into TOLL_PARTIES of whose dead the toll counts. */
  party: Uint8Array;
  /** Pass number that last saw each place (`stamp`) and each place × group (`stampBy`): no clearing per step. */
  stamp: Uint32Array;
  stampBy: Uint32Array;
  pass: number;
};

const built = new WeakMap<EventColumns, StatsColumns>();

/** `records[i]` is row i's properties (the records the columns were made from). */
function statsColumns(cols: EventColumns, records: readonly IncidentProperties[]): StatsColumns {
  let s = built.get(cols);
  if (!s) {
    const place = new Int32Array(cols.count);
    const toll = new Float64Array(cols.count);
    const party = new Uint8Array(cols.count);
    const keys = new Map<string, number>();
    records.forEach((p, i) => {
      // As window-stats.ts placeCount: an imported record names its place without a gazetteer id.
      const key = p.place_id ?? (p.geo_precision !== null && p.place_name ? `name:${p.place_name}` : null);
      let k = key === null ? -1 : keys.get(key);
      if (k === undefined) {
        k = keys.size;
        keys.set(key as string, k);
      }
      place[i] = k;
      toll[i] = p.fatalities_claimed ?? Number.NaN;
      party[i] = TOLL_PARTIES.indexOf(tollParty(p));
    });
    const G = cols.groups.length;
    s = { place, toll, party, stamp: new Uint32Array(keys.size), stampBy: new Uint32Array(keys.size * G), pass: 0 };
    built.set(cols, s);
  }
  return s;
}

/** `groups`: the dataset's group ids, in the order the rows are listed. */
export function columnStats(
  cols: EventColumns,
  records: readonly IncidentProperties[],
  filter: ClaimFilter,
  groups: readonly Side[],
): WindowStats {
  const s = statsColumns(cols, records);
  const { place, toll, party, stamp, stampBy } = s;
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
    const at = place[i] as number;
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
    const slot = g * P + (party[i] as number);
    const b = best[slot] as number;
    if (b < 0 || n > (toll[b] as number) || (n === toll[b] && i < b)) best[slot] = i;
  }
  const sides = groups
    .filter((side) => filter.sides.has(side))
    .map((side): SideStats => {
      const g = cols.groups.indexOf(side);
      const tolls: Toll[] = [];
      for (let q = 0; g >= 0 && q < P; q++) {
        const i = best[g * P + q] as number;
        const p = records[i];
        if (i < 0 || !p || p.fatalities_claimed === null) continue;
        const { id, claimant, claimant_label, day, sources } = p;
        tolls.push({ of: TOLL_PARTIES[q] as Toll['of'], n: p.fatalities_claimed, id, claimant, claimant_label, day, sources });
      }
      return { side, claims: g >= 0 ? (counts?.byGroup[g] ?? 0) : 0, places: g >= 0 ? (placesOf[g] as number) : 0, tolls };
    });
  return { claims: counts?.total ?? 0, places: allPlaces, sides };
}
