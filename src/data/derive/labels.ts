/**
 * Country label points: one per country, on the biggest part of its outline as clipped to the
 * map's box (a label on a small exclave would misplace the name). Pure and worker-safe (turf).
 */
import { area, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, Position } from 'geojson';

/** A country's name in each interface language. */
export type CountryNames = { name_en: string; name_hy: string; name_az: string; name_ru: string };

/**
 * A label point per country feature (properties.iso), coordinates rounded to 3 decimals. Throws when
 * `names` has no entry for a country: a label without a name is a data error the build must stop on.
 */
export function countryLabelPoints(countries: readonly Feature[], names: ReadonlyMap<string, CountryNames>) {
  return countries.map((f) => {
    const polys: Position[][][] =
      f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
    // Each part's area once; the first of the largest, as before.
    const areas = polys.map((p) => area(polygon(p)));
    const largest = polys[areas.indexOf(Math.max(...areas))];
    const point = pointOnFeature(polygon(largest));
    const iso = String(f.properties?.iso);
    const n = names.get(iso);
    if (!n) throw new Error(`country-names.csv: no names for ${iso}`);
    return {
      type: 'Feature',
      properties: { iso, name_en: n.name_en, name_hy: n.name_hy, name_az: n.name_az, name_ru: n.name_ru },
      geometry: { type: 'Point', coordinates: point.geometry.coordinates.map((c) => Number(c.toFixed(3))) },
    };
  });
}
