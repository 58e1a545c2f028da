/**
 * The world basemap's sources and layers (issue 11): Natural Earth land and borders, GeoNames city
 * labels. Pure; map/world-basemap.ts adds them under the detail layers once a dataset from elsewhere
 * is shown. Their `attribution` puts Natural Earth and GeoNames (CC BY 4.0) in the map's credits.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { GEONAMES, NE } from './build-style.ts';
import { LABEL_FONT } from './fonts.ts';
import { perFeature } from './per-feature.ts';
import type { Theme } from './theme.ts';

export const WORLD_SOURCE_IDS = {
  countries110: 'world-countries-110m',
  countries50: 'world-countries-50m',
  bigCities: 'world-cities-1m',
  cities: 'world-cities',
} as const;

/** The 1:50m outlines from this zoom (1:110m below it); the city cells from CITY_CELL_ZOOM. */
export const DETAIL_ZOOM = 3;
export const CITY_CELL_ZOOM = 5;

export type WorldUrls = { countries110: string; bigCities: string };

export function worldSources(urls: WorldUrls): Record<string, SourceSpecification> {
  const S = WORLD_SOURCE_IDS;
  return {
    [S.countries110]: { type: 'geojson', data: urls.countries110, attribution: NE },
    // Its 1.5 MB come only once the view reaches DETAIL_ZOOM (map/world-basemap.ts sets the URL then).
    [S.countries50]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: NE },
    [S.bigCities]: { type: 'geojson', data: urls.bigCities, attribution: GEONAMES },
    // Filled from the cells in view (map/world-basemap.ts).
    [S.cities]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: GEONAMES },
  };
}

/** Bigger places first: they win label collisions. */
const byPopulation: ExpressionSpecification = ['-', 0, ['get', 'population']];

const cityLabels = (id: string, source: string, theme: Theme, zoom: { minzoom?: number; maxzoom?: number }): LayerSpecification => ({
  id,
  type: 'symbol',
  source,
  ...zoom,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': [LABEL_FONT],
    'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 8, 13],
    'text-max-width': 8,
    'symbol-sort-key': byPopulation,
  },
  paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
});

/** Bottom to top; map/world-basemap.ts inserts them all before the detail style's first layer above the water. */
export function worldLayers(theme: Theme): LayerSpecification[] {
  const S = WORLD_SOURCE_IDS;
  const lineWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1];
  const outlines = (source: string, zoom: { minzoom?: number; maxzoom?: number }, suffix: string): LayerSpecification[] => [
    // Written per feature like the detail style's land (layers.ts): the fills share one program.
    {
      id: `world-land-${suffix}`,
      type: 'fill',
      source,
      ...zoom,
      paint: { 'fill-color': perFeature(theme.land), 'fill-opacity': perFeature(1) },
    },
    { id: `world-borders-${suffix}`, type: 'line', source, ...zoom, paint: { 'line-color': theme.countryLine, 'line-width': lineWidth } },
  ];
  return [
    ...outlines(S.countries110, { maxzoom: DETAIL_ZOOM }, '110m'),
    ...outlines(S.countries50, { minzoom: DETAIL_ZOOM }, '50m'),
    cityLabels('world-city-labels-1m', S.bigCities, theme, { maxzoom: CITY_CELL_ZOOM }),
    cityLabels('world-city-labels', S.cities, theme, { minzoom: CITY_CELL_ZOOM }),
  ];
}
