/**
 * `npm run data`: rebuilds every file under data/ from data/raw/. Deterministic: the same inputs
 * give byte-identical outputs (sorted records, fixed number formatting, no timestamps).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { IncidentSchema, PlaceSchema, RegionSchema, type Place, type Region } from '../../src/data/schema.ts';
import { validateCollection } from '../../src/data/validate-collection.ts';
import { inRegion } from '../../src/geo/region-bbox.ts';
import type { Country } from '../../src/geo/locate.ts';
import { locatePlaces, placeFromRow } from '../../src/data/derive/places.ts';
import { deriveIncidents, keepOnMap, type Draft } from '../../src/data/derive/incidents.ts';
import { countryLabelPoints, type CountryNames } from '../../src/data/derive/labels.ts';
import { mergeGeometry, regionFeature, selectFeatures, type RegionMeta } from '../../src/data/derive/regions.ts';
import { generalize } from '../../src/data/derive/generalize.ts';
import { packCollection } from '../../src/geo/ring-pack.ts';
import { readCsv } from './csv.ts';
import { geocode, parsePlaceMapRow, placeKey, type GazetteerEntry, type PlaceMapEntry } from './geocode.ts';
import { parseResearchRow, type Claimant, type ResearchRow } from './research-row.ts';
import { outletClaimant, type Outlet } from './outlets.ts';
import { applyAmendments, type Amendment } from './amend.ts';
import { applyPlaceNames, parsePlaceNames } from './place-names.ts';
import { buildReport } from './build-report.ts';
import { buildWorld } from './world.ts';
import { claimantNames, datasetJson, readDatasetFile } from './dataset-file.ts';
import { parseDatasetFile, unknownCategories } from '../../src/data/dataset-schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const raw = (p: string) => join(root, 'data', 'raw', p);
const out = (p: string) => join(root, 'data', p);
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as FeatureCollection;

/** One feature per line: small diffs, and still valid JSON. */
function writeCollection(path: string, features: readonly unknown[], extra: Record<string, unknown> = {}) {
  mkdirSync(dirname(path), { recursive: true });
  const head = Object.entries(extra)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`)
    .join('');
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(path, `{"type":"FeatureCollection",${head}"features":[\n${body}\n]}\n`);
}

// ---- places ---------------------------------------------------------------------------------
// The additions replace the placeholder rows of the shared gazetteer that had no coordinate.
const additions = readCsv(raw('gazetteer-additions.csv'));
const replaced = new Set(additions.map((r) => r.id.trim()));
const gazRows = [...readCsv(raw('geodata/gazetteer.csv')).filter((r) => !replaced.has(r.id.trim())), ...additions];
// Names corrected, added or recorded as missing, each with its source (place-names.csv).
const placeNames = parsePlaceNames(readCsv(raw('place-names.csv')));
applyPlaceNames(gazRows, placeNames);
const gazetteer = new Map<string, GazetteerEntry>();
let places: Place[] = [];
const unlocatedPlaces: string[] = [];
for (const row of gazRows) {
  const { id, coordinates, place } = placeFromRow(row, inRegion); // diplomatic cities abroad: in the gazetteer, not on the map
  if (gazetteer.has(id)) throw new Error(`gazetteer: duplicate id "${id}"`);
  gazetteer.set(id, { id, coordinates });
  if (!coordinates) unlocatedPlaces.push(`${id}: ${row.source}`);
  if (place) places.push(place);
}
places.sort((a, b) => a.properties.id.localeCompare(b.properties.id));

const placeMap = new Map<string, PlaceMapEntry>();
const placeMapErrors: string[] = [];
for (const row of readCsv(raw('place-map.csv'))) {
  const entry = parsePlaceMapRow(row);
  if ('error' in entry) placeMapErrors.push(entry.error);
  else placeMap.set(placeKey(row.place ?? '', row.country_of_place ?? ''), entry);
}
if (placeMapErrors.length > 0) {
  console.error(`data build: ${placeMapErrors.length} invalid place-map rows:\n  ${placeMapErrors.join('\n  ')}`);
  process.exit(1);
}

// ---- the dataset's metadata and categories ---------------------------------------------------
const datasetFile = readDatasetFile(raw('dataset-meta.json'), raw('categories.csv'));
if (!datasetFile.file) {
  console.error(`data build: invalid dataset metadata:\n  ${datasetFile.errors.join('\n  ')}`);
  process.exit(1);
}
let dataset = datasetFile.file;

// ---- incidents ------------------------------------------------------------------------------
const claimants = new Map<string, Claimant>(
  readCsv(raw('claimants.csv')).map((r) => [
    r.research_claimant,
    { claimant: r.claimant, label: r.label_en, side: r.side as Claimant['side'] },
  ]),
);

const rows: { rowId: string; row: ResearchRow }[] = [
  ...readCsv(raw('sources/incidents-research.csv')).map((row, i) => ({ rowId: `r${String(i + 1).padStart(3, '0')}`, row })),
  ...(existsSync(raw('seed-claims.csv')) ? readCsv(raw('seed-claims.csv')) : []).map((row, i) => ({
    rowId: `s${String(i + 1).padStart(3, '0')}`,
    row,
  })),
];
const amendments: Amendment[] = [
  ...readCsv(raw('audit.csv'))
    .filter((a) => a.verdict?.trim() === 'changed')
    .map((a) => ({ row: a.row.trim(), field: a.field.trim(), value: a.new ?? '', reason: `audit: ${a.evidence ?? ''}` })),
  ...readCsv(raw('amendments.csv')).map((a) => ({
    row: a.row.trim(),
    field: a.field.trim(),
    value: a.value ?? '',
    reason: a.reason ?? '',
  })),
  ...readCsv(raw('fatalities-of.csv')).map((a) => ({
    row: a.row.trim(),
    field: 'fatalities_of',
    value: a.fatalities_of ?? '',
    reason: a.evidence ?? '',
  })),
];
const amended = applyAmendments(rows, amendments);

const errors: string[] = [];
const drafts: Draft[] = [];
const outlets = readCsv(raw('outlets.csv')) as Outlet[];
const eventTypes = new Set(dataset.categories.eventTypes.map((c) => c.id));
for (const { rowId, row: researchRow } of amended) {
  // A media row's claimant group comes from the outlet's documented alignment (outlets.csv).
  const group = outletClaimant(
    { claimant: researchRow.claimant ?? '', source_publisher: researchRow.source_publisher ?? '' },
    claimants.get(researchRow.claimant?.trim() ?? '')?.claimant,
    outlets,
  );
  if ('error' in group) {
    errors.push(`${rowId}: claimant: ${group.error}`);
    continue;
  }
  const row = { ...researchRow, claimant: group.claimant };
  const result = parseResearchRow(row, {
    rowId,
    claimants,
    eventTypes,
    geocode: (place, country) => geocode(place, country, placeMap, gazetteer),
  });
  if (!result.ok) {
    errors.push(...result.errors);
    continue;
  }
  drafts.push(keepOnMap({ rowId, props: result.properties, coordinates: result.coordinates }, inRegion));
}
if (errors.length > 0) {
  console.error(`data build: ${errors.length} invalid research rows:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

const pins = new Map(readCsv(raw('id-pins.csv')).map((r) => [r.row.trim(), r.id.trim()]));
// A place id points into places.geojson; a place off the map (abroad, no coordinate) keeps only its name.
const incidents = deriveIncidents(drafts, pins, new Set(places.map((p) => p.properties.id)));

// ---- regions --------------------------------------------------------------------------------
const regions: Region[] = [];
for (const meta of readCsv(raw('regions.csv'))) {
  const matches = selectFeatures(readJson(raw(meta.input)), meta.select);
  if (matches.length === 0) throw new Error(`regions.csv: ${meta.id}: no feature in ${meta.input} matches ${meta.select}`);
  regions.push(regionFeature(meta as RegionMeta, mergeGeometry(matches)));
}

// ---- basemap --------------------------------------------------------------------------------
const ISO2: Record<string, string> = { ARM: 'AM', AZE: 'AZ', GEO: 'GE', IRN: 'IR', TUR: 'TR', RUS: 'RU' };
const countries = generalize(readJson(raw('geodata/countries_osm.geojson')), {
  tolerance: 0.002,
  keep: (p) => ({ iso: ISO2[String(p.iso_a3)] ?? String(p.iso_a3), name: p.name }),
});
const admin1 = generalize(
  {
    type: 'FeatureCollection',
    features: [
      ...readJson(raw('geodata/admin1_arm_geoboundaries.geojson')).features.map((f) => ({
        ...f,
        properties: { name: f.properties?.shapeName, country: 'AM' },
      })),
      ...readJson(raw('geodata/admin1_ne10m_arm_aze.geojson'))
        .features.filter((f) => f.properties?.iso_a2 === 'AZ')
        .map((f) => ({ ...f, properties: { name: f.properties?.name_en || f.properties?.name, country: 'AZ' } })),
    ],
  },
  { tolerance: 0.003, keep: (p) => p },
);

// Label points: the biggest part of each country as clipped to the map's box.
const countryNames = new Map(readCsv(raw('country-names.csv')).map((r) => [r.iso, r as CountryNames]));
const countryLabels = countryLabelPoints(countries.features, countryNames);

// ---- where each place lies ------------------------------------------------------------------
// From the same simplified outlines the map draws, so the panel agrees with what a reader sees.
places = locatePlaces(places, countries.features as Country[], regions);

// The build's output must pass the same schema the app and data:check use.
const invalid = [
  ...validateCollection({ type: 'FeatureCollection', features: incidents }, IncidentSchema, 'incidents').errors,
  ...validateCollection({ type: 'FeatureCollection', features: places }, PlaceSchema, 'places').errors,
  ...validateCollection({ type: 'FeatureCollection', features: regions }, RegionSchema, 'regions').errors,
  ...unknownCategories(dataset, incidents, 'incidents'),
];
// The claimants' names in other languages, checked against the records' claimants.
const names = claimantNames(raw('claimant-names.csv'), incidents);
dataset = { ...dataset, claimants: names.claimants };
invalid.push(...names.errors, ...parseDatasetFile(dataset, 'dataset.json').errors);
if (invalid.length > 0) {
  console.error(`data build: output fails the schema:\n  ${invalid.join('\n  ')}`);
  process.exit(1);
}

// ---- write ----------------------------------------------------------------------------------
writeFileSync(out('dataset.json'), datasetJson(dataset));
writeCollection(out('incidents.geojson'), incidents);
writeCollection(out('places.geojson'), places);
// The app ships the places without their provenance notes (~8 KB of the first view's gzip); data/ keeps them.
writeCollection(
  out('places.app.geojson'),
  places.map(({ properties: { source: _, ...properties }, ...f }) => ({ ...f, properties })),
);
writeCollection(out('regions.geojson'), regions);
writeCollection(out('basemap/countries.geojson'), countries.features);
writeCollection(out('basemap/admin1.geojson'), admin1.features);
// The app's first view fetches these packed copies (src/geo/ring-pack.ts: the same points, ~40% of the gzip).
for (const [name, fc] of [
  ['countries', countries],
  ['admin1', admin1],
] as const) {
  writeFileSync(out(`basemap/${name}.packed.json`), `${JSON.stringify(packCollection(fc as FeatureCollection))}\n`);
}
writeCollection(out('basemap/country-labels.geojson'), countryLabels);

const plotted = incidents.filter((f) => f.geometry).length;
const report = buildReport({ incidents, places, regions, amendments: amendments.length, unlocatedPlaces, placeNames });
writeFileSync(out('BUILD-REPORT.md'), report);
console.log(`data build: ${incidents.length} incident-claims (${plotted} plotted), ${places.length} places, ${regions.length} regions`);
console.log(`world basemap: ${buildWorld(root)}`);
