/**
 * The disputed regions a place falls in on a given day: its stored containing-region ids (computed
 * by the data build with turf) filtered by each region's period. Same rule as the map's
 * `regionAtDate` filter in style/time-expressions.ts.
 */
import type { Region } from '../data/schema.ts';

export function regionActiveOn(region: Region['properties'], day: number): boolean {
  return region.reference || (region.day_from <= day && day <= region.day_to);
}

export function regionsAtDay(ids: readonly string[], regionsById: ReadonlyMap<string, Region>, day: number): Region[] {
  return ids.map((id) => regionsById.get(id)).filter((r): r is Region => !!r && regionActiveOn(r.properties, day));
}
