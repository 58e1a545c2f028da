import { describe, expect, it } from 'vitest';
import { geocode, parsePlaceMapRow, placeKey, type GazetteerEntry, type PlaceMapEntry } from '../../scripts/data/geocode.ts';
import { parseResearchRow, type Claimant } from '../../scripts/data/research-row.ts';
import { applyAmendments } from '../../scripts/data/amend.ts';
import { slug } from '../../src/data/derive/slug.ts';

const claimants = new Map<string, Claimant>([
  ['armenia_mod', { claimant: 'armenia_mod', label: "Armenia's Defence Ministry", side: 'armenia' }],
  ['azerbaijan_mod', { claimant: 'azerbaijan_mod', label: "Azerbaijan's Defence Ministry", side: 'azerbaijan' }],
]);
const gazetteer = new Map<string, GazetteerEntry>([
  ['jermuk', { id: 'jermuk', coordinates: [45.66949, 39.84168] }],
  ['nerkin_hand', { id: 'nerkin_hand', coordinates: null }],
]);
const placeMap = new Map<string, PlaceMapEntry>([
  [placeKey('Jermuk', 'Armenia'), { placeId: 'jermuk', precision: 1, note: '', kind: null }],
  [placeKey('Nerkin Hand', 'Armenia'), { placeId: 'nerkin_hand', precision: 1, note: '', kind: null }],
  [
    placeKey('Armenia-Azerbaijan border', 'Armenia/Azerbaijan'),
    { placeId: null, precision: null, note: 'whole border: not plottable', kind: 'area' },
  ],
  [placeKey('Somewhere', 'Armenia'), { placeId: null, precision: null, note: 'no kind', kind: null }],
]);
const eventTypes = new Set([
  'shelling',
  'armed_clash',
  'drone_strike',
  'ceasefire_violation',
  'territorial_claim',
  'casualty_report',
  'diplomatic',
  'other',
]);
const ctx = (rowId = 'r001') => ({ rowId, claimants, eventTypes, geocode: (p: string, c: string) => geocode(p, c, placeMap, gazetteer) });

const row = (over: Record<string, string> = {}): Record<string, string> => ({
  event_date: '2022-09-13',
  time_local: '00:05',
  date_precision: 'day',
  place: 'Jermuk',
  place_role: 'target',
  country_of_place: 'Armenia',
  event_type: 'shelling',
  claimant: 'armenia_mod',
  counterpart_accused: 'Azerbaijan',
  fatalities_claimed: '',
  civilian_harm: 'unknown',
  summary: 'A claim in our own words.',
  source_title: 'A headline',
  source_publisher: 'A publisher',
  source_url: 'https://example.org/a',
  source_date: '2022-09-13',
  notes: '',
  ...over,
});

describe('parseResearchRow', () => {
  it('turns a research row into a located, sourced strike claim', () => {
    const r = parseResearchRow(row(), ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.coordinates).toEqual([45.66949, 39.84168]);
    expect(r.properties).toMatchObject({
      day: 19248,
      day_end: 19248,
      time: '00:05',
      date_precision: 1,
      geo_precision: 1,
      place_id: 'jermuk',
      country: 'AM',
      claimant_side: 'armenia',
      accused: 'azerbaijan',
      strike: true,
      unplotted_reason: null,
      unplotted_kind: null,
    });
    expect(r.properties.sources).toEqual([
      { title: 'A headline', publisher: 'A publisher', url: 'https://example.org/a', date: '2022-09-13' },
    ]);
  });
  it('reads a range end from an "end:" note, and codes range/month precision', () => {
    const r = parseResearchRow(row({ date_precision: 'range', notes: 'context; end: 2022-09-14.' }), ctx());
    expect(r.ok && [r.properties.day_end, r.properties.date_precision]).toEqual([19249, 2]);
  });
  it('rejects a record with a missing source, naming the record', () => {
    const r = parseResearchRow(row({ source_url: '' }), ctx('r042'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual(['r042: source_url: the record has no source']);
  });
  it('rejects a record with an unknown place, naming the record', () => {
    const r = parseResearchRow(row({ place: 'Atlantis' }), ctx('r007'));
    expect(!r.ok && r.errors.join()).toMatch(/^r007: place: "Atlantis" \(Armenia\) is not in data\/raw\/place-map.csv/);
  });
  it('rejects a record with an invalid date, naming the record', () => {
    const r = parseResearchRow(row({ event_date: '2022-09-31' }), ctx('s003'));
    expect(!r.ok && r.errors.join()).toMatch(/^s003: event_date: "2022-09-31" is not a valid/);
  });
  it('rejects a non-http source URL and an unknown claimant', () => {
    const r = parseResearchRow(row({ source_url: 'javascript:alert(1)', claimant: 'nobody' }), ctx());
    expect(!r.ok && r.errors.length).toBe(2);
  });
  it('leaves a place with no citable coordinate unplotted, with the reason', () => {
    const r = parseResearchRow(row({ place: 'Nerkin Hand' }), ctx());
    expect(r.ok && [r.coordinates, r.properties.unplotted_reason, r.properties.unplotted_kind, r.properties.strike]).toEqual([
      null,
      'no citable coordinate for "nerkin_hand"',
      'not_located',
      false,
    ]);
  });
  it('does not plot a row the research says must not be plotted as a strike', () => {
    const r = parseResearchRow(row({ notes: 'Named only as where the wounded were taken. Do not plot as an attack site.' }), ctx());
    expect(r.ok && [r.coordinates, r.properties.strike, r.properties.unplotted_kind]).toEqual([null, false, 'not_fair']);
  });
  it('takes the unplotted kind from the place map, and refuses an unplotted place with none', () => {
    const r = parseResearchRow(row({ place: 'Armenia-Azerbaijan border', country_of_place: 'Armenia/Azerbaijan' }), ctx());
    expect(r.ok && [r.properties.unplotted_reason, r.properties.unplotted_kind]).toEqual(['whole border: not plottable', 'area']);
    const bad = parseResearchRow(row({ place: 'Somewhere' }), ctx('r009'));
    expect(!bad.ok && bad.errors.join()).toMatch(/^r009: place: "Somewhere" is unplotted with no unplotted_kind/);
  });
  it('a plotted record has no unplotted kind', () => {
    const r = parseResearchRow(row(), ctx());
    expect(r.ok && [r.coordinates !== null, r.properties.unplotted_reason, r.properties.unplotted_kind]).toEqual([true, null, null]);
  });
  it('only a target counts as a strike: "in the direction of" does not', () => {
    const r = parseResearchRow(row({ place_role: 'direction' }), ctx());
    expect(r.ok && [r.coordinates !== null, r.properties.strike]).toEqual([true, false]);
  });
});

describe('geocode', () => {
  it('gives unknown for a place not in the place map, unplotted with the note for a vague area', () => {
    expect(geocode('Nowhere', 'Armenia', placeMap, gazetteer)).toEqual({ kind: 'unknown' });
    expect(geocode('Armenia-Azerbaijan border', 'Armenia/Azerbaijan', placeMap, gazetteer)).toEqual({
      kind: 'unplotted',
      placeId: null,
      reason: 'whole border: not plottable',
      unplottedKind: 'area',
    });
  });
});

describe('parsePlaceMapRow', () => {
  const base = { place: 'X', country_of_place: 'Armenia', place_id: '', geo_precision: '', note: 'n', unplotted_kind: '' };
  it('reads a mapped row and an unplotted row with its kind', () => {
    expect(parsePlaceMapRow({ ...base, place_id: 'jermuk', geo_precision: '1' })).toEqual({
      placeId: 'jermuk',
      precision: 1,
      note: 'n',
      kind: null,
    });
    expect(parsePlaceMapRow({ ...base, unplotted_kind: 'abroad' })).toEqual({ placeId: null, precision: null, note: 'n', kind: 'abroad' });
  });
  it('refuses an unplotted row with no kind or an unknown kind, and a mapped row with a kind', () => {
    expect(parsePlaceMapRow(base)).toEqual({ error: 'place-map.csv: "X" (Armenia): no place_id and no unplotted_kind' });
    expect(parsePlaceMapRow({ ...base, unplotted_kind: 'vague' })).toHaveProperty('error', expect.stringMatching(/"vague" is not one of/));
    expect(parsePlaceMapRow({ ...base, place_id: 'jermuk', unplotted_kind: 'area' })).toHaveProperty(
      'error',
      expect.stringMatching(/has a place_id and an unplotted_kind/),
    );
  });
});

describe('applyAmendments and slug', () => {
  it('applies a correction by row id and refuses an unknown row', () => {
    const rows = [{ rowId: 'r001', row: { place_role: 'target' } }];
    expect(applyAmendments(rows, [{ row: 'r001', field: 'place_role', value: 'direction', reason: '' }])[0]!.row.place_role).toBe(
      'direction',
    );
    expect(rows[0]!.row.place_role).toBe('target');
    expect(() => applyAmendments(rows, [{ row: 'r999', field: 'place_role', value: 'x', reason: '' }])).toThrow(/r999/);
  });
  it('slug() transliterates Azerbaijani letters', () => {
    expect(slug('Yukarı Şorca (Basargeçer)')).toBe('yukari-sorca-basargecer');
  });
});
