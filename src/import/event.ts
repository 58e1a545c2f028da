/** STUB of the i11-core API (replaced by i11-core's module on merge). */
import { type ImportedEvent, type ImportReport, plainRecord } from './types.ts';

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
export function addWarning(report: ImportReport, line: number | null, column: string | null, message: string): void {
  if (report.warnings.some((w) => w.line === line && w.column === column && w.message === message)) return;
  report.warnings.push({ line, column, message });
}
