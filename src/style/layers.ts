/**
 * The map's layers as a pure function of the theme and the dataset's group colours (labels arrive
 * per language in the data, see build-style.ts). Sources are named in SOURCE_IDS;
 * the time filter expressions come from time-expressions.ts, the marker images from markers.ts.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from './fonts.ts';
import { BOTH_SIDES_IMAGE } from './markers.ts';
import { perFeature } from './per-feature.ts';
import { fadeBeforeFocus, incidentInWindow, regionAtDate } from './time-expressions.ts';
import type { Theme } from './theme.ts';

export const SOURCE_IDS = {
  countries: 'countries',
  countryLabels: 'country-labels',
  admin1: 'admin1',
  places: 'places',
  regions: 'regions',
  incidents: 'incidents',
  settlements: 'settlements',
  /** Imported events with a point but no date: on the map at every date, not on the timeline. */
  undated: 'undated',
} as const;

/** Layer ids grouped by the toggle that shows or hides them. */
export const TOGGLE_LAYERS = {
  incidents: ['undated-markers', 'incident-halos', 'incident-highlight', 'incident-both-sides', 'incident-markers'],
  settlements: ['settlement-circles'],
  regions: ['region-fill', 'region-line', 'region-line-reference', 'region-line-dashed', 'region-label'],
  labels: ['place-labels', 'country-labels'],
} as const;

/** The layers a click or Enter can pick an incident from. */
export const INCIDENT_LAYER = 'incident-markers';
export const REGION_FILL_LAYER = 'region-fill';
/** Hollow circles for events without a date (see SOURCE_IDS.undated). */
export const UNDATED_LAYER = 'undated-markers';

/** Claims whose claimant's side the reader has chosen (global state `sides`, an array). */
const sideShown: ExpressionSpecification = ['in', ['get', 'claimant_side'], ['global-state', 'sides']];
const shown: ExpressionSpecification = ['all', incidentInWindow, sideShown];
/** A settlement's circle by its strike count. */
const settlementRadius: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', 'strikes']], 1, 10, 4, 26];

/** Each group's colour (style/group-colours.ts), by the record's group; the theme's neutral for any other. */
const sideColour = (theme: Theme, colours: ReadonlyMap<string, string>): ExpressionSpecification | string =>
  colours.size === 0
    ? theme.markerNeutral
    : (['match', ['get', 'claimant_side'], ...[...colours].flat(), theme.markerNeutral] as unknown as ExpressionSpecification);

/** `colours`: the dataset's group colours, groupColours(dataset.categories.groups, theme). */
export function layers(theme: Theme, colours: ReadonlyMap<string, string>): LayerSpecification[] {
  const S = SOURCE_IDS;
  return [
    { id: 'water', type: 'background', paint: { 'background-color': theme.water } },
    {
      id: 'land',
      type: 'fill',
      source: S.countries,
      // Opacity per feature like region-fill's: the two fills share one program (perFeature).
      // No anti-aliased outline pass: country-lines draws over every edge. The two fills then need no
      // second program (fill outline), which a software renderer compiles for a first view's while.
      paint: {
        'fill-color': ['match', ['get', 'iso'], ['AM', 'AZ'], theme.landFocus, theme.land],
        'fill-opacity': perFeature(1),
        'fill-antialias': false,
      },
    },
    {
      id: 'admin1-lines',
      type: 'line',
      source: S.admin1,
      minzoom: 6,
      paint: { 'line-color': theme.admin1Line, 'line-width': 0.8 },
    },
    {
      id: 'country-lines',
      type: 'line',
      source: S.countries,
      paint: { 'line-color': theme.countryLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 1.8] },
    },
    {
      id: 'region-fill',
      type: 'fill',
      source: S.regions,
      filter: [
        'all',
        regionAtDate,
        ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
        ['!=', ['get', 'reference'], true],
      ],
      paint: {
        'fill-color': perFeature(theme.regionFill),
        'fill-opacity': ['match', ['get', 'kind'], 'corridor', 0.22, 'district', 0.08, 0.12],
        // Edged by the region lines, like land by country-lines.
        'fill-antialias': false,
      },
    },
    // Two line layers with constant paint rather than one whose colour and width depend on `reference`:
    // constant paint shares country-lines' program (see per-feature.ts).
    {
      id: 'region-line',
      type: 'line',
      source: S.regions,
      filter: ['all', regionAtDate, ['!=', ['get', 'dashed'], true], ['!=', ['get', 'reference'], true]],
      paint: { 'line-color': theme.regionLine, 'line-width': 1, 'line-opacity': 0.9 },
    },
    {
      id: 'region-line-reference',
      type: 'line',
      source: S.regions,
      filter: ['all', ['!=', ['get', 'dashed'], true], ['==', ['get', 'reference'], true]],
      paint: { 'line-color': theme.nkaoLine, 'line-width': 1.6, 'line-opacity': 0.9 },
    },
    {
      id: 'region-line-dashed',
      type: 'line',
      source: S.regions,
      filter: ['all', regionAtDate, ['==', ['get', 'dashed'], true]],
      paint: { 'line-color': theme.regionLine, 'line-width': 1.6, 'line-dasharray': [3, 2] },
    },
    {
      id: 'settlement-circles',
      type: 'circle',
      source: S.settlements,
      // Written like incident-halos' paint (per feature; the radius per zoom and feature) to share its program.
      paint: {
        'circle-color': perFeature(theme.settlement),
        'circle-opacity': perFeature(0.35),
        'circle-stroke-color': perFeature(theme.settlement),
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': perFeature(1),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 0, settlementRadius, 24, settlementRadius],
      },
    },
    {
      // No time filter: an event without a date is shown at every date, as a hollow circle in its group's colour.
      id: UNDATED_LAYER,
      type: 'circle',
      source: S.undated,
      filter: sideShown,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 4, 10, 7],
        'circle-color': theme.markerNeutral,
        'circle-opacity': 0,
        'circle-stroke-width': 2,
        'circle-stroke-color': sideColour(theme, colours),
      },
    },
    {
      id: 'incident-halos',
      type: 'circle',
      source: S.incidents,
      filter: ['all', shown, ['>=', ['coalesce', ['get', 'geo_precision'], 1], 2]],
      paint: {
        'circle-color': sideColour(theme, colours),
        'circle-opacity': fadeBeforeFocus(0.16, 0.06),
        'circle-stroke-color': sideColour(theme, colours),
        'circle-stroke-width': 1,
        'circle-stroke-opacity': fadeBeforeFocus(0.6, 0.25),
        // Radius in pixels grows with zoom so that the halo keeps roughly its ground size (~3 km / ~10 km).
        'circle-radius': [
          'interpolate',
          ['exponential', 2],
          ['zoom'],
          6,
          ['match', ['get', 'geo_precision'], 2, 4, 12],
          12,
          ['match', ['get', 'geo_precision'], 2, 256, 768],
        ],
      },
    },
    {
      id: 'incident-highlight',
      type: 'circle',
      source: S.incidents,
      filter: ['all', shown, ['in', ['get', 'id'], ['global-state', 'highlight']]],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 12, 10, 18],
        'circle-color': theme.highlight,
        'circle-opacity': 0.35,
        'circle-stroke-color': theme.highlight,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'incident-both-sides',
      type: 'symbol',
      source: S.incidents,
      filter: ['all', shown, ['==', ['get', 'both_sides'], true]],
      layout: {
        'icon-image': BOTH_SIDES_IMAGE,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 10, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': fadeBeforeFocus(1, 0.45) },
    },
    {
      id: 'incident-markers',
      type: 'symbol',
      source: S.incidents,
      filter: shown,
      layout: {
        // Same names as markers.ts markerImage(): hollow for "in the direction of" claims.
        'icon-image': [
          'concat',
          'claim-',
          ['get', 'event_type'],
          '-',
          ['get', 'claimant_side'],
          ['case', ['==', ['get', 'location_role'], 'direction'], '-direction', ''],
        ],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 10, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': ['get', 'day'],
      },
      paint: { 'icon-opacity': fadeBeforeFocus(1, 0.45) },
    },
    {
      id: 'incident-selected',
      type: 'circle',
      source: S.incidents,
      filter: ['all', ['==', ['get', 'id'], ['global-state', 'selected']], sideShown],
      paint: {
        'circle-radius': 14,
        // A ring only: no fill.
        'circle-opacity': 0,
        'circle-stroke-color': theme.selected,
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: S.countryLabels,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [LABEL_FONT],
        'text-size': 15,
        'text-letter-spacing': 0.08,
        'text-transform': 'uppercase',
      },
      paint: { 'text-color': theme.countryLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'region-label',
      type: 'symbol',
      source: S.regions,
      filter: ['all', ['==', ['get', 'reference'], true]],
      minzoom: 7,
      layout: {
        'text-field': ['coalesce', ['get', 'label'], ['get', 'name']],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'symbol-placement': 'line',
        'text-offset': [0, -0.8],
      },
      paint: { 'text-color': theme.nkaoLine, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: S.places,
      layout: {
        // Chosen per language by i18n/place-name.ts (the naming policy) when the style is built.
        // A place with both sides' names shows the second on its own line at 80 %, so the label
        // grows in height, not width, and crowds its neighbours less.
        'text-field': [
          'case',
          ['==', ['get', 'label2'], ''],
          ['get', 'label'],
          ['format', ['get', 'label1'], {}, '\n', {}, ['get', 'label2'], { 'font-scale': 0.8 }],
        ],
        'text-font': [LABEL_FONT],
        'text-size': ['match', ['get', 'kind'], 'capital', 15, 'city', 13, 'town', 12, 11],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'symbol-sort-key': ['match', ['get', 'kind'], 'capital', 0, 'city', 1, 'town', 2, 3],
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}
