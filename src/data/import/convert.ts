/**
 * An import result joined to the datasets already shown: its groups, record ids and event types
 * must not collide with theirs. Also the one-line summary the banner shows for a file opened
 * without the dialog (`?data=`). Loaded on demand with the importers' other page-side code.
 */
import type { BuiltIn } from '../combine.ts';
import type { Category } from '../dataset.ts';
import { type ConvertedImport, toIncidents } from './to-incidents.ts';
import type { ImportResult } from './types.ts';
import { CANCELLED } from './worker-protocol.ts';

export type Existing = { builtIn: BuiltIn | null; imports: readonly ConvertedImport[] };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "events.csv: 120 events imported, 3 skipped, 2 merged, 5 warnings". */
export function reportLine(result: ImportResult): string {
  const r = result.report;
  const parts = [`${plural(r.imported, 'event')} imported`, `${r.skipped.length} skipped`];
  if (r.merged) parts.push(`${r.merged} merged`);
  if (r.warnings.length) parts.push(plural(r.warnings.length, 'warning'));
  return `${r.file}: ${parts.join(', ')} (${r.format})`;
}

export function convertImport(result: ImportResult, existing: Existing): { converted: ConvertedImport | null; messages: string[] } {
  const { report } = result;
  if (report.fatal) return { converted: null, messages: report.fatal === CANCELLED ? [] : [report.fatal] };
  const groups = new Set<string>();
  const ids = new Set<string>();
  const eventTypes = new Map<string, Category>();
  if (existing.builtIn) {
    for (const g of existing.builtIn.file.categories.groups) groups.add(g.id);
    for (const c of existing.builtIn.file.categories.eventTypes) eventTypes.set(c.id, c);
    for (const f of existing.builtIn.incidents) ids.add(f.properties.id);
  }
  for (const imp of existing.imports) {
    groups.add(imp.group.id);
    for (const c of imp.eventTypes) eventTypes.set(c.id, c);
    for (const f of imp.incidents) ids.add(f.properties.id);
  }
  const converted = toIncidents(result, 100 + existing.imports.length, { groups, ids, eventTypes });
  const messages: string[] = [];
  if (converted.undated.length > 0)
    messages.push(
      `${report.file}: ${plural(converted.undated.length, 'event')} without a date: drawn as hollow circles at every date, on the map but not on the timeline`,
    );
  if (converted.undatedUnplaced > 0)
    messages.push(
      `${report.file}: ${plural(converted.undatedUnplaced, 'event')} with neither a date nor a point: in the report and the saved file only`,
    );
  if (converted.incidents.length + converted.regions.length + converted.undated.length === 0)
    messages.push(`${report.file}: nothing to show`);
  return { converted, messages };
}
