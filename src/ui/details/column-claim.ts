/**
 * A claim of a dataset loaded as columns (load-column-data.ts): no record objects are held, so the
 * details panel fetches the record's text (one Range request for its chunk, then cached) and its
 * related claims' the same way, and builds the Incident the incident view expects.
 */
import type { IncidentProperties, Incident } from '../../data/schema.ts';
import type { ColumnData } from '../../load-column-data.ts';

/** The claim as the incident view wants it, and a lookup holding it and every related claim found. */
export type ColumnClaim = { incident: Incident; byId: ReadonlyMap<string, Incident> };

/** Row's record with its point from the columns (NaN: the claim is not plotted). */
async function incidentOf(data: ColumnData, row: number): Promise<Incident> {
  const properties: IncidentProperties = await data.record(row);
  const lon = data.cols.lon[row] ?? Number.NaN;
  const lat = data.cols.lat[row] ?? Number.NaN;
  const geometry = Number.isNaN(lon) || Number.isNaN(lat) ? null : { type: 'Point' as const, coordinates: [lon, lat] };
  return { type: 'Feature', geometry, properties } as Incident;
}

/**
 * The claim at `row` and its related claims. A related id that is not a row (an undated claim, not in
 * the file) is left out, as in memory; a related chunk that fails to load fails the whole claim, so a
 * retry shows it whole rather than silently short of a side.
 */
export async function loadColumnClaim(data: ColumnData, row: number): Promise<ColumnClaim> {
  const incident = await incidentOf(data, row);
  const rows = incident.properties.related.map((id) => data.rowOf(id)).filter((r): r is number => r !== undefined);
  const related = await Promise.all(rows.map((r) => incidentOf(data, r)));
  const byId = new Map<string, Incident>([[incident.properties.id, incident]]);
  for (const r of related) byId.set(r.properties.id, r);
  return { incident, byId };
}
