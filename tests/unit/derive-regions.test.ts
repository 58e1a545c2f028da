import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { mergeGeometry, regionFeature, selectFeatures } from '../../src/data/derive/regions.ts';
import { OPEN_END, OPEN_START } from '../../src/data/open-period.ts';

const line = (name: string, level: number, coordinates: [number, number][]): Feature => ({
  type: 'Feature',
  properties: { name, admin_level: level },
  geometry: { type: 'LineString', coordinates },
});
const source: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    line('Testline', 4, [
      [0, 0],
      [1, 1],
    ]),
    line('Testline', 6, [
      [1, 1],
      [2, 2],
    ]),
    line('Other', 4, [
      [5, 5],
      [6, 6],
    ]),
  ],
};
const meta = { id: 'test-line', name: 'Test line', kind: 'line', description: 'A line.', source: 'Testville survey' };

describe('selectFeatures', () => {
  it('matches every key=value, compared as text', () => {
    expect(selectFeatures(source, 'name=Testline').length).toBe(2);
    expect(selectFeatures(source, 'name=Testline;admin_level=4').map((f) => f.properties?.admin_level)).toEqual([4]);
    expect(selectFeatures(source, 'name=Nowhere')).toEqual([]);
  });
});

describe('mergeGeometry', () => {
  it('keeps a single feature’s geometry and joins several lines into one MultiLineString', () => {
    expect(mergeGeometry([source.features[0]])).toBe(source.features[0].geometry);
    expect(mergeGeometry(source.features.slice(0, 2))).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [1, 1],
          [2, 2],
        ],
      ],
    });
  });
});

describe('regionFeature', () => {
  it('gives validity dates as day numbers and rounds coordinates to 4 decimals', () => {
    const r = regionFeature(
      { ...meta, valid_from: ' 2022-09-13 ', valid_to: '2022-09-14', reference: 'true', dashed: 'no' },
      {
        type: 'LineString',
        coordinates: [
          [45.123456, 40.000049],
          [45.2, 40.1],
        ],
      },
    );
    expect(r.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [45.1235, 40],
        [45.2, 40.1],
      ],
    });
    expect(r.properties).toEqual({
      id: 'test-line',
      name: 'Test line',
      kind: 'line',
      valid_from: '2022-09-13',
      valid_to: '2022-09-14',
      day_from: 19248,
      day_to: 19249,
      reference: true,
      dashed: false,
      description: 'A line.',
      source: 'Testville survey',
    });
  });
  it('leaves an empty bound open', () => {
    const r = regionFeature({ ...meta, valid_from: '', valid_to: undefined }, source.features[0].geometry);
    expect(r.properties).toMatchObject({ valid_from: null, valid_to: null, day_from: OPEN_START, day_to: OPEN_END });
  });
});
