/**
 * Records of the OTHER loaded datasets near a record: within a distance (great-circle km) and
 * whose days overlap the record's, widened by a slack. With several datasets loaded (curated
 * claims, an ACLED export, a UCDP extract) this is how one dataset's record is compared with
 * the others' as claimants side by side; nothing is merged. Pure and worker-safe.
 */
import type { Incident } from './schema.ts';

export type NearbyOptions = { km: number; days: number };
export type NearbyRecord = { incident: Incident; km: number; dayGap: number };

/** Mean Earth radius (IUGG), km. */
const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;
/** Km per degree of latitude, a little under the true ~111.2 so the box never cuts off a match. */
const KM_PER_DEGREE_LAT = 110;

/** Great-circle distance in km between two [lon, lat] points (haversine; no turf in the main chunk). */
export function haversineKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Days between two [day, day_end] windows; 0 where they overlap. */
export function dayGap(a: { day: number; day_end: number }, b: { day: number; day_end: number }): number {
  return Math.max(0, b.day - a.day_end, a.day - b.day_end);
}

/**
 * The records of other datasets within `km` of the target whose days lie within `days` of the
 * target's, nearest first, then earliest. A record whose dataset is unknown, or that has no point,
 * is never a match; a target with no point has none.
 */
export function nearbyRecords(
  target: Incident,
  all: readonly Incident[],
  datasetOf: ReadonlyMap<string, string>,
  opts: NearbyOptions,
): NearbyRecord[] {
  const here = target.geometry?.coordinates;
  if (!here) return [];
  const own = datasetOf.get(target.properties.id);
  const t = target.properties;
  // A cheap latitude band before the trigonometry: most records of a large export fall outside it.
  const latBand = opts.km / KM_PER_DEGREE_LAT;
  const found: NearbyRecord[] = [];
  for (const other of all) {
    const there = other.geometry?.coordinates;
    if (!there) continue;
    const dataset = datasetOf.get(other.properties.id);
    if (dataset === undefined || dataset === own) continue;
    if (Math.abs(there[1] - here[1]) > latBand) continue;
    const gap = dayGap(t, other.properties);
    if (gap > opts.days) continue;
    const km = haversineKm(here, there);
    if (km > opts.km) continue;
    found.push({ incident: other, km, dayGap: gap });
  }
  return found.sort(
    (a, b) =>
      a.km - b.km ||
      a.incident.properties.day - b.incident.properties.day ||
      (a.incident.properties.id < b.incident.properties.id ? -1 : a.incident.properties.id > b.incident.properties.id ? 1 : 0),
  );
}

/** How many nearby records each other dataset has, by dataset id (datasets with none are absent). */
export function nearbyCounts(
  target: Incident,
  all: readonly Incident[],
  datasetOf: ReadonlyMap<string, string>,
  opts: NearbyOptions,
): Map<string, number> {
  return countByDataset(nearbyRecords(target, all, datasetOf, opts), datasetOf);
}

/** The counts of records already found (the section counts the list it shows, without a second scan). */
export function countByDataset(found: readonly NearbyRecord[], datasetOf: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { incident } of found) {
    const id = datasetOf.get(incident.properties.id);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
