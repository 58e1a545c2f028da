/**
 * Which columns of a generic CSV are the latitude and longitude. By name first (lat+lng, lat+lon,
 * latitude+longitude, y+x, `Latitude (deg)`…), checked against the values: a "latitude" beyond ±90
 * next to a "longitude" within it means the two were swapped. Failing names, by value range: two
 * columns of decimal numbers, one within ±90 and one that goes beyond 90 somewhere; when both stay
 * within ±90 the order is a guess and the choice says so. Failing those, one column of "lat, lon"
 * pairs (or WKT `POINT (lon lat)`).
 */
import { type ColumnStats, headerKey, share } from './csv-columns.ts';
import type { CsvMapping, CsvRole, MappingChoice, MappingNote } from './csv-mapping.ts';

const LAT_NAMES = ['latitude', 'lat', 'decimallatitude', 'geolat', 'latwgs84', 'pointy', 'ycoord', 'ycoordinate', 'y'];
const LON_NAMES = [
  'longitude',
  'lon',
  'lng',
  'long',
  'decimallongitude',
  'geolon',
  'geolng',
  'lonwgs84',
  'pointx',
  'xcoord',
  'xcoordinate',
  'x',
];
const PAIR_NAMES = [
  'coordinates',
  'coordinate',
  'coords',
  'coord',
  'latlon',
  'latlng',
  'latlong',
  'lonlat',
  'lnglat',
  'position',
  'point',
  'gps',
  'geo',
  'location',
  'geometry',
  'wkt',
  'geomwkt',
];
const LON_FIRST_NAMES = new Set(['lonlat', 'lnglat', 'geometry', 'wkt', 'geomwkt']);

export type CoordinateChoices = {
  lat: MappingChoice | null;
  lon: MappingChoice | null;
  coordinates: MappingChoice | null;
  order: CsvMapping['coordinate_order'];
  notes: MappingNote[];
};

const none = (): CoordinateChoices => ({ lat: null, lon: null, coordinates: null, order: 'lat_lon', notes: [] });
const note = (column: string | null, role: CsvRole, message: string): MappingNote => ({ column, role, message });

/** Mostly numbers, all within ±180: could be a coordinate. */
const numeric = (s: ColumnStats) => s.nonEmpty > 0 && share(s, s.numbers) >= 0.8 && s.maxAbs <= 180;

function pick(stats: ColumnStats[], names: string[], taken: Set<string>): ColumnStats | null {
  for (const n of names) {
    const hit = stats.find((s) => !taken.has(s.name) && headerKey(s.name) === n);
    if (hit) return hit;
  }
  return null;
}

function byNames(stats: ColumnStats[], taken: Set<string>): CoordinateChoices | null {
  let lat = pick(stats, LAT_NAMES, taken);
  let lon = pick(stats, LON_NAMES, taken);
  if (!lat || !lon) return null;
  // `y`/`x` alone are too common as other things; only as a pair of themselves.
  if ((headerKey(lat.name) === 'y') !== (headerKey(lon.name) === 'x')) return null;
  const out = none();
  if (!numeric(lat) || !numeric(lon)) {
    const bad = numeric(lat) ? lon : lat;
    if (bad.nonEmpty > 0)
      out.notes.push(
        note(bad.name, 'lat', `"${bad.name}" is named like a coordinate but its values are not (e.g. ${bad.samples.join(', ')})`),
      );
    out.lat = { column: lat.name, confidence: 0.5, reason: `named "${lat.name}"` };
    out.lon = { column: lon.name, confidence: 0.5, reason: `named "${lon.name}"` };
    return out;
  }
  let reason = `named "${lat.name}" and "${lon.name}"`;
  let confidence = 0.95;
  // A few rows beyond ±90 are typos in those rows (reported there); half of them means the columns are swapped.
  if (share(lat, lat.over90) >= 0.5 && lon.maxAbs <= 90) {
    out.notes.push(
      note(
        lat.name,
        'lat',
        `latitude and longitude look swapped: "${lat.name}" has values beyond ±90 (${lat.maxAbs}) and "${lon.name}" stays within ±90; "${lat.name}" is read as the longitude`,
      ),
    );
    [lat, lon] = [lon, lat];
    reason = `"${lon.name}" goes beyond ±90, so the columns are swapped`;
    confidence = 0.6;
  }
  out.lat = { column: lat.name, confidence, reason };
  out.lon = { column: lon.name, confidence, reason };
  return out;
}

/** Two columns of decimal numbers side by side, told apart by range where the values allow. */
function byValues(stats: ColumnStats[], taken: Set<string>): CoordinateChoices | null {
  const cands = stats.filter((s) => !taken.has(s.name) && numeric(s) && s.fractions > 0);
  if (cands.length < 2) return null;
  const pairs: [ColumnStats, ColumnStats][] = [];
  // Adjacent columns first: exports write latitude and longitude next to each other.
  for (let i = 0; i + 1 < cands.length; i++) if (cands[i + 1].index === cands[i].index + 1) pairs.push([cands[i], cands[i + 1]]);
  for (let i = 0; i < cands.length; i++) for (let j = i + 1; j < cands.length; j++) pairs.push([cands[i], cands[j]]);
  const usable = pairs.find(([a, b]) => a.maxAbs <= 90 || b.maxAbs <= 90);
  if (!usable) return null;
  const [a, b] = usable;
  const out = none();
  const ranges = `"${a.name}" up to ±${a.maxAbs}, "${b.name}" up to ±${b.maxAbs}`;
  if (a.maxAbs > 90 || b.maxAbs > 90) {
    const [lat, lon] = a.maxAbs > 90 ? [b, a] : [a, b];
    const reason = `by value range (${ranges}): "${lon.name}" goes beyond ±90, so it is the longitude`;
    out.lat = { column: lat.name, confidence: 0.7, reason };
    out.lon = { column: lon.name, confidence: 0.7, reason };
  } else {
    const reason = `by value range (${ranges}): both stay within ±90, so which is the latitude is a guess (the first)`;
    out.lat = { column: a.name, confidence: 0.35, reason };
    out.lon = { column: b.name, confidence: 0.35, reason };
    out.notes.push(
      note(a.name, 'lat', `unsure which of "${a.name}" and "${b.name}" is the latitude: read "${a.name}" as latitude; check the map`),
    );
  }
  if (cands.length > 2)
    out.notes.push(note(null, 'lat', `${cands.length} columns hold numbers that could be coordinates; check the choice`));
  return out;
}

/** One column of "lat, lon" pairs: by name (checked), else by values. */
function byPairs(stats: ColumnStats[], taken: Set<string>): CoordinateChoices | null {
  const free = stats.filter((s) => !taken.has(s.name) && s.nonEmpty > 0);
  const named = free.find((s) => PAIR_NAMES.includes(headerKey(s.name)) && share(s, s.pairs) >= 0.5);
  const hit = named ?? free.find((s) => share(s, s.pairs) >= 0.8);
  if (!hit) return null;
  const out = none();
  const key = headerKey(hit.name);
  const lonFirst = LON_FIRST_NAMES.has(key) || hit.pairsLonFirst > 0;
  out.order = lonFirst ? 'lon_lat' : 'lat_lon';
  const why = LON_FIRST_NAMES.has(key)
    ? 'the name says longitude first'
    : hit.pairsLonFirst > 0
      ? 'the first number goes beyond ±90 (or WKT POINT), so longitude first'
      : 'read as "latitude, longitude" (the usual order of a single coordinates cell)';
  const confidence = named ? 0.9 : 0.7;
  out.coordinates = {
    column: hit.name,
    confidence: lonFirst ? confidence : confidence - 0.3,
    reason: `${named ? `named "${hit.name}"` : `values of "${hit.name}" are number pairs`} (e.g. ${hit.samples.join(', ')}); ${why}`,
  };
  if (!lonFirst)
    out.notes.push(
      note(hit.name, 'coordinates', `"${hit.name}" is read as "latitude, longitude"; if the map looks wrong, switch the order`),
    );
  return out;
}

export function coordinateChoices(stats: ColumnStats[], taken: Set<string>): CoordinateChoices {
  const found = byNames(stats, taken) ?? byPairs(stats, taken) ?? byValues(stats, taken) ?? none();
  for (const c of [found.lat, found.lon, found.coordinates]) if (c?.column) taken.add(c.column);
  return found;
}
