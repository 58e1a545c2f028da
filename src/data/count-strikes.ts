/**
 * The "settlements reported shelled" layer: one point per place with the number of strike claims shown (days
 * overlapping the window, claimant side chosen). Small (one feature per place), so it is recomputed on each window change;
 * `strikeCounter` picks the strike claims out once, so a step costs the strikes, not every record (an imported set of
 * 100,000 events has none).
 */
import type { FeatureCollection, Point } from 'geojson';
import { isShown, type ClaimFilter } from './matches-window.ts';
import type { Incident } from './schema.ts';

export function strikeCounter(incidents: readonly Incident[]): ((filter: ClaimFilter) => FeatureCollection<Point>) & { none: boolean } {
  const strikes = incidents.filter((f) => f.properties.strike && f.geometry && f.properties.place_id);
  // `none`: every window's answer is the empty collection.
  return Object.assign((filter: ClaimFilter) => countStrikes(strikes, filter), { none: strikes.length === 0 });
}

export function countStrikes(incidents: readonly Incident[], filter: ClaimFilter): FeatureCollection<Point> {
  const byPlace = new Map<string, { coordinates: [number, number]; strikes: number }>();
  for (const f of incidents) {
    const p = f.properties;
    if (!p.strike || !f.geometry || !p.place_id || !isShown(p, filter)) continue;
    const entry = byPlace.get(p.place_id) ?? { coordinates: f.geometry.coordinates as [number, number], strikes: 0 };
    entry.strikes++;
    byPlace.set(p.place_id, entry);
  }
  return {
    type: 'FeatureCollection',
    features: [...byPlace].map(([place_id, { coordinates, strikes }]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: { place_id, strikes },
    })),
  };
}
