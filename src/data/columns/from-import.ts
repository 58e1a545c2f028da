/**
 * An import result as an event file (docs/columnar-file.md), built in memory: the one recipe both
 * `npm run build -- --data` (scripts/build/event-files.ts) and the import worker use, so a large file
 * a reader opens is shown exactly as the same file published. Worker-safe: no DOM, no Node.
 */
import { bothSidesIds } from '../claim-groups.ts';
import { combineDatasets } from '../combine.ts';
import { groupIds } from '../dataset.ts';
import { convertImport } from '../import/convert.ts';
import type { ImportResult } from '../import/types.ts';
import { type EventMeta, EVENT_TEXT_CHUNK, writeEventFile } from './event-file.ts';
import { columnsFromIncidents } from './store.ts';

/**
 * From this many records on, a dataset is shown as an event file (columns, text read per chunk), not
 * as records: every view reads a record dataset in full (about 1.8 KB of heap a record), while an
 * event file holds columns only. The build counts the file's rows; the import worker its events.
 */
export const COLUMNS_FROM = 50_000;

export type EventFiles = { columns: Uint8Array; text: Uint8Array; meta: EventMeta; metaText: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The event file of `result`, alone (no other dataset: ids and groups as the file names them). Rows
 * are the records the map draws, in the claims table's date order (table-order.ts), which a page then
 * takes as it is instead of ranking a million rows on its main thread; events without a date or a
 * point, and regions, are not rows (`messages` says how many, for the banner). Each row's text is its
 * full record (IncidentProperties), so the details panel can be rebuilt from it.
 */
export function eventFileOfImport(
  result: ImportResult,
  chunkSize = EVENT_TEXT_CHUNK,
): { files: EventFiles; messages: string[] } | { error: string } {
  const { converted, messages } = convertImport(result, { builtIn: null, imports: [] });
  const combined = converted && combineDatasets(null, [converted]);
  if (!converted || !combined) return { error: messages.join('; ') || result.report.fatal || 'nothing to show' };
  const { dataset, datasetOf } = combined;
  const collator = new Intl.Collator();
  const incidents = [...dataset.incidents].sort(
    ({ properties: a }, { properties: b }) =>
      a.day - b.day || a.day_end - b.day_end || collator.compare(a.time ?? '99', b.time ?? '99') || collator.compare(a.id, b.id),
  );
  const cols = columnsFromIncidents(incidents, {
    groups: groupIds(dataset),
    bothSides: bothSidesIds(incidents, dataset.meta.parties),
    datasetOf: (p) => datasetOf.get(p.id) ?? '',
  });
  const written = writeEventFile(
    cols,
    incidents.map((f) => f.properties),
    chunkSize,
    { meta: dataset.meta, categories: dataset.categories, claimants: dataset.claimants },
  );
  // As columns only dated, placed records are drawn: the hollow circles of undated events are not.
  const file = result.report.file;
  const notes: string[] = [];
  if (converted.undated.length > 0)
    notes.push(
      `${file}: ${plural(converted.undated.length, 'event')} without a date: not drawn (a file this large is shown as columns, dated events only); in the report and the saved file`,
    );
  if (converted.undatedUnplaced > 0)
    notes.push(
      `${file}: ${plural(converted.undatedUnplaced, 'event')} with neither a date nor a point: in the report and the saved file only`,
    );
  if (converted.regions.length > 0)
    notes.push(`${file}: ${plural(converted.regions.length, 'region')} not drawn (a file this large is shown as columns, events only)`);
  if (written.meta.count === 0) notes.push(`${file}: nothing to show`);
  return { files: { ...written, metaText: JSON.stringify(written.meta) }, messages: notes };
}
