/**
 * The mapping step of the generic CSV/TSV importer: which column holds the latitude, the date, the
 * title… Each choice is found by name first and checked (or found) by the values of the first rows,
 * and records a confidence and a reason, so the mapping screen can show the first rows, say why a
 * column was picked, flag the doubtful ones, and hand a corrected mapping back to `importCsv`.
 */
import type { CsvTable } from './csv-read.ts';
import { type ColumnStats, columnStats, headerKey, share } from './csv-columns.ts';
import { coordinateChoices } from './csv-coords.ts';

export const CSV_ROLES = [
  'id',
  'lat',
  'lon',
  'coordinates',
  'date',
  'date_end',
  'time',
  'title',
  'description',
  'source_url',
  'source',
  'claimant',
  'category',
  'place',
  'fatalities',
] as const;
export type CsvRole = (typeof CSV_ROLES)[number];

export type MappingChoice = {
  /** The header name, or null when no column has this role. */
  column: string | null;
  /** 0..1: 0.9 and up found by name and confirmed by values; under 0.5 a guess the user should check. */
  confidence: number;
  reason: string;
};

/** `role`: the choice the note is about; it no longer applies once the user sets that role. */
export type MappingNote = { column: string | null; role: CsvRole | null; message: string };

export type CsvMapping = {
  /** The delimiter the file was read with; the user may correct it (the file is then read again). */
  delimiter: string;
  columns: Record<CsvRole, MappingChoice>;
  /** Order of the two numbers in the `coordinates` column. */
  coordinate_order: 'lat_lon' | 'lon_lat';
  /** How `11/01/2024` reads: month first (US) or day first. */
  date_order: 'dmy' | 'mdy';
  /** Doubts worth showing next to the mapping and in the report (swapped columns, guesses). */
  notes: MappingNote[];
};

/** Names by role, compared after `headerKey`, most specific first. */
const NAMES: Record<Exclude<CsvRole, 'lat' | 'lon' | 'coordinates'>, readonly string[]> = {
  id: ['id', 'eventid', 'uid', 'fid', 'identifier', 'recordid', 'incidentid', 'key', 'ref'],
  date: [
    'date',
    'eventdate',
    'datestart',
    'startdate',
    'start',
    'datefrom',
    'fromdate',
    'datetime',
    'timestamp',
    'when',
    'day',
    'occurred',
  ],
  date_end: ['dateend', 'enddate', 'end', 'dateto', 'todate', 'until', 'to', 'lastdate'],
  time: ['time', 'hour', 'timeofday', 'localtime', 'eventtime'],
  title: ['title', 'headline', 'name', 'eventname', 'label', 'event', 'subject'],
  description: ['description', 'desc', 'summary', 'notes', 'note', 'details', 'text', 'comment', 'comments', 'narrative'],
  source_url: ['sourceurl', 'url', 'link', 'sourcelink', 'href', 'source', 'sources', 'reference', 'references'],
  source: ['source', 'sources', 'sourcename', 'reference', 'citation', 'publisher', 'outlet'],
  claimant: ['claimant', 'claimedby', 'claimby', 'reportedby', 'accordingto', 'attributedto', 'party', 'side'],
  category: ['category', 'eventtype', 'type', 'kind', 'class', 'group', 'tag', 'tags'],
  place: ['place', 'location', 'placename', 'locality', 'town', 'city', 'village', 'site', 'address', 'settlement'],
  fatalities: ['fatalities', 'deaths', 'killed', 'dead', 'casualties', 'deathtoll', 'victims', 'best', 'kia'],
};

export function noChoice(reason = 'no column found'): MappingChoice {
  return { column: null, confidence: 0, reason };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The column a role's names pick, in the order the names are listed, among the columns still free. */
function byName(stats: ColumnStats[], names: readonly string[], taken: Set<string>): ColumnStats | null {
  for (const n of names) {
    const hit = stats.find((s) => !taken.has(s.name) && headerKey(s.name) === n);
    if (hit) return hit;
  }
  return null;
}

type Check = (s: ColumnStats) => number;
const checks: Partial<Record<CsvRole, { check: Check; min: number; what: string }>> = {
  date: { check: (s) => share(s, s.dates), min: 0.5, what: 'read as dates' },
  date_end: { check: (s) => share(s, s.dates), min: 0.3, what: 'read as dates' },
  time: { check: (s) => share(s, s.times), min: 0.5, what: 'read as times' },
  source_url: { check: (s) => share(s, s.urls), min: 0.3, what: 'are http(s) links' },
};

/** A role by name, trusted only when the values agree (a `date` column of free text is not a date). */
function nameChoice(role: keyof typeof NAMES, stats: ColumnStats[], taken: Set<string>): MappingChoice | null {
  const hit = byName(stats, NAMES[role], taken);
  if (!hit) return null;
  const rule = checks[role];
  if (!rule) return { column: hit.name, confidence: 0.9, reason: `named "${hit.name}"` };
  const ok = rule.check(hit);
  if (hit.nonEmpty > 0 && ok < rule.min) return null;
  return { column: hit.name, confidence: 0.95, reason: `named "${hit.name}"; ${pct(ok)} of the first rows ${rule.what}` };
}

/** A role by values alone: the first free column where most sample cells pass the check. */
function valueChoice(role: CsvRole, stats: ColumnStats[], taken: Set<string>, min: number): MappingChoice | null {
  const rule = checks[role];
  if (!rule) return null;
  const hit = stats.find((s) => !taken.has(s.name) && s.nonEmpty > 0 && rule.check(s) >= min);
  if (!hit) return null;
  return {
    column: hit.name,
    confidence: 0.7,
    reason: `${pct(rule.check(hit))} of the first rows of "${hit.name}" ${rule.what} (e.g. ${hit.samples.join(', ')})`,
  };
}

/** Slash dates such as `05/11/2024` are ambiguous; a first part over 12 settles day-first, a second over 12 month-first. */
function dateOrder(table: CsvTable, columns: (string | null)[]): { order: 'dmy' | 'mdy'; note: string | null } {
  let dayFirst = 0;
  let monthFirst = 0;
  let ambiguous = 0;
  for (const row of table.rows.slice(0, 1000)) {
    for (const c of columns) {
      if (!c) continue;
      const m = /^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}\b/.exec((row.cells[c] ?? '').trim());
      if (!m) continue;
      if (Number(m[1]) > 12) dayFirst++;
      else if (Number(m[2]) > 12) monthFirst++;
      else ambiguous++;
    }
  }
  if (dayFirst > 0 && monthFirst > 0)
    return { order: 'dmy', note: 'dates are written both day-first and month-first; read day-first, check them' };
  if (dayFirst > 0) return { order: 'dmy', note: null };
  if (monthFirst > 0) return { order: 'mdy', note: null };
  if (ambiguous === 0) return { order: 'mdy', note: null };
  // European exports (`;`, decimal commas) write the day first; elsewhere the US order is the common one.
  return table.delimiter === ';'
    ? { order: 'dmy', note: 'slash dates could be day- or month-first; read day-first (European file), check them' }
    : { order: 'mdy', note: 'slash dates could be day- or month-first; read month-first (US), check them' };
}

export function detectCsvMapping(table: CsvTable): CsvMapping {
  const stats = columnStats(table.header, table.rows);
  const taken = new Set<string>();
  const notes: CsvMapping['notes'] = [];
  const columns = {} as Record<CsvRole, MappingChoice>;
  const set = (role: CsvRole, choice: MappingChoice | null) => {
    columns[role] = choice ?? noChoice();
    if (choice?.column) taken.add(choice.column);
  };

  // Ids and counts first: their integer columns must not be taken for coordinates.
  set('id', nameChoice('id', stats, taken));
  set('fatalities', nameChoice('fatalities', stats, taken));
  const coords = coordinateChoices(stats, taken);
  set('lat', coords.lat);
  set('lon', coords.lon);
  set('coordinates', coords.coordinates);
  notes.push(...coords.notes);

  set('date', nameChoice('date', stats, taken) ?? valueChoice('date', stats, taken, 0.8));
  set('date_end', nameChoice('date_end', stats, taken));
  set('time', nameChoice('time', stats, taken));
  set('source_url', nameChoice('source_url', stats, taken) ?? valueChoice('source_url', stats, taken, 0.5));
  for (const role of ['title', 'description', 'claimant', 'category', 'place', 'source'] as const)
    set(role, nameChoice(role, stats, taken));

  if (!columns.lat.column && !columns.coordinates.column)
    notes.push({ column: null, role: 'lat', message: 'no latitude/longitude columns found: events are listed, not on the map' });
  if (!columns.date.column) notes.push({ column: null, role: 'date', message: 'no date column found: on the map, not on the timeline' });
  const order = dateOrder(table, [columns.date.column, columns.date_end.column]);
  if (order.note) notes.push({ column: columns.date.column, role: 'date', message: order.note });

  return { delimiter: table.delimiter, columns, coordinate_order: coords.order, date_order: order.order, notes };
}

/** What the user corrected in the mapping step: any role, the orders, the delimiter. */
export type MappingOverride = Partial<Omit<CsvMapping, 'columns'>> & { columns?: Partial<Record<CsvRole, MappingChoice>> };

/**
 * The detected mapping with the user's corrections on top. A detection note about a column the user
 * re-assigned no longer applies (they decided), so it is dropped.
 */
export function mergeMapping(detected: CsvMapping, given: MappingOverride | undefined): CsvMapping {
  if (!given) return detected;
  const overridden = new Set<string>();
  const roles = new Set<CsvRole>();
  for (const role of CSV_ROLES) {
    const g = given.columns?.[role];
    if (!g) continue;
    roles.add(role);
    // Setting one of the coordinate roles settles the others.
    if (role === 'lat' || role === 'lon' || role === 'coordinates') for (const r of ['lat', 'lon', 'coordinates'] as const) roles.add(r);
    const before = detected.columns[role].column;
    if (before) overridden.add(before);
    if (g.column) overridden.add(g.column);
  }
  return {
    delimiter: given.delimiter ?? detected.delimiter,
    columns: { ...detected.columns, ...given.columns },
    coordinate_order: given.coordinate_order ?? detected.coordinate_order,
    date_order: given.date_order ?? detected.date_order,
    notes: given.notes ?? detected.notes.filter((n) => !(n.role && roles.has(n.role)) && !(n.column && overridden.has(n.column))),
  };
}
