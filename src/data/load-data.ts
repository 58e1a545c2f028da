/**
 * Loads and validates the app's data files. Each file is checked record by record with the shared
 * schema: valid records are kept, each problem becomes a readable message naming file and record.
 */
import type { FeatureCollection } from 'geojson';
import { IncidentSchema, PlaceSchema, RegionSchema, type Incident, type Place, type Region } from './schema.ts';
import { validateCollection } from './validate-collection.ts';

export type DataUrls = { incidents: string; places: string; regions: string };
export type LoadedData = { incidents: Incident[]; places: Place[]; regions: Region[]; errors: string[] };

export async function fetchJson(url: string, name: string): Promise<{ json: unknown; error: string | null }> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { json: null, error: `${name}: could not be loaded (HTTP ${response.status})` };
    const text = await response.text();
    try {
      return { json: JSON.parse(text), error: null };
    } catch (e) {
      return { json: null, error: `${name}: is not valid JSON (${(e as Error).message})` };
    }
  } catch (e) {
    return { json: null, error: `${name}: could not be loaded (${(e as Error).message})` };
  }
}

export async function loadData(urls: DataUrls): Promise<LoadedData> {
  const [incidents, places, regions] = await Promise.all([
    fetchJson(urls.incidents, 'incidents.geojson'),
    fetchJson(urls.places, 'places.geojson'),
    fetchJson(urls.regions, 'regions.geojson'),
  ]);
  const errors = [incidents.error, places.error, regions.error].filter((e): e is string => e !== null);
  const inc = incidents.json ? validateCollection(incidents.json, IncidentSchema, 'incidents.geojson') : { features: [], errors: [] };
  const pla = places.json ? validateCollection(places.json, PlaceSchema, 'places.geojson') : { features: [], errors: [] };
  const reg = regions.json ? validateCollection(regions.json, RegionSchema, 'regions.geojson') : { features: [], errors: [] };
  // Ids must be unique: a duplicate would make selection and the URL ambiguous.
  const seen = new Set<string>();
  const unique = inc.features.filter((f) => {
    if (seen.has(f.properties.id)) {
      errors.push(`incidents.geojson: record "${f.properties.id}": duplicate id; the later copy is ignored`);
      return false;
    }
    seen.add(f.properties.id);
    return true;
  });
  return {
    incidents: unique,
    places: pla.features,
    regions: reg.features,
    errors: [...errors, ...inc.errors, ...pla.errors, ...reg.errors],
  };
}

export function asCollection(features: readonly unknown[]): FeatureCollection {
  return { type: 'FeatureCollection', features: features as FeatureCollection['features'] };
}
