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

export function claimsCsv(incidents: readonly Incident[]): string {
  const rows = incidents.map((f) => {
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
    return COLUMNS.map((c) => cell(values[c])).join(',');
  });
  return `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * The same claims as GeoJSON, every property kept (unplaced claims have a null geometry); `meta`
 * says which window and which dataset (its title, credit line, licence and source) they come from.
 */
export function claimsGeoJson(
  incidents: readonly Incident[],
  meta: {
    window: string;
    licence: string;
    dataset?: { id: string; title: string; attribution: string; licence: string; sourceUrl: string | null };
  },
): string {
  return `${JSON.stringify({ type: 'FeatureCollection', claimline: meta, features: incidents }, null, 1)}\n`;
}
