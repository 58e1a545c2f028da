import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importClaimline, writeClaimlineFile } from '../../src/data/import/claimline.ts';
import { newReport } from '../../src/data/import/event.ts';
import { type ImportedEvent, type ImportedRegion, type ImportResult, plainRecord } from '../../src/data/import/types.ts';

const text = fc.string({ unit: 'binary', maxLength: 12 });
const key = fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const record = <T>(v: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(key, v), { maxLength: 4 }).map((pairs) => {
    const r = plainRecord<T>();
    for (const [k, x] of pairs) r[k] = x;
    return r;
  });
// -0 would come back as 0 through JSON; the file never needs it.
const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((x) => (Object.is(x, -0) ? 0 : x));
const url = maybe(fc.webUrl());
const date = maybe(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const place = maybe(
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })).map(([a, b]) => [a + 0, b + 0]),
);

const eventArb: fc.Arbitrary<ImportedEvent> = fc
  .record({
    id: text,
    date,
    date_end: date,
    date_precision: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
    time: maybe(fc.constantFrom('00:00', '10:30', '23:59')),
    place,
    geo_precision: fc.constantFrom(1, 2, 3, null) as fc.Arbitrary<1 | 2 | 3 | null>,
    point_kind: fc.constantFrom('located', 'centroid', 'country_centroid', 'water_or_air', null) as fc.Arbitrary<
      ImportedEvent['point_kind']
    >,
    place_name: text,
    country: maybe(text),
    admin1: maybe(text),
    event_type: text,
    sub_event_type: maybe(text),
    claimant: text,
    actors: fc.array(text, { maxLength: 3 }),
    fatalities: maybe(num),
    fatalities_low: maybe(num),
    fatalities_high: maybe(num),
    title: text,
    summary: text,
    sources: fc.array(fc.record({ title: text, publisher: text, url, date }), { maxLength: 3 }),
    categories: record(fc.array(text, { maxLength: 3 })),
    extra: record(text),
    line: fc.nat(),
  })
  .map(({ place: p, ...e }) => ({ ...e, lon: p ? p[0] : null, lat: p ? p[1] : null }));

const regionArb: fc.Arbitrary<ImportedRegion> = fc.record({
  id: text,
  name: text,
  valid_from: date,
  valid_to: date,
  geometry: fc.record({
    type: fc.constant('LineString' as const),
    coordinates: fc.array(fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -90, max: 90 })), { minLength: 2, maxLength: 4 }),
  }),
  source: text,
  line: fc.nat(),
});

const resultOf = (events: ImportedEvent[], regions: ImportedRegion[]): ImportResult => ({
  meta: {
    title: 'T',
    description: 'D',
    time_zone: 'Asia/Yerevan',
    licence: 'CC BY 4.0',
    attribution: 'A',
    source_url: 'https://example.org/',
  },
  events,
  regions,
  report: newReport('x', 'y'),
});

describe("Claimline's own file", () => {
  it('round-trips arbitrary events, regions and meta (write then read gives deep-equal values)', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 5 }), fc.array(regionArb, { maxLength: 2 }), (events, regions) => {
        const input = resultOf(events, regions);
        const back = importClaimline('c.geojson', writeClaimlineFile(input));
        expect(back.report.fatal).toBeNull();
        expect(back.report.skipped).toEqual([]);
        expect(back.events).toEqual(events);
        expect(back.regions).toEqual(regions);
        expect(back.meta).toEqual(input.meta);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a GeoJSON FeatureCollection with the format version and null geometry for unplaced events', () => {
    const e: ImportedEvent = { ...fc.sample(eventArb, { numRuns: 1, seed: 1 })[0], lon: null, lat: null };
    const file = JSON.parse(writeClaimlineFile(resultOf([e], [])));
    expect(file).toMatchObject({ type: 'FeatureCollection', claimline_format: 1, meta: { title: 'T' } });
    expect(file.features[0]).toMatchObject({ type: 'Feature', geometry: null, properties: { claimline_kind: 'event' } });
  });

  it('is hostile-input safe: wrong types fall back to defaults, only http(s) urls, prototype keys stay plain', () => {
    const hostile = JSON.stringify({
      type: 'FeatureCollection',
      claimline_format: 2,
      meta: { title: 5, source_url: 'javascript:alert(1)' },
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [999, 1] },
          properties: {
            claimline_kind: 'event',
            id: 'a',
            fatalities: 'many',
            date_precision: 9,
            sources: [{ title: 's', url: 'data:x' }],
            extra: { __proto__: { polluted: 1 } },
          },
        },
        { type: 'Feature', geometry: null, properties: { claimline_kind: 'region' } },
        { type: 'Feature', geometry: null, properties: { claimline_kind: 'person' } },
      ],
    });
    const r = importClaimline('h.geojson', hostile);
    expect(r.meta).toMatchObject({ title: '', source_url: null });
    expect(r.events[0]).toMatchObject({ id: 'a', fatalities: null, date_precision: 1, lon: null, lat: null });
    expect(r.events[0].sources[0].url).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.report.skipped.map((s) => s.line)).toEqual([2, 3]);
    const messages = r.report.warnings.map((w) => w.message).join(' | ');
    expect(messages).toMatch(/newer Claimline \(format 2\)/);
    expect(messages).toMatch(/out of range/);
    expect(importClaimline('n.geojson', '{"type":"FeatureCollection","features":[]}').report.fatal).toMatch(/not a Claimline file/);
  });
});
