import { describe, expect, it } from 'vitest';
import { checkRecords } from '../../scripts/data/check-records.ts';
import type { Incident, Place } from '../../src/data/schema.ts';
import { incidentProps } from './record-fixture.ts';

const place: Place = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [45.67, 39.84] },
  properties: {
    id: 'jermuk',
    name_en: 'Jermuk',
    name_hy: '',
    name_az: '',
    name_ru: '',
    kind: 'town',
    country: 'AM',
    contested: false,
    source: 'test',
    border_side: 'AM',
    border_km: 12.1,
    regions: [],
  },
};
const incident = (
  over: Partial<Incident['properties']> = {},
  geometry: Incident['geometry'] = { type: 'Point', coordinates: [45.67, 39.84] },
): Incident => ({
  type: 'Feature',
  geometry,
  properties: incidentProps('a', {
    place_id: 'jermuk',
    place_name: 'Jermuk',
    country: 'AM',
    claimant_label: 'x',
    sources: [{ title: 't', publisher: 'p', url: 'https://example.org', date: null }],
    strike: true,
    ...over,
  }),
});
const run = (incidents: Incident[], inside = true) =>
  checkRecords({ incidents, places: [place], regions: [], insideCountry: () => inside }).errors;

describe('checkRecords', () => {
  it('passes a consistent record', () => {
    expect(run([incident()])).toEqual([]);
  });
  it('finds duplicate ids, dangling related and place ids', () => {
    const errors = run([incident({ related: ['zzz'] }), incident({ place_id: 'nowhere' })]);
    expect(errors.join('\n')).toMatch(/duplicate id/);
    expect(errors.join('\n')).toMatch(/related "zzz" does not exist/);
    expect(errors.join('\n')).toMatch(/place_id "nowhere"/);
  });
  it('finds a day number that disagrees with the date', () => {
    expect(run([incident({ day: 19247 })]).join()).toMatch(/day 19247 does not match date 2022-09-13/);
  });
  it('finds coordinates outside the region and a precision-1 place outside its country', () => {
    expect(run([incident({}, { type: 'Point', coordinates: [2.35, 48.85] })]).join()).toMatch(/outside the region/);
    expect(run([incident()], false).join()).toMatch(/not inside AM/);
  });
  it('requires a reason for an unplotted record', () => {
    expect(run([incident({ strike: false, geo_precision: null }, null)]).join()).toMatch(/unplotted with no reason/);
  });
  it('requires an unplotted kind for an unplotted record, and none for a plotted one', () => {
    const unplotted = { strike: false, geo_precision: null, unplotted_reason: 'whole border: not plottable' };
    expect(run([incident(unplotted, null)]).join()).toMatch(/unplotted with no unplotted_kind/);
    expect(run([incident({ ...unplotted, unplotted_kind: 'area' }, null)])).toEqual([]);
    expect(run([incident({ unplotted_kind: 'area' })]).join()).toMatch(/plotted but has an unplotted_kind/);
  });
});
