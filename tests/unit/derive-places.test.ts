import { describe, expect, it } from 'vitest';
import { hasBorder, locatePlaces, placeFromRow } from '../../src/data/derive/places.ts';
import type { Country } from '../../src/geo/locate.ts';
import type { Region } from '../../src/data/schema.ts';

const box = (west: number, east: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, -1],
      [east, -1],
      [east, 1],
      [west, 1],
      [west, -1],
    ],
  ],
});
const country = (iso: string, west: number, east: number): Country => ({ type: 'Feature', properties: { iso }, geometry: box(west, east) });
// Two neighbours sharing the meridian 1°E as their border.
const countries = [country('AM', 0, 1), country('AZ', 1, 2)];
const region = (id: string, geometry: Region['geometry']): Region => ({
  type: 'Feature',
  geometry,
  properties: {
    id,
    name: id,
    kind: 'district',
    valid_from: null,
    valid_to: null,
    day_from: -1,
    day_to: 1,
    reference: false,
    dashed: false,
    description: '',
    source: '',
  },
});
const everywhere = () => true;

describe('placeFromRow', () => {
  it('makes a point feature with trimmed names, rounded coordinates and empty border fields', () => {
    const got = placeFromRow(
      { id: ' testville ', lat: '0.1234567', lon: '0.9876543', name_en: ' Testville / Probaberd ', kind: '', source: 'survey' },
      everywhere,
    );
    expect(got.id).toBe('testville');
    expect(got.coordinates).toEqual([0.9876543, 0.1234567]); // unrounded, for geocoding
    expect(got.place?.geometry.coordinates).toEqual([0.98765, 0.12346]);
    expect(got.place?.properties).toMatchObject({
      id: 'testville',
      name_en: 'Testville / Probaberd',
      name_hy: '',
      kind: 'village',
      contested: true,
      border_side: null,
      border_km: null,
      regions: [],
    });
  });
  it('keeps a row without a coordinate as a name only', () => {
    expect(placeFromRow({ id: 'x', lat: '', lon: '45' }, everywhere)).toEqual({ id: 'x', coordinates: null, place: null });
    expect(placeFromRow({ id: 'x', lat: 'n/a', lon: '45' }, everywhere).coordinates).toBeNull();
  });
  it('keeps a point off the map in the gazetteer but makes no place of it', () => {
    const got = placeFromRow({ id: 'abroad', lat: '50', lon: '4' }, () => false);
    expect(got).toEqual({ id: 'abroad', coordinates: [4, 50], place: null });
  });
});

describe('locatePlaces', () => {
  const place = (id: string, lon: number) => placeFromRow({ id, lat: '0', lon: String(lon), name_en: id }, everywhere).place!;
  it('gives the border side, the distance in km to one decimal and the containing polygons', () => {
    const regions = [
      region('west', box(0, 0.5)),
      region('line', {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [2, 0],
        ],
      }),
    ];
    const [a, b] = locatePlaces([place('a', 0.25), place('b', 1.25)], countries, regions);
    expect(a.properties).toMatchObject({ border_side: 'AM', border_km: 83.4, regions: ['west'] });
    expect(b.properties).toMatchObject({ border_side: 'AZ', border_km: 27.8, regions: [] });
  });
  it('leaves the input untouched and keeps the property order', () => {
    const input = [place('a', 0.25)];
    const [out] = locatePlaces(input, countries, []);
    expect(input[0].properties.border_side).toBeNull();
    expect(Object.keys(out.properties)).toEqual(Object.keys(input[0].properties));
  });
  it('gives no border position where the outlines have no such border, and still finds regions', () => {
    expect(hasBorder([country('SD', 0, 2)])).toBe(false);
    const [a] = locatePlaces([place('a', 0.25)], [country('SD', 0, 2)], [region('west', box(0, 0.5))]);
    expect(a.properties).toMatchObject({ border_side: null, border_km: null, regions: ['west'] });
  });
});
