import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { countryLabelPoints } from '../../src/data/derive/labels.ts';

const square = (west: number, south: number, size: number) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];
const names = new Map([['TV', { name_en: 'Testland', name_hy: 'Թեստ', name_az: 'Testlend', name_ru: 'Тест' }]]);

describe('countryLabelPoints', () => {
  it('puts the label on the biggest part, rounded to 3 decimals, with the names', () => {
    const country: Feature = {
      type: 'Feature',
      properties: { iso: 'TV' },
      geometry: { type: 'MultiPolygon', coordinates: [square(10, 10, 0.1), square(0, 0, 1)] },
    };
    const [label] = countryLabelPoints([country], names);
    const [lon, lat] = label.geometry.coordinates;
    expect(lon).toBeGreaterThan(0);
    expect(lon).toBeLessThan(1);
    expect(lat).toBeGreaterThan(0);
    expect(lat).toBeLessThan(1);
    expect(Number(lon.toFixed(3))).toBe(lon);
    expect(label.properties).toEqual({ iso: 'TV', name_en: 'Testland', name_hy: 'Թեստ', name_az: 'Testlend', name_ru: 'Тест' });
  });
  it('stops on a country without names', () => {
    const country: Feature = { type: 'Feature', properties: { iso: 'XX' }, geometry: { type: 'Polygon', coordinates: square(0, 0, 1) } };
    expect(() => countryLabelPoints([country], names)).toThrow(/no names for XX/);
  });
});
