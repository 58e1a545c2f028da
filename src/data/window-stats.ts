/**
 * The window in numbers, one row per claimant side, never merged: how many claims, how many
 * places they name, and the highest death toll the side's sources claimed for each party's dead
 * (Armenia's government counted its own dead and, separately, Azerbaijan's). Tolls are not added
 * up: successive statements revise the same toll (49, then 105, then 135 …), so a sum would count
 * the same deaths several times.
 */
import { isShown, type ClaimFilter } from './matches-window.ts';
import { TOLL_PARTIES, tollParty, type TollParty } from './claim-groups.ts';
import type { IncidentProperties, Side, Source } from './schema.ts';

export type Toll = {
  of: TollParty;
  n: number;
  id: string;
  claimant: string;
  claimant_label: string;
  day: number;
  sources: readonly Source[];
};

export type SideStats = {
  side: Side;
  claims: number;
  /** Distinct places on the map named by the side's claims. */
  places: number;
  /** For each party whose dead the side's claims count, the claim with the highest figure. */
  tolls: Toll[];
};

export type WindowStats = { claims: number; places: number; sides: SideStats[] };

/** `groups`: the dataset's group ids, in the order the rows are listed. */
export function windowStats(records: readonly IncidentProperties[], filter: ClaimFilter, groups: readonly Side[]): WindowStats {
  const shown = records.filter((p) => !p.context && isShown(p, filter));
  const sides = groups
    .filter((s) => filter.sides.has(s))
    .map((side): SideStats => {
      const mine = shown.filter((p) => p.claimant_side === side);
      const top = new Map<TollParty, Toll>();
      for (const p of mine) {
        if (p.fatalities_claimed === null) continue;
        const of = tollParty(p);
        const best = top.get(of);
        if (!best || p.fatalities_claimed > best.n)
          top.set(of, {
            of,
            n: p.fatalities_claimed,
            id: p.id,
            claimant: p.claimant,
            claimant_label: p.claimant_label,
            day: p.day,
            sources: p.sources,
          });
      }
      const tolls = [...top.values()].sort((a, b) => TOLL_PARTIES.indexOf(a.of) - TOLL_PARTIES.indexOf(b.of));
      return { side, claims: mine.length, places: placeCount(mine), tolls };
    });
  return { claims: shown.length, places: placeCount(shown), sides };
}

function placeCount(records: readonly IncidentProperties[]): number {
  // An imported record names its place without a gazetteer id: a plotted one counts by its name.
  const key = (p: IncidentProperties) => p.place_id ?? (p.geo_precision !== null && p.place_name ? `name:${p.place_name}` : null);
  return new Set(records.map(key).filter((id) => id !== null)).size;
}
