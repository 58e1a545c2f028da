import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { labelGlyphs } from '../../src/style/label-glyphs.ts';

const points = (props: Record<string, string>[]) => ({
  type: 'geojson' as const,
  data: {
    type: 'FeatureCollection' as const,
    features: props.map((properties) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [0, 0] },
      properties,
    })),
  },
});
const style: StyleSpecification = {
  version: 8,
  sources: {
    places: points([{ label: 'Goris', label1: 'Xan', label2: 'kəndi' }]),
    countries: points([{ label: 'Arm' }]),
    urls: { type: 'geojson', data: 'x.geojson' },
  },
  layers: [
    { id: 'p', type: 'symbol', source: 'places', layout: { 'text-field': ['get', 'label'], 'text-font': ['Noto Sans Regular'] } },
    {
      id: 'c',
      type: 'symbol',
      source: 'countries',
      layout: { 'text-field': ['get', 'label'], 'text-font': ['Noto Sans Regular'], 'text-transform': 'uppercase' },
    },
    { id: 'icons', type: 'symbol', source: 'places', layout: { 'icon-image': 'x' } },
    { id: 'u', type: 'symbol', source: 'urls', layout: { 'text-field': 'x', 'text-font': ['Other'] } },
  ],
};

describe('labelGlyphs', () => {
  it('lists each character of the inline labels once per font stack, upper-cased where the layer is', () => {
    const glyphs = labelGlyphs(style);
    expect(Object.keys(glyphs)).toEqual(['Noto Sans Regular']);
    expect(new Set(glyphs['Noto Sans Regular'])).toEqual(new Set([...'GorisXankədARM']));
  });

  it('draws no whitespace and nothing for a style without text', () => {
    expect(
      labelGlyphs({ ...style, sources: { ...style.sources, places: points([{ label: 'a b\nc' }]) } })['Noto Sans Regular'],
    ).not.toContain(' ');
    expect(labelGlyphs({ version: 8, sources: {}, layers: [] })).toEqual({});
  });
});
