/**
 * fast-check arbitraries for the export round-trip tests. Two kinds of events:
 * - `acledEvent`/`ucdpEvent`: events in the form the importer produces (its canonical form: text
 *   trimmed, line breaks LF, bands as the codebook maps them), with hostile text (quotes, commas,
 *   semicolons, newlines, leading `=`/`+`/`-`/`@`, unicode, `__proto__` keys). Export then import
 *   must give them back field for field.
 * - `wildEvent`: anything the type allows (any text, any bands, floats as counts, dates out of
 *   order); export is then a fixed point after one import.
 */
import fc from 'fast-check';
import { geoPrecision, timeSpan } from '../../src/data/import/acled-codes.ts';
import { newEvent } from '../../src/data/import/event.ts';
import { type ImportedEvent, type ImportedSource, plainRecord } from '../../src/data/import/types.ts';
import { violenceType, wherePrecision } from '../../src/data/import/ucdp-codes.ts';
import { GED_COLUMNS } from '../../src/data/import/ucdp-columns.ts';
import { recoverQuotes } from '../../src/data/import/ucdp-text.ts';
import { httpUrl } from '../../src/data/import/values.ts';
import { ACLED_COLUMNS } from '../../src/data/export/acled.ts';

const piece = fc.oneof(
  fc.constantFrom('"', ',', ';', '\n', '\r\n', '\t', '=', '+', '-', '@', "'", '#', '|', ' ', 'é', '中文', '🙂', 'Testville'),
  fc.constantFrom('=HYPERLINK("http://evil.test")', "'=1+1", '-12.5', '+3', '@SUM(A1)', '__proto__', '""x""'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const rawText = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
/** Text as the CSV importers give it back: trimmed, line breaks as LF. */
const canonicalText = (t: string) => t.replace(/\r\n?/g, '\n').trim();
export const text = rawText.map(canonicalText);
const nonEmpty = text.filter((t) => t !== '');
/** An item of a `;`-list (actors, sources): no `;` of its own. */
const listItem = nonEmpty.map((t) => t.replace(/;/g, ',').trim()).filter((t) => t !== '');
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const coord = (max: number) => fc.double({ min: -max, max, noNaN: true }).map((x) => x + 0);
const point = maybe(fc.tuple(coord(90), coord(180)));
const webUrl = fc.webUrl().filter((u) => httpUrl(u) === u && !/[;"]/.test(u));
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf');

function record<T>(pairs: [string, T][]): Record<string, T> {
  const r = plainRecord<T>();
  for (const [k, v] of pairs) r[k] = v;
  return r;
}

// ---- ACLED ----

/** Standard ACLED columns the importer keeps in extra as given (inter codes are relabelled, so left out). */
const ACLED_EXTRA = ['disorder_type', 'civilian_targeting', 'iso', 'region', 'admin2', 'admin3', 'source_scale', 'tags', 'timestamp'];
const ACLED_TAKEN = new Set<string>([...ACLED_COLUMNS, 'actor', 'assoc_actor', 'inter', 'event_date', 'year']);
const acledKey = fc.oneof(
  hostileKey.filter((k) => k === k.toLowerCase()),
  fc.constantFrom(...ACLED_EXTRA),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/).filter((k) => !ACLED_TAKEN.has(k)),
);
const acledSource = fc.oneof(
  listItem.map((name): ImportedSource => ({ title: name, publisher: name, url: null, date: null })),
  webUrl.map((u): ImportedSource => ({ title: u, publisher: '', url: u, date: null })),
);

export const acledEvent: fc.Arbitrary<ImportedEvent> = fc
  .record({
    id: nonEmpty,
    coded: maybe(day),
    tp: fc.constantFrom(1, 2, 3),
    point,
    gp: fc.constantFrom(null, 1, 2, 3),
    place_name: text,
    country: maybe(nonEmpty),
    admin1: maybe(nonEmpty),
    event_type: text,
    sub_event_type: maybe(nonEmpty),
    actors: fc.uniqueArray(listItem, { maxLength: 4 }),
    fatalities: maybe(fc.nat()),
    summary: text,
    sources: fc.uniqueArray(acledSource, { maxLength: 3, selector: (s) => s.title }),
    extra: fc.uniqueArray(fc.tuple(acledKey, nonEmpty), { maxLength: 4, selector: (p) => p[0] }),
  })
  .filter((r) => r.coded !== null || r.point !== null)
  .map((r) => {
    const e = newEvent(0, r.id);
    e.extra = record(r.extra);
    if (r.coded !== null) {
      Object.assign(e, timeSpan(r.coded, r.tp));
      e.extra.year = r.coded.slice(0, 4);
      if (r.tp !== 1) e.extra.event_date = r.coded;
    }
    if (r.point) {
      [e.lat, e.lon] = r.point;
      const g = r.gp === null ? null : geoPrecision(r.gp);
      e.geo_precision = g?.geo_precision ?? null;
      e.point_kind = g?.point_kind ?? 'located';
    }
    Object.assign(e, {
      place_name: r.place_name,
      country: r.country,
      admin1: r.admin1,
      event_type: r.event_type,
      sub_event_type: r.sub_event_type,
      actors: r.actors,
      fatalities: r.fatalities,
      summary: r.summary,
      sources: r.sources,
    });
    return e;
  });

// ---- UCDP ----

/** UCDP text: the importer unwraps a cell wholly wrapped in quote marks, so such text is not canonical. */
const ucdpText = text.filter((t) => recoverQuotes(t) === t);
const ucdpNonEmpty = ucdpText.filter((t) => t !== '');
/**
 * The importer unwraps a whole source cell before splitting it, so a list whose first item starts and
 * last item ends with a quote mark (`"a; b"`) reads as one quoted artefact: items do not start or end so.
 */
const ucdpItem = listItem.filter((t) => recoverQuotes(t) === t && !t.startsWith('"') && !t.endsWith('"'));
/** GED columns the importer keeps in extra as given. */
const GED_EXTRA = [
  'relid',
  'code_status',
  'conflict_new_id',
  'side_a_new_id',
  'number_of_sources',
  'source_original',
  'adm_2',
  'region',
  'event_clarity',
  'deaths_a',
  'deaths_civilians',
  'gwnoa',
];
const GED = new Set<string>(GED_COLUMNS);
const ucdpKey = fc.oneof(
  hostileKey,
  fc.constantFrom(...GED_EXTRA),
  nonEmpty.filter((k) => !GED.has(k)),
);

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** One source list of n sources: each field given for all sources or for none, as GED zips them. */
const ucdpSources = fc.integer({ min: 0, max: 3 }).chain((n) =>
  fc
    .record({
      url: fc.boolean(),
      publisher: fc.boolean(),
      date: fc.boolean(),
      title: fc.boolean(),
      urls: fc.array(webUrl, { minLength: n, maxLength: n }),
      publishers: fc.array(ucdpItem, { minLength: n, maxLength: n }),
      dates: fc.array(day, { minLength: n, maxLength: n }),
      titles: fc.array(ucdpItem, { minLength: n, maxLength: n }),
    })
    .filter((r) => r.url || r.publisher || r.date || r.title)
    .map((r) =>
      Array.from(
        { length: n },
        (_, i): ImportedSource => ({
          title: r.title ? (r.titles[i] as string) : '',
          publisher: r.publisher ? (r.publishers[i] as string) : '',
          url: r.url ? (r.urls[i] as string) : null,
          date: r.date ? (r.dates[i] as string) : null,
        }),
      ),
    ),
);

export const ucdpEvent: fc.Arbitrary<ImportedEvent> = fc
  .record({
    id: ucdpNonEmpty.filter((t) => t !== 'id'),
    start: maybe(day),
    datePrec: fc.constantFrom(1, 2, 3, 4, 5),
    span: fc.integer({ min: 1, max: 6 }),
    point,
    wherePrec: fc.constantFrom(null, 1, 2, 3, 4, 5, 6, 7),
    place_name: ucdpNonEmpty,
    country: maybe(ucdpNonEmpty),
    admin1: maybe(ucdpNonEmpty),
    event_type: fc.oneof(
      fc.constantFrom('State-based conflict', 'Non-state conflict', 'One-sided violence'),
      ucdpText.filter((t) => violenceType(t) === null),
    ),
    actors: fc.uniqueArray(ucdpNonEmpty, { maxLength: 2 }),
    conflict: maybe(ucdpNonEmpty),
    dyad: maybe(ucdpNonEmpty),
    best: maybe(fc.nat()),
    low: maybe(fc.nat()),
    high: maybe(fc.nat()),
    summary: ucdpText,
    sources: ucdpSources,
    extra: fc.uniqueArray(fc.tuple(ucdpKey, ucdpNonEmpty), { maxLength: 4, selector: (p) => p[0] }),
  })
  .map((r) => {
    const e = newEvent(0, r.id);
    e.claimant = 'UCDP';
    e.extra = record(r.extra);
    if (r.start !== null) {
      const p = r.datePrec;
      const end =
        p === 1
          ? null
          : p === 2
            ? addDays(r.start, r.span)
            : p === 3
              ? addDays(r.start, 6)
              : p === 4
                ? addDays(r.start, 27)
                : addDays(r.start, 364);
      e.date = r.start;
      e.date_end = end;
      e.date_precision = p === 1 ? 1 : p <= 3 ? 2 : 3;
      e.extra.year = r.start.slice(0, 4);
      e.extra.date_prec = String(p);
    }
    if (r.point) {
      [e.lat, e.lon] = r.point;
      e.extra.geom_wkt = `POINT (${e.lon} ${e.lat})`;
      const w = r.wherePrec === null ? null : wherePrecision(r.wherePrec);
      e.geo_precision = w?.geo ?? null;
      e.point_kind = w?.kind ?? null;
    }
    if (r.wherePrec !== null) e.extra.where_prec = String(r.wherePrec);
    e.categories = plainRecord<string[]>();
    if (r.conflict) e.categories.conflict_name = [r.conflict];
    if (r.dyad) e.categories.dyad_name = [r.dyad];
    Object.assign(e, {
      place_name: r.place_name,
      country: r.country,
      admin1: r.admin1,
      event_type: r.event_type,
      actors: r.actors,
      fatalities: r.best,
      fatalities_low: r.low,
      fatalities_high: r.high,
      summary: r.summary,
      sources: r.sources,
    });
    return e;
  });

// ---- anything the type allows ----

const wildText = fc.oneof(rawText, fc.string({ unit: 'binary', maxLength: 8 }));
const wildKey = fc.oneof(wildText, hostileKey, fc.constantFrom(...ACLED_COLUMNS), fc.constantFrom(...GED_COLUMNS));
const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((x) => x + 0);

export const wildEvent: fc.Arbitrary<ImportedEvent> = fc
  .record({
    id: wildText,
    date: maybe(day),
    date_end: maybe(day),
    date_precision: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
    time: maybe(fc.constantFrom('00:00', '10:30')),
    point,
    geo_precision: fc.constantFrom(1, 2, 3, null) as fc.Arbitrary<1 | 2 | 3 | null>,
    point_kind: fc.constantFrom('located', 'centroid', 'country_centroid', 'water_or_air', null) as fc.Arbitrary<
      ImportedEvent['point_kind']
    >,
    place_name: wildText,
    country: maybe(wildText),
    admin1: maybe(wildText),
    event_type: fc.oneof(wildText, fc.constantFrom('State-based conflict', '2')),
    sub_event_type: maybe(wildText),
    claimant: wildText,
    actors: fc.array(wildText, { maxLength: 4 }),
    fatalities: maybe(fc.oneof(num, fc.nat())),
    fatalities_low: maybe(fc.oneof(num, fc.nat())),
    fatalities_high: maybe(fc.oneof(num, fc.nat())),
    title: wildText,
    summary: wildText,
    sources: fc.array(fc.record({ title: wildText, publisher: wildText, url: maybe(webUrl), date: maybe(day) }), { maxLength: 3 }),
    categories: fc.array(fc.tuple(wildKey, fc.array(wildText, { maxLength: 2 })), { maxLength: 3 }),
    extra: fc.array(fc.tuple(wildKey, wildText), { maxLength: 5 }),
    line: fc.nat(),
  })
  .map(({ point: p, categories, extra, ...e }) => ({
    ...e,
    lat: p ? p[0] : null,
    lon: p ? p[1] : null,
    categories: record(categories),
    extra: record(extra),
  }));

export const meta = {
  title: 'Testland incidents',
  description: 'Synthetic rows',
  time_zone: null,
  licence: 'CC BY 4.0',
  attribution: 'Test Team',
  source_url: 'https://example.org/',
};

/** Events without their line numbers (a row's line is where it sits in the file, not part of the record). */
export function withoutLine(events: ImportedEvent[]): Omit<ImportedEvent, 'line'>[] {
  return events.map(({ line: _line, ...rest }) => rest);
}

/** The named fields of each event, for comparing records on the fields a format carries. */
export function pick<K extends keyof ImportedEvent>(events: ImportedEvent[], fields: readonly K[]): Pick<ImportedEvent, K>[] {
  return events.map((e) => Object.fromEntries(fields.map((f) => [f, e[f]])) as Pick<ImportedEvent, K>);
}
