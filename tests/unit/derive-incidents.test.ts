import { describe, expect, it } from 'vitest';
import {
  type Draft,
  type DraftProperties,
  dayFields,
  deriveIncidents,
  isStrike,
  keepOnMap,
  sortDrafts,
} from '../../src/data/derive/incidents.ts';
import { incidentProps } from './record-fixture.ts';

const props = (over: Partial<DraftProperties>): DraftProperties => {
  const {
    id: _id,
    related: _related,
    ...rest
  } = incidentProps('x', {
    place_id: 'testville',
    place_name: 'Testville',
    country: 'AM',
    claimant_label: 'Test ministry',
    strike: true,
  });
  return { ...rest, ...over };
};
const draft = (rowId: string, over: Partial<DraftProperties> = {}, coordinates: [number, number] | null = [45, 40]): Draft => ({
  rowId,
  props: props(over),
  coordinates,
});

describe('dayFields', () => {
  it('gives day numbers, the end the same day when there is none, and null for an end before the start', () => {
    expect(dayFields('2022-09-13', null)).toEqual({ day: 19248, day_end: 19248 });
    expect(dayFields('2022-09-13', '2022-09-15')).toEqual({ day: 19248, day_end: 19250 });
    expect(dayFields('2022-09-13', '2022-09-12')).toBeNull();
  });
});

describe('isStrike', () => {
  it('needs a plotted target of a strike type', () => {
    expect(isStrike(true, 'target', 'shelling')).toBe(true);
    expect(isStrike(false, 'target', 'shelling')).toBe(false);
    expect(isStrike(true, 'origin', 'shelling')).toBe(false);
    expect(isStrike(true, 'target', 'statement')).toBe(false);
  });
});

describe('keepOnMap', () => {
  it('leaves a record on the map as it is', () => {
    const d = draft('r1');
    expect(keepOnMap(d, () => true)).toBe(d);
    const unplaced = draft('r2', {}, null);
    expect(keepOnMap(unplaced, () => false)).toBe(unplaced);
  });
  it('takes the point, the precision and the strike from a record abroad, and says why', () => {
    const d = draft('r1');
    const out = keepOnMap(d, () => false);
    expect(out.coordinates).toBeNull();
    expect(out.props).toMatchObject({ geo_precision: null, unplotted_kind: 'abroad', strike: false });
    expect(out.props.unplotted_reason).toMatch(/outside the mapped region/);
    expect(d.coordinates).toEqual([45, 40]); // the input is not changed
  });
});

describe('sortDrafts / deriveIncidents', () => {
  const drafts = [
    draft('r3', { day: 19249, day_end: 19249, date: '2022-09-14' }),
    draft('r2'),
    draft('r1', { time: '06:00', claimant: 'azerbaijan_mod', claimant_side: 'azerbaijan' }),
    draft('r4', { place_id: 'abroad', place_name: 'Faraway' }, null),
  ];
  it('orders by day, then time (untimed last), then row id', () => {
    expect(sortDrafts(drafts).map((d) => d.rowId)).toEqual(['r1', 'r2', 'r4', 'r3']);
    expect(drafts[0].rowId).toBe('r3'); // a copy is sorted
  });
  it('gives ids, links claims about one place within a day, and keeps only mapped place ids', () => {
    const out = deriveIncidents(drafts, new Map([['r3', 'pinned-id']]), new Set(['testville']));
    expect(out.map((f) => f.properties.id)).toEqual([
      '2022-09-13-testville-azerbaijan-mod',
      '2022-09-13-testville-armenia-mod',
      '2022-09-13-abroad-armenia-mod', // the id keeps the place id the record was given
      'pinned-id',
    ]);
    expect(out[0].properties.related).toEqual(['2022-09-13-testville-armenia-mod', 'pinned-id']);
    expect(out[2].properties).toMatchObject({ place_id: null, place_name: 'Faraway', related: [] });
    expect(out[2].geometry).toBeNull();
    expect(out[1].geometry).toEqual({ type: 'Point', coordinates: [45, 40] });
    expect(Object.keys(out[0].properties)[0]).toBe('id');
    expect(Object.keys(out[0].properties).at(-1)).toBe('related');
  });
});
