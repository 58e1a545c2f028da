/**
 * A GED row's point: `latitude`/`longitude`, or `geom_wkt` ("POINT (lon lat)") where a derived file
 * kept only that. Invalid or swapped-looking coordinates leave the event unplaced (listed, not
 * drawn) with a warning: a guessed swap could put an event in the wrong country.
 */
import { wherePrecision } from './ucdp-codes.ts';
import type { GeoPrecision, PointKind } from './types.ts';
import { parseLatLon } from './values.ts';

export type Place = {
  lat: number | null;
  lon: number | null;
  geo: GeoPrecision | null;
  kind: PointKind | null;
  warnings: { column: string; message: string }[];
};

const WKT_POINT = /^\s*POINT\s*Z?\s*\(\s*(-?[\d.]+(?:e-?\d+)?)\s+(-?[\d.]+(?:e-?\d+)?)(?:\s+-?[\d.]+)?\s*\)\s*$/i;

export function parseWktPoint(text: string): { lat: number; lon: number } | null {
  const m = WKT_POINT.exec(text);
  return m ? parseLatLon(Number(m[2]), Number(m[1])) : null;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-4;

export function readPlace(latText: string, lonText: string, wkt: string, wherePrec: number | null): Place {
  const place: Place = { lat: null, lon: null, geo: null, kind: null, warnings: [] };
  const fromWkt = wkt === '' ? null : parseWktPoint(wkt);
  let point: { lat: number; lon: number } | null = null;
  if (latText !== '' || lonText !== '') {
    point = parseLatLon(latText, lonText);
    if (!point) {
      const swapped = parseLatLon(lonText, latText) !== null;
      place.warnings.push({
        column: 'latitude',
        message: swapped
          ? `latitude ${latText} and longitude ${lonText} look swapped; the event is kept without a place`
          : `coordinates "${latText}", "${lonText}" are not valid; the event is kept without a place`,
      });
    } else if (fromWkt && !(close(fromWkt.lat, point.lat) && close(fromWkt.lon, point.lon))) {
      const swapped = close(fromWkt.lat, point.lon) && close(fromWkt.lon, point.lat);
      place.warnings.push({
        column: 'latitude',
        message: swapped
          ? `latitude and longitude look swapped: geom_wkt is ${wkt.trim()}`
          : `latitude/longitude ${point.lat}, ${point.lon} differ from geom_wkt ${wkt.trim()}`,
      });
    }
  } else if (wkt !== '') {
    point = fromWkt;
    if (!point)
      place.warnings.push({ column: 'geom_wkt', message: `geom_wkt "${wkt}" is not a valid point; the event is kept without a place` });
  }
  if (point && point.lat === 0 && point.lon === 0)
    place.warnings.push({ column: 'latitude', message: 'coordinates 0, 0: probably a missing value, not a place' });
  if (wherePrec !== null && wherePrecision(wherePrec) === null)
    place.warnings.push({ column: 'where_prec', message: `where_prec "${wherePrec}" is not a UCDP code (1–7)` });
  if (!point) return place;
  place.lat = point.lat;
  place.lon = point.lon;
  const where = wherePrec === null ? null : wherePrecision(wherePrec);
  place.geo = where?.geo ?? null;
  place.kind = where?.kind ?? null;
  return place;
}
