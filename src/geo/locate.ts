/**
 * Where a place lies relative to the Armenia–Azerbaijan border and the disputed regions, computed
 * with turf from the boundary data. Used by the data build (turf stays out of the app bundle); the
 * app only filters the stored region ids by date (geo/regions-at-day.ts).
 */
import { booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type Country = Feature<Polygon | MultiPolygon, { iso: string }>;
export type BorderPosition = { side: 'AM' | 'AZ'; km: number };

/**
 * The side of the Armenia–Azerbaijan border a point lies on (the country polygon that contains
 * it) and its distance in km to the other country, which for a point inside one of two
 * neighbours is the distance to their common border. Null outside both.
 */
export function borderPosition(coordinates: [number, number], countries: readonly Country[]): BorderPosition | null {
  const find = (iso: string) => countries.find((c) => c.properties.iso === iso);
  const am = find('AM');
  const az = find('AZ');
  if (!am || !az) throw new Error('borderPosition: the countries need AM and AZ');
  const p = point(coordinates);
  const km = (c: Country) => pointToPolygonDistance(p, c, { units: 'kilometers' });
  let side: 'AM' | 'AZ' | null = booleanPointInPolygon(p, am) ? 'AM' : booleanPointInPolygon(p, az) ? 'AZ' : null;
  if (!side) {
    // The outlines are land only, so a lake's point falls in a hole: take the nearer country if it is close.
    const [toAm, toAz] = [km(am), km(az)];
    if (Math.min(toAm, toAz) > SNAP_KM) return null;
    side = toAm <= toAz ? 'AM' : 'AZ';
  }
  return { side, km: km(side === 'AM' ? az : am) };
}

/** How far outside both outlines a point (a lake) may lie and still be given the nearer side. */
export const SNAP_KM = 1;

/** Ids of the polygonal features that contain the point (lines never contain one). */
export function containingIds(
  coordinates: [number, number],
  features: readonly { geometry: { type: string }; properties: { id: string } }[],
): string[] {
  const p = point(coordinates);
  return features
    .filter(
      (f) =>
        (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
        booleanPointInPolygon(p, f.geometry as Polygon | MultiPolygon),
    )
    .map((f) => f.properties.id);
}
