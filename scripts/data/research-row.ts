/**
 * Turns one row of the research CSV (data/raw/sources/incidents-research.csv) into incident
 * properties, or into messages that name the row and the field. Pure: every lookup table is passed in.
 */
import { isDate } from '../../src/data/day.ts';
import { dayFields, isStrike } from '../../src/data/derive/incidents.ts';
import type { IncidentProperties, Side, Source } from '../../src/data/schema.ts';
import { FATALITY_PARTIES, LOCATION_ROLES, SOURCE_URL_RE, TIME_RE } from '../../src/data/schema.ts';
import type { GeocodeResult } from './geocode.ts';
import { weakSourceKind } from './weak-source.ts';

export type ResearchRow = Record<string, string>;
export type Claimant = { claimant: string; label: string; side: Side };

export type RowContext = {
  rowId: string;
  claimants: ReadonlyMap<string, Claimant>;
  /** The dataset's event type ids (data/raw/categories.csv). */
  eventTypes: ReadonlySet<string>;
  geocode: (place: string, country: string) => GeocodeResult;
};

export type RowResult =
  | { ok: true; properties: Omit<IncidentProperties, 'id' | 'related'>; coordinates: [number, number] | null }
  | { ok: false; errors: string[] };

/** De jure: Nagorno-Karabakh and the Lachin corridor are coded Azerbaijan (see data/README.md). */
const COUNTRY_CODES: Record<string, string> = {
  Armenia: 'AM',
  Azerbaijan: 'AZ',
  'Nagorno-Karabakh': 'AZ',
  Turkey: 'TR',
  Belgium: 'BE',
  Russia: 'RU',
  'United States': 'US',
  France: 'FR',
};
const DATE_PRECISION: Record<string, 1 | 2 | 3> = { day: 1, range: 2, month: 3 };
const NOT_A_STRIKE = /do not plot|not reported as a strike/i;

function accusedSide(value: string): 'armenia' | 'azerbaijan' | null | undefined {
  // The research names whom a claim blames in words ("Armenian armed formations in Karabakh"); the side is what filters use.
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if (/^armenia(n\b|$)/.test(v)) return 'armenia';
  if (/^azerbaijan(i\b|$)/.test(v)) return 'azerbaijan';
  return undefined;
}

export function parseResearchRow(row: ResearchRow, ctx: RowContext): RowResult {
  const errors: string[] = [];
  const fail = (field: string, message: string) => errors.push(`${ctx.rowId}: ${field}: ${message}`);

  const date = row.event_date?.trim() ?? '';
  if (!isDate(date)) fail('event_date', `"${date}" is not a valid YYYY-MM-DD date`);
  // The end of a range comes from an amendment, or from an "end: YYYY-MM-DD" note in the row.
  const dateEnd = row.date_end?.trim() || /\bend: (\d{4}-\d{2}-\d{2})\b/.exec(row.notes ?? '')?.[1] || null;
  if (dateEnd !== null && !isDate(dateEnd)) fail('date_end', `"${dateEnd}" is not a valid YYYY-MM-DD date`);

  const precision = DATE_PRECISION[row.date_precision?.trim() ?? ''];
  if (!precision) fail('date_precision', `"${row.date_precision}" is not day, range or month`);

  const time = row.time_local?.trim() || null;
  if (time !== null && !TIME_RE.test(time)) fail('time_local', `"${time}" is not HH:MM`);

  const eventType = row.event_type?.trim() ?? '';
  if (!ctx.eventTypes.has(eventType)) fail('event_type', `unknown type "${eventType}"`);
  const role = row.place_role?.trim() ?? '';
  if (!(LOCATION_ROLES as readonly string[]).includes(role)) fail('place_role', `unknown role "${role}"`);

  const claimant = ctx.claimants.get(row.claimant?.trim() ?? '');
  if (!claimant) fail('claimant', `"${row.claimant}" is not in data/raw/claimants.csv`);

  const accused = accusedSide(row.counterpart_accused ?? '');
  if (accused === undefined) fail('counterpart_accused', `"${row.counterpart_accused}" is not Armenia, Azerbaijan or empty`);

  let fatalities: number | null = null;
  const fatalText = row.fatalities_claimed?.trim() ?? '';
  if (fatalText !== '') {
    fatalities = Number(fatalText);
    if (!Number.isInteger(fatalities) || fatalities < 0) fail('fatalities_claimed', `"${fatalText}" is not a whole number`);
  }

  // Added by data/raw/fatalities-of.csv: whose dead the figure counts.
  const fatalitiesOf = row.fatalities_of?.trim() || null;
  if (fatalitiesOf !== null && !(FATALITY_PARTIES as readonly string[]).includes(fatalitiesOf))
    fail('fatalities_of', `"${fatalitiesOf}" is not armenia, azerbaijan or both`);
  if (fatalitiesOf !== null && fatalities === null) fail('fatalities_of', 'is set but fatalities_claimed is empty');

  const harm = row.civilian_harm?.trim() || 'unknown';
  if (!['yes', 'no', 'unknown'].includes(harm)) fail('civilian_harm', `"${harm}" is not yes, no or unknown`);

  const summary = row.summary?.trim() ?? '';
  if (!summary) fail('summary', 'is empty');

  const url = row.source_url?.trim() ?? '';
  if (!url) fail('source_url', 'the record has no source');
  else if (!SOURCE_URL_RE.test(url)) fail('source_url', `"${url}" is not an http(s) URL or seed:NNN`);
  const sourceDate = row.source_date?.trim() ?? '';

  const place = row.place ?? '';
  const geo = ctx.geocode(place, row.country_of_place ?? '');
  if (geo.kind === 'unknown') fail('place', `"${place}" (${row.country_of_place}) is not in data/raw/place-map.csv`);
  if (geo.kind === 'unplotted' && !geo.unplottedKind)
    fail('place', `"${place}" is unplotted with no unplotted_kind in data/raw/place-map.csv`);

  if (errors.length > 0 || !claimant || !precision) return { ok: false, errors };

  const days = dayFields(date, dateEnd);
  if (!days) return { ok: false, errors: [`${ctx.rowId}: date_end: ${dateEnd} is before ${date}`] };

  const notes = row.notes?.trim() ?? '';
  let unplottedReason = geo.kind === 'unplotted' ? geo.reason : null;
  let unplottedKind = geo.kind === 'unplotted' ? geo.unplottedKind : null;
  if (geo.kind === 'located' && NOT_A_STRIKE.test(notes)) {
    // The point exists, but putting the claim there would misrepresent it.
    unplottedReason = 'the research says this place is not where the event happened';
    unplottedKind = 'not_fair';
  }
  const plotted = geo.kind === 'located' && unplottedReason === null;

  const source: Source = {
    title: row.source_title?.trim() || '(title not captured)',
    publisher: row.source_publisher?.trim() || '(publisher not captured)',
    url,
    date: sourceDate && sourceDate !== 'n/a' ? sourceDate : null,
  };

  return {
    ok: true,
    coordinates: plotted && geo.kind === 'located' ? geo.coordinates : null,
    properties: {
      date,
      date_end: dateEnd,
      ...days,
      time,
      date_precision: precision,
      geo_precision: plotted && geo.kind === 'located' ? geo.precision : null,
      place_id: geo.kind === 'located' ? geo.placeId : null,
      place_name: place,
      country: COUNTRY_CODES[row.country_of_place?.trim() ?? ''] ?? null,
      location_role: role as IncidentProperties['location_role'],
      event_type: eventType as IncidentProperties['event_type'],
      claimant: claimant.claimant,
      claimant_label: claimant.label,
      claimant_side: claimant.side,
      accused: accused ?? null,
      fatalities_claimed: fatalities,
      fatalities_of: fatalitiesOf as IncidentProperties['fatalities_of'],
      civilian_harm: harm as IncidentProperties['civilian_harm'],
      summary,
      sources: [source],
      strike: isStrike(plotted, role, eventType) && !NOT_A_STRIKE.test(notes),
      context: /\bcontext\b/i.test(notes) && Number(date.slice(0, 4)) < 2022,
      weak_source: weakSourceKind(source),
      unplotted_reason: plotted ? null : (unplottedReason ?? 'no mappable place'),
      unplotted_kind: plotted ? null : unplottedKind,
      notes,
    },
  };
}
