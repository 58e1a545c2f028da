/**
 * The whole map style from data and theme: sources, layers, fonts and the initial time window.
 * Pure apart from resolving URLs; map/map-view.ts hands the result to maplibre.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../data/schema.ts';
import type { Dataset } from '../data/dataset.ts';
import { groupColours } from './group-colours.ts';
import { labelLines, placeName, type Named } from '../i18n/place-name.ts';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/index.ts';
import { fontFaces } from './fonts.ts';
import { layers, SOURCE_IDS, UNDATED_LAYER } from './layers.ts';
import type { Theme } from './theme.ts';
import { timeState } from './time-expressions.ts';

export type StyleData = {
  basemap: { countries: string; admin1: string };
  countryLabels: readonly CountryLabel[];
  places: readonly Place[];
  regions: FeatureCollection;
  incidents: FeatureCollection;
  settlements: FeatureCollection;
  /** Imported events with a point and no date (hollow circles at every date); none for the built-in dataset. */
  undated?: FeatureCollection;
};

export type StyleOptions = {
  theme: Theme;
  /** The dataset's categories: the markers' colours follow its groups. */
  dataset: Pick<Dataset, 'categories'>;
  lang: Lang;
  from: number;
  to: number;
  focus: number;
  sides: readonly string[];
  selected: string | null;
};

const OSM = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)';
export const NE = 'Made with <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
export const GEONAMES = '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';
const GEOBOUNDARIES = '<a href="https://www.geoboundaries.org/">geoBoundaries</a> (CC BY 3.0 IGO; ODbL)';
/** The same credits as plain text, for exported images and prints. */
export const CREDITS_TEXT = [OSM, GEONAMES, NE, GEOBOUNDARIES].map((html) => html.replace(/<[^>]+>/g, '')).join(' · ');

export function buildStyle(data: StyleData, options: StyleOptions): StyleSpecification {
  const S = SOURCE_IDS;
  const undated = data.undated?.features.length ? data.undated : null;
  return {
    version: 8,
    'font-faces': fontFaces(),
    state: {
      ...timeState(options.from, options.to, options.focus),
      sides: { default: [...options.sides] },
      highlight: { default: [] },
      selected: { default: options.selected ?? '' },
    },
    sources: {
      [S.countries]: { type: 'geojson', data: data.basemap.countries, attribution: OSM },
      [S.countryLabels]: { type: 'geojson', data: withLabels(data.countryLabels, options.lang) },
      [S.admin1]: { type: 'geojson', data: data.basemap.admin1, attribution: GEOBOUNDARIES },
      [S.places]: { type: 'geojson', data: withLabels(data.places, options.lang), attribution: GEONAMES },
      [S.regions]: { type: 'geojson', data: data.regions, attribution: NE },
      [S.incidents]: { type: 'geojson', data: data.incidents, promoteId: 'id' },
      [S.settlements]: { type: 'geojson', data: data.settlements },
      // Only where there are any: an empty source still costs the first view its worker round and tiles.
      ...(undated ? { [S.undated]: { type: 'geojson', data: undated, promoteId: 'id' } as const } : {}),
    },
    layers: layers(options.theme, groupColours(options.dataset.categories.groups, options.theme)).filter(
      (layer) => undated || layer.id !== UNDATED_LAYER,
    ),
  };
}

/** A country's label point (data/basemap/country-labels.geojson): names in the four languages. */
export type CountryLabel = { type: 'Feature'; geometry: Point; properties: Named & { iso: string } };

/** Features with the label for the language, so the map and the panel follow one naming rule. */
export function withLabels(features: readonly (Place | CountryLabel)[], lang: Lang): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: 'id' in f.properties ? f.properties.id : f.properties.iso,
        kind: 'kind' in f.properties ? f.properties.kind : 'country',
        label: placeName(f.properties, lang),
        // The two lines of the drawn label (layers.ts): the second name, if any, smaller below.
        label1: labelLines(f.properties, lang)[0],
        label2: labelLines(f.properties, lang)[1],
      },
    })),
  };
}
