/** Fresh, empty values of the import types, so every importer starts from the same defaults. */
import { plainRecord, type ImportedEvent, type ImportReport } from './types';

export function newEvent(line: number, id: string): ImportedEvent {
  return {
    id,
    date: null,
    date_end: null,
    date_precision: 1,
    time: null,
    lon: null,
    lat: null,
    geo_precision: null,
    point_kind: null,
    place_name: '',
    country: null,
    admin1: null,
    event_type: '',
    sub_event_type: null,
    claimant: '',
    actors: [],
    fatalities: null,
    fatalities_low: null,
    fatalities_high: null,
    title: '',
    summary: '',
    sources: [],
    categories: plainRecord<string[]>(),
    extra: plainRecord<string>(),
    line,
  };
}

export function newReport(file: string, format: string): ImportReport {
  return { file, format, imported: 0, skipped: [], merged: 0, warnings: [], fatal: null };
}

/** Per report: how often each (column, message) was seen, so 10,000 identical warnings read as one line with a count. */
const seen = new WeakMap<ImportReport, Map<string, { index: number; count: number; message: string }>>();

export function addWarning(report: ImportReport, line: number | null, column: string | null, message: string): void {
  let byKey = seen.get(report);
  if (!byKey) {
    byKey = new Map();
    seen.set(report, byKey);
  }
  const key = `${column ?? ''}\u0000${message}`;
  const prior = byKey.get(key);
  if (prior && report.warnings[prior.index]?.message.startsWith(prior.message)) {
    prior.count++;
    report.warnings[prior.index].message = `${prior.message} (and ${prior.count - 1} more row${prior.count > 2 ? 's' : ''})`;
    return;
  }
  byKey.set(key, { index: report.warnings.length, count: 1, message });
  report.warnings.push({ line, column, message });
}

/** Events with coordinates grouped by exact `lat,lon` (first-seen order); `keep` filters which count. */
export function eventsByPoint(events: ImportedEvent[], keep: (e: ImportedEvent) => boolean = () => true): Map<string, ImportedEvent[]> {
  const at = new Map<string, ImportedEvent[]>();
  for (const e of events) {
    if (e.lat === null || e.lon === null || !keep(e)) continue;
    const key = `${e.lat},${e.lon}`;
    const list = at.get(key);
    if (list) list.push(e);
    else at.set(key, [e]);
  }
  return at;
}
