/**
 * `npm run data:check`: validates everything under data/ with the app's own schema, then the
 * cross-record rules the schema cannot see. Prints a summary; exits non-zero on any violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { IncidentSchema, PlaceSchema, RegionSchema } from '../../src/data/schema.ts';
import { validateCollection } from '../../src/data/validate-collection.ts';
import { checkStory } from '../../src/data/story-schema.ts';
import { parseDatasetFile, unknownCategories } from '../../src/data/dataset-schema.ts';
import { checkRecords } from './check-records.ts';
import { checkNames } from './check-names.ts';
import { readCsv } from './csv.ts';
import { checkOutlets, type Outlet } from './outlets.ts';
import { NAME_LANGS } from './place-names.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (p: string): unknown => {
  try {
    return JSON.parse(readFileSync(join(root, 'data', p), 'utf8'));
  } catch (e) {
    return { error: `${p}: ${(e as Error).message}` };
  }
};

const incidents = validateCollection(read('incidents.geojson'), IncidentSchema, 'incidents.geojson');
const places = validateCollection(read('places.geojson'), PlaceSchema, 'places.geojson');
const regions = validateCollection(read('regions.geojson'), RegionSchema, 'regions.geojson');
const dataset = parseDatasetFile(read('dataset.json'), 'dataset.json');
const categoryErrors = dataset.file ? unknownCategories(dataset.file, incidents.features, 'incidents.geojson') : [];
// Every claimant of the records has its names in the dataset, in every interface language.
const named = new Map(dataset.file?.claimants.map((c) => [c.id, c.label]) ?? []);
for (const id of new Set(incidents.features.map((f) => f.properties.claimant))) {
  const label = named.get(id);
  if (!label) categoryErrors.push(`dataset.json: claimant "${id}" has no names (data/raw/claimant-names.csv)`);
  else
    for (const lang of ['hy', 'az', 'ru'] as const)
      if (!label[lang]) categoryErrors.push(`dataset.json: claimant "${id}" has no ${lang} name`);
}
const countries = read('basemap/countries.geojson') as FeatureCollection<Polygon | MultiPolygon>;
for (const name of ['admin1', 'country-labels']) {
  const fc = read(`basemap/${name}.geojson`) as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features) || fc.features.length === 0) {
    incidents.errors.push(`basemap/${name}.geojson: not a non-empty FeatureCollection`);
  }
}

const countryOf = (iso: string): Feature<Polygon | MultiPolygon> | undefined => countries.features?.find((f) => f.properties?.iso === iso);

const result = checkRecords({
  incidents: incidents.features,
  places: places.features,
  regions: regions.features,
  insideCountry: (point, iso) => {
    const country = countryOf(iso);
    return country ? booleanPointInPolygon(point, country) : null;
  },
});
// Place names: every language named or its gap explained; both sides' names where they differ.
const names = checkNames({
  places: places.features,
  gaps: readCsv(join(root, 'data', 'raw', 'place-names.csv'))
    .filter((r) => !r.name?.trim())
    .map((r) => ({ id: r.id, lang: r.lang, reason: r.source ?? '' })),
  relations: readCsv(join(root, 'data', 'raw', 'name-relations.csv')).map((r) => ({ id: r.id, relation: r.relation, note: r.note })),
});
result.summary.push(...names.summary);
// Country labels too: named in every language (country-names.csv).
for (const f of (read('basemap/country-labels.geojson') as FeatureCollection).features ?? []) {
  for (const lang of NAME_LANGS) {
    if (!String(f.properties?.[`name_${lang}`] ?? '').trim())
      names.errors.push(`country ${f.properties?.iso}: no ${lang} name (data/raw/country-names.csv)`);
  }
}
// Stories: schema, four languages, and every claim they name exists.
const storyErrors: string[] = [];
const storyFiles = readdirSync(join(root, 'data', 'stories')).filter((f) => f.endsWith('.json'));
for (const file of storyFiles) storyErrors.push(...checkStory(read(`stories/${file}`), incidents.features, `stories/${file}`).errors);
result.summary.push(`stories: ${storyFiles.length}`);
const outletErrors = checkOutlets(incidents.features, readCsv(join(root, 'data', 'raw', 'outlets.csv')) as Outlet[]);
result.summary.push(
  `media records checked against outlets.csv: ${incidents.features.filter((f) => f.properties.claimant.endsWith('_media')).length}`,
);
result.summary.push(
  `dataset.json: ${dataset.file?.categories.groups.length ?? 0} groups, ${dataset.file?.categories.eventTypes.length ?? 0} event types`,
);
const errors = [
  ...dataset.errors,
  ...categoryErrors,
  ...outletErrors,
  ...incidents.errors,
  ...places.errors,
  ...regions.errors,
  ...result.errors,
  ...names.errors,
  ...storyErrors,
];

console.log('data check');
for (const line of result.summary) console.log(`  ${line}`);
if (errors.length > 0) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors) console.error(`  ✗ ${e}`);
  process.exit(1);
}
console.log('  ✓ no violations');
