import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, GROUPS } from './dataset-fixture.ts';
import { LOCATION_ROLES, type Place } from '../../src/data/schema.ts';
import { eventTypeIds } from '../../src/data/dataset.ts';
import { groupColours } from '../../src/style/group-colours.ts';
import { markerImage } from '../../src/style/markers.ts';
import { buildStyle, type CountryLabel } from '../../src/style/build-style.ts';
import { layers, SOURCE_IDS, TOGGLE_LAYERS } from '../../src/style/layers.ts';
import { themes, type Theme } from '../../src/style/theme.ts';

const empty = { type: 'FeatureCollection' as const, features: [] };
const stepanakert: Place = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [46.75, 39.82] },
  properties: {
    id: 'stepanakert',
    name_en: 'Stepanakert / Khankendi',
    name_hy: 'Ստեփանակերտ',
    name_az: 'Xankəndi',
    name_ru: 'Степанакерт',
    kind: 'city',
    country: 'AZ',
    contested: true,
    source: 's',
    border_side: 'AZ',
    border_km: 31.6,
    regions: [],
  },
};
const armenia: CountryLabel = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [45, 40.2] },
  properties: { iso: 'AM', name_en: 'Armenia', name_hy: 'Հայաստան', name_az: 'Ermənistan', name_ru: 'Армения' },
};
const styleFor = (lang: 'en' | 'hy' | 'az' | 'ru') =>
  buildStyle(
    {
      basemap: { countries: 'c.geojson', admin1: 'a.geojson' },
      countryLabels: [armenia],
      places: [stepanakert],
      regions: empty,
      incidents: empty,
      settlements: empty,
    },
    { theme: themes.light, dataset: BUILT_IN, lang, from: 0, to: 10, focus: 10, sides: ['armenia'], selected: null },
  );
const style = styleFor('en');
const labelsOf = (st: ReturnType<typeof styleFor>, source: string) =>
  (st.sources[source] as unknown as { data: { features: { properties: { label: string } }[] } }).data.features.map(
    (f) => f.properties.label,
  );

const keysDeep = (o: object, prefix = ''): string[] =>
  Object.entries(o)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? keysDeep(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();

describe('map style invariants', () => {
  it("every layer's source exists in the style", () => {
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources), layer.id).toContain(layer.source);
    }
  });
  it('layer ids are unique', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('every toggled layer exists', () => {
    const ids = new Set(layers(themes.light, new Map()).map((l) => l.id));
    for (const id of Object.values(TOGGLE_LAYERS).flat()) expect(ids.has(id), id).toBe(true);
  });
  it('has the undated source and layer only where there are undated events', () => {
    expect(style.sources[SOURCE_IDS.undated]).toBeUndefined();
    expect(style.layers.some((l) => l.id === 'undated-markers')).toBe(false);
    const point = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [45, 40] }, properties: { id: 'u1' } };
    const withUndated = buildStyle(
      {
        basemap: { countries: 'c.geojson', admin1: 'a.geojson' },
        countryLabels: [],
        places: [],
        regions: empty,
        incidents: empty,
        settlements: empty,
        undated: { type: 'FeatureCollection', features: [point] },
      },
      { theme: themes.light, dataset: BUILT_IN, lang: 'en', from: 0, to: 10, focus: 10, sides: [], selected: null },
    );
    expect(withUndated.sources[SOURCE_IDS.undated]).toBeDefined();
    expect(withUndated.layers.some((l) => l.id === 'undated-markers')).toBe(true);
  });
  it('every source the layers name is one of SOURCE_IDS', () => {
    const known = new Set<string>(Object.values(SOURCE_IDS));
    for (const layer of layers(themes.light, groupColours(BUILT_IN.categories.groups, themes.light)))
      if ('source' in layer) expect(known.has(layer.source as string)).toBe(true);
  });
  it('every theme has the same keys', () => {
    const reference = keysDeep(themes.light);
    for (const [name, theme] of Object.entries(themes)) expect(keysDeep(theme as Theme), name).toEqual(reference);
  });
  it('the time window is global state, and labels use the local fonts (no glyph server)', () => {
    expect(Object.keys(style.state ?? {})).toEqual(expect.arrayContaining(['from', 'to', 'focus', 'selected']));
    expect(style.glyphs).toBeUndefined();
    const faces = style['font-faces'] ?? {};
    expect(Object.keys(faces)).toHaveLength(1);
    const files = Object.values(faces)[0] as { url: string }[];
    expect(files.map((f) => f.url).join(' ')).toMatch(/armenian/);
  });
  it('passes maplibre’s own style validation', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
  it('keeps the chosen claimant sides in global state', () => {
    expect(style.state?.sides).toEqual({ default: ['armenia'] });
  });
  it('labels places and countries per language with the naming policy', () => {
    expect(labelsOf(style, SOURCE_IDS.places)).toEqual(['Stepanakert / Khankendi']);
    expect(labelsOf(styleFor('az'), SOURCE_IDS.places)).toEqual(['Xankəndi']);
    expect(labelsOf(styleFor('hy'), SOURCE_IDS.countryLabels)).toEqual(['Հայաստան']);
  });
  it('draws a two-name label on two lines, the second name smaller', () => {
    const props = (st: ReturnType<typeof styleFor>) =>
      (st.sources[SOURCE_IDS.places] as unknown as { data: { features: { properties: Record<string, string> }[] } }).data.features[0]
        .properties;
    expect([props(style).label1, props(style).label2]).toEqual(['Stepanakert', 'Khankendi']);
    expect([props(styleFor('az')).label1, props(styleFor('az')).label2]).toEqual(['Xankəndi', '']);
    const layer = style.layers.find((l) => l.id === 'place-labels') as { layout: { 'text-field': unknown } };
    expect(JSON.stringify(layer.layout['text-field'])).toContain('"font-scale":0.8');
  });
  it('names a marker image that map/icons.ts draws, for every event type, side and role', () => {
    const markers = style.layers.find((l) => l.id === 'incident-markers') as {
      layout: { 'icon-image': ExpressionSpecification };
      filter: FilterSpecification;
    };
    const image = createExpression(markers.layout['icon-image'], 'layers.incident-markers.layout.icon-image');
    if (image.result !== 'success') throw new Error('icon-image does not parse');
    for (const type of eventTypeIds(BUILT_IN))
      for (const side of GROUPS)
        for (const role of LOCATION_ROLES) {
          const properties = { event_type: type, claimant_side: side, location_role: role };
          expect(image.value.evaluate({ zoom: 8 }, { type: 1, properties } as never)).toBe(markerImage(type, side, role === 'direction'));
        }
  });
  it('shows a claim only when its days overlap the window and its side is chosen', () => {
    const markers = style.layers.find((l) => l.id === 'incident-markers') as { filter: FilterSpecification };
    // The filter reads global state from the object it was created with, as the map does.
    const globalState: Record<string, unknown> = {};
    const filter = featureFilter(markers.filter, 'layers.incident-markers.filter', globalState);
    const shown = (properties: object, state: object) => {
      Object.assign(globalState, state);
      return filter.filter({ zoom: 8 } as never, { type: 1, properties } as never);
    };
    const claim = { day: 5, day_end: 7, claimant_side: 'azerbaijan' };
    expect(shown(claim, { from: 7, to: 9, sides: ['azerbaijan'] })).toBe(true);
    expect(shown(claim, { from: 8, to: 9, sides: ['azerbaijan'] })).toBe(false);
    expect(shown(claim, { from: 7, to: 9, sides: ['armenia'] })).toBe(false);
    expect(shown(claim, { from: 7, to: 9, sides: [] })).toBe(false);
  });
  it('the style names no remote URL', () => {
    expect(JSON.stringify(style)).not.toMatch(/"https?:\/\/(?!www\.(openstreetmap|naturalearthdata|geonames|geoboundaries))/);
  });
});
