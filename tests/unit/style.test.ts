import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../src/style/build-style.ts';
import { layers, SOURCE_IDS, TOGGLE_LAYERS } from '../../src/style/layers.ts';
import { themes, type Theme } from '../../src/style/theme.ts';

const empty = { type: 'FeatureCollection' as const, features: [] };
const style = buildStyle(
  { basemap: { countries: 'c.geojson', countryLabels: 'l.geojson', admin1: 'a.geojson' }, places: [], regions: empty, incidents: empty, settlements: empty },
  { theme: themes.light, lang: 'en', from: 0, to: 10, focus: 10, sides: ['armenia'], selected: null },
);

const keysDeep = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keysDeep(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();

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
    const ids = new Set(style.layers.map((l) => l.id));
    for (const id of Object.values(TOGGLE_LAYERS).flat()) expect(ids.has(id), id).toBe(true);
  });
  it('every source the layers name is one of SOURCE_IDS', () => {
    const known = new Set<string>(Object.values(SOURCE_IDS));
    for (const layer of layers(themes.light, 'hy')) if ('source' in layer) expect(known.has(layer.source as string)).toBe(true);
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
  it('the style names no remote URL', () => {
    expect(JSON.stringify(style)).not.toMatch(/"https?:\/\/(?!www\.(openstreetmap|naturalearthdata|geonames|geoboundaries))/);
  });
});
