/**
 * Warnings across the rows of a generic CSV that an editor needs before trusting it on a map. Nothing
 * here drops an event: duplicate ids are renamed so both rows stay, the rest is only reported.
 */
import { addWarning, eventsByPoint } from './event.ts';
import type { ImportedEvent, ImportReport } from './types.ts';

/** How many rows on exactly one point make it look like a centroid. */
export const CENTROID_ROWS = 10;

export function warnSharedPoints(events: ImportedEvent[], report: ImportReport, column: string | null, min = CENTROID_ROWS): void {
  const at = eventsByPoint(events);
  for (const [key, list] of at) {
    if (list.length < min) continue;
    const lines = list.map((e) => e.line);
    const shown = lines.slice(0, 8).join(', ') + (lines.length > 8 ? ', …' : '');
    addWarning(
      report,
      lines[0],
      column,
      `${list.length} rows share the coordinates ${key} (lines ${shown}): probably a centroid, not exact places`,
    );
  }
}

/** A second row with an id already seen keeps its data under `<id>#2`, so a view keyed by id shows both. */
export function dedupeIds(events: ImportedEvent[], report: ImportReport, column: string | null): void {
  const first = new Map<string, ImportedEvent>();
  const count = new Map<string, number>();
  for (const e of events) {
    const seen = first.get(e.id);
    if (!seen) {
      first.set(e.id, e);
      continue;
    }
    const n = (count.get(e.id) ?? 1) + 1;
    count.set(e.id, n);
    const original = e.id;
    e.id = `${original}#${n}`;
    addWarning(report, e.line, column, `duplicate id ${original} (first on line ${seen.line}); kept as ${e.id}`);
  }
}

/** Dates after `today`: a typo, or day and month read the wrong way round. */
export function warnFutureDates(events: ImportedEvent[], report: ImportReport, column: string | null, today: string): void {
  for (const e of events) {
    if (e.date !== null && e.date > today) addWarning(report, e.line, column, `date ${e.date} is in the future`);
  }
}

/** Today as YYYY-MM-DD from an injectable `now` (tests, builds), else the clock (UTC). */
export function todayOf(now: string | Date | undefined): string {
  if (typeof now === 'string' && /^\d{4}-\d{2}-\d{2}/.test(now)) return now.slice(0, 10);
  const d = now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
  return d.toISOString().slice(0, 10);
}
