import { describe, expect, it } from 'vitest';
import { GROUPS, PARTIES } from './dataset-fixture.ts';
import { groupByClaimant, hasBothSides, linkRelated, sameDays, tollsDisagree } from '../../src/data/claim-groups.ts';
import type { Incident, IncidentProperties } from '../../src/data/schema.ts';
import { incident } from './record-fixture.ts';

describe('linkRelated', () => {
  const base = { place_name: '', context: false };
  it('links claims about the same place on the same or adjacent days, in both directions, not transitively', () => {
    const related = linkRelated([
      { id: 'a', place_id: 'jermuk', day: 10, day_end: 10, ...base },
      { id: 'b', place_id: 'jermuk', day: 9, day_end: 11, ...base },
      { id: 'c', place_id: 'jermuk', day: 12, day_end: 12, ...base },
      { id: 'd', place_id: 'goris', day: 10, day_end: 10, ...base },
    ]);
    // a–c are two days apart: not linked, although both link to b.
    expect(related).toEqual([['b'], ['a', 'c'], ['b'], []]);
  });
  it('links a report dated by the evening with one dated by the morning after (a night straddling midnight)', () => {
    expect(sameDays({ day: 12, day_end: 12 }, { day: 13, day_end: 14 })).toBe(true);
    expect(sameDays({ day: 12, day_end: 12 }, { day: 14, day_end: 14 })).toBe(false);
  });
  it('links unplaced claims by the same place wording (border-wide tolls), and context only with context', () => {
    const related = linkRelated([
      { id: 'am', place_id: null, day: 10, day_end: 11, place_name: 'Armenia-Azerbaijan border', context: false },
      { id: 'az', place_id: null, day: 10, day_end: 11, place_name: 'Armenia-Azerbaijan border', context: false },
      { id: 'call', place_id: null, day: 10, day_end: 10, place_name: '', context: false },
      { id: 'war', place_id: null, day: 10, day_end: 11, place_name: 'Armenia-Azerbaijan border', context: true },
    ]);
    expect(related).toEqual([['az'], ['am'], [], []]);
  });
});

const claim = (id: string, over: Partial<IncidentProperties>): Incident =>
  incident(id, null, { day: 10, day_end: 10, place_id: 'jermuk', place_name: 'Jermuk', country: 'AM', ...over });

describe('groupByClaimant', () => {
  const records = [
    claim('am-1', { related: ['az-1', 'am-2', 'media'], time: '08:00' }),
    claim('am-2', { related: ['am-1'], time: '00:05' }),
    claim('az-1', {
      claimant: 'azerbaijan_mod',
      claimant_label: "Azerbaijan's Defence Ministry",
      claimant_side: 'azerbaijan',
      day: 9,
      day_end: 9,
      related: ['am-1'],
    }),
    claim('media', { claimant: 'independent_media', claimant_label: 'News media', claimant_side: 'independent', related: ['am-1'] }),
  ];
  const byId = new Map(records.map((f) => [f.properties.id, f]));

  it('puts every linked claim under its claimant, Armenian, then Azerbaijani, then third parties and media, claims by date and time', () => {
    const groups = groupByClaimant(records[0]!.properties, byId, GROUPS);
    expect(groups.map((g) => [g.claimant, g.side, g.claims.map((c) => c.id)])).toEqual([
      ['armenia_mod', 'armenia', ['am-2', 'am-1']],
      ['azerbaijan_mod', 'azerbaijan', ['az-1']],
      ['independent_media', 'independent', ['media']],
    ]);
  });
  it('orders one claimant’s statements of the same day by when their sources were published', () => {
    const src = (date: string) => [{ title: 't', publisher: 'p', url: 'https://example.org/', date }];
    const tolls = [
      claim('z-late', { fatalities_claimed: 135, sources: src('2022-09-14'), related: ['a-early'] }),
      claim('a-early', { fatalities_claimed: 49, sources: src('2022-09-13'), related: ['z-late'] }),
    ];
    const groups = groupByClaimant(tolls[0]!.properties, new Map(tolls.map((f) => [f.properties.id, f])), GROUPS);
    expect(groups[0]!.claims.map((c) => c.fatalities_claimed)).toEqual([49, 135]);
  });
  it('flags a claim with a linked claim from the other party', () => {
    expect(hasBothSides(records[0]!.properties, byId, PARTIES)).toBe(true);
    expect(hasBothSides(records[1]!.properties, byId, PARTIES)).toBe(false);
    expect(hasBothSides(records[3]!.properties, byId, PARTIES)).toBe(false);
  });
});

describe('tollsDisagree', () => {
  const toll = (n: number, of: IncidentProperties['fatalities_of']) =>
    claim(`t${n}`, { fatalities_claimed: n, fatalities_of: of }).properties;
  it('is true when statements give different figures for the same party’s dead', () => {
    expect(tollsDisagree([toll(49, 'armenia'), toll(105, 'armenia')])).toBe(true);
  });
  it('is false for counts of different parties’ dead, or one figure repeated', () => {
    expect(tollsDisagree([toll(49, 'armenia'), toll(50, 'azerbaijan')])).toBe(false);
    expect(tollsDisagree([toll(3, 'both'), { ...toll(3, 'both'), id: 'again' }])).toBe(false);
    expect(tollsDisagree([claim('none', {}).properties])).toBe(false);
  });
});
