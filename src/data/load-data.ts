/**
 * Loads and validates the app's data files. Each file is checked record by record with the shared
 * schema: valid records are kept, each problem becomes a readable message naming file and record.
 */
import type { FeatureCollection } from 'geojson';
import type { DatasetFile } from './dataset.ts';
import { parseDatasetFile, unknownCategories } from './dataset-schema.ts';
import { IncidentSchema, PlaceSchema, RegionSchema, type Incident, type Place, type Region } from './schema.ts';
import { validateCollection } from './validate-collection.ts';

export type DataUrls = { dataset: string; incidents: string; places: string; regions: string };
/** `file`: the dataset's metadata and categories; null where dataset.json is missing or invalid. */
export type LoadedData = { file: DatasetFile | null; incidents: Incident[]; places: Place[]; regions: Region[]; errors: string[] };

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
  const [dataset, incidents, places, regions] = await Promise.all([
    fetchJson(urls.dataset, 'dataset.json'),
    fetchJson(urls.incidents, 'incidents.geojson'),
    fetchJson(urls.places, 'places.geojson'),
    fetchJson(urls.regions, 'regions.geojson'),
  ]);
  const errors = [dataset.error, incidents.error, places.error, regions.error].filter((e): e is string => e !== null);
  const file = dataset.json ? parseDatasetFile(dataset.json, 'dataset.json') : { file: null, errors: [] };
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
    file: file.file,
    incidents: unique,
    places: pla.features,
    regions: reg.features,
    errors: [
      ...errors,
      ...file.errors,
      ...inc.errors,
      ...pla.errors,
      ...reg.errors,
      ...(file.file ? unknownCategories(file.file, unique, 'incidents.geojson') : []),
    ],
  };
}

export function asCollection(features: readonly unknown[]): FeatureCollection {
  return { type: 'FeatureCollection', features: features as FeatureCollection['features'] };
}
