/**
 * The claims shown, as the files a reader downloads. CSV: RFC 4180, UTF-8 with a BOM so spreadsheet
 * programs read the Armenian and Azerbaijani letters, one row per claim with its sources; cells a
 * spreadsheet would run as a formula (starting with = + - @) get an apostrophe. GeoJSON: every
 * property kept.
 */
import type { Incident } from '../data/schema.ts';

const COLUMNS = [
  'id',
  'date',
  'date_end',
  'time',
  'date_precision',
  'place',
  'place_id',
  'longitude',
  'latitude',
  'geo_precision',
  'location_role',
  'event_type',
  'claimant',
  'claimant_side',
  'accused',
  'fatalities_claimed',
  'fatalities_of',
  'civilian_harm',
  'summary',
  'source_titles',
  'source_publishers',
  'source_urls',
  'source_dates',
  'related',
  'unplotted_reason',
  'unplotted_kind',
] as const;

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV's first line, with the BOM spreadsheet programs need (claimsCsv = head + one csvLine per claim). */
export const CSV_HEAD = `\uFEFF${COLUMNS.join(',')}\r\n`;

/** One claim as a CSV line, its CRLF included. */
export function csvLine(f: Incident): string {
  const p = f.properties;
  const [lon, lat] = f.geometry ? f.geometry.coordinates : [null, null];
  const values: Record<(typeof COLUMNS)[number], unknown> = {
    id: p.id,
    date: p.date,
    date_end: p.date_end,
    time: p.time,
    date_precision: p.date_precision,
    place: p.place_name,
    place_id: p.place_id,
    longitude: lon,
    latitude: lat,
    geo_precision: p.geo_precision,
    location_role: p.location_role,
    event_type: p.event_type,
    claimant: p.claimant_label,
    claimant_side: p.claimant_side,
    accused: p.accused,
    fatalities_claimed: p.fatalities_claimed,
    fatalities_of: p.fatalities_of,
    civilian_harm: p.civilian_harm,
    summary: p.summary,
    source_titles: p.sources.map((s) => s.title).join(' | '),
    source_publishers: p.sources.map((s) => s.publisher).join(' | '),
    source_urls: p.sources.map((s) => s.url).join(' | '),
    source_dates: p.sources.map((s) => s.date ?? '').join(' | '),
    related: p.related.join(' '),
    unplotted_reason: p.unplotted_reason,
    unplotted_kind: p.unplotted_kind,
  };
  return `${COLUMNS.map((c) => cell(values[c])).join(',')}\r\n`;
}

export function claimsCsv(incidents: readonly Incident[]): string {
  return CSV_HEAD + incidents.map(csvLine).join('');
}

/**
 * The same claims as GeoJSON, every property kept (unplaced claims have a null geometry); `meta`
 * says which window and which dataset (its title, credit line, licence and source) they come from.
 */
export type GeoJsonMeta = {
  window: string;
  licence: string;
  dataset?: { id: string; title: string; attribution: string; licence: string; sourceUrl: string | null };
};

/**
 * The GeoJSON file in parts, so a large export can be written a feature at a time (export/column-claims.ts)
 * and still come out as the very text claimsGeoJson gives: JSON.stringify's one-space indent, each
 * feature two levels deep. `feature` returns a feature's text; `end(count)` closes the file.
 */
export function geoJsonParts(meta: GeoJsonMeta): {
  head: string;
  feature: (f: Incident, first: boolean) => string;
  end: (count: number) => string;
} {
  const empty = JSON.stringify({ type: 'FeatureCollection', claimline: meta, features: [] }, null, 1);
  // `empty` ends with `"features": []\n}`: the features go between the brackets.
  const head = empty.slice(0, -'[]\n}'.length);
  return {
    head,
    feature: (f, first) => `${first ? '[\n' : ',\n'}  ${JSON.stringify(f, null, 1).replace(/\n/g, '\n  ')}`,
    end: (count) => (count === 0 ? '[]\n}\n' : '\n ]\n}\n'),
  };
}

export function claimsGeoJson(incidents: readonly Incident[], meta: GeoJsonMeta): string {
  const parts = geoJsonParts(meta);
  return parts.head + incidents.map((f, i) => parts.feature(f, i === 0)).join('') + parts.end(incidents.length);
}
