/**
 * Folding rows that share an `event_id_cnty`. ACLED's monadic layout lists one event on several
 * rows, one per actor (actor2 empty): those become one event with all actors. Rows with the same id
 * that are not split by actor are duplicates: an identical copy is folded, a differing one is kept
 * under a suffixed id, and both are reported: nothing valid is dropped.
 */
import type { RowEvent } from './acled-row.ts';
import { addWarning, eventsByPoint } from './event.ts';
import type { ImportedEvent, ImportReport } from './types.ts';

/** Fields compared between rows of one event: a difference is a conflict the editor should see. */
const COMPARED = [
  'date',
  'date_end',
  'lat',
  'lon',
  'place_name',
  'country',
  'admin1',
  'event_type',
  'sub_event_type',
  'fatalities',
  'summary',
] as const satisfies readonly (keyof ImportedEvent)[];

export type FoldResult = { events: ImportedEvent[]; monadic: boolean };

export function foldRows(rows: RowEvent[], report: ImportReport): FoldResult {
  const groups = new Map<string, RowEvent[]>();
  for (const r of rows) {
    const g = groups.get(r.event.id);
    if (g) g.push(r);
    else groups.set(r.event.id, [r]);
  }
  let monadic = false;
  const out: ImportedEvent[] = [];
  for (const [id, group] of groups) {
    const first = group[0] as RowEvent;
    if (group.length === 1) {
      out.push(first.event);
      continue;
    }
    const actorKeys = new Set(group.map((r) => r.event.actors.join('\u0000')));
    if (actorKeys.size > 1 && group.every((r) => !r.hasActor2)) {
      monadic = true;
      out.push(mergeMonadic(group, report));
      continue;
    }
    // Same id, not split by actor: duplicates.
    const kept: ImportedEvent[] = [first.event];
    for (const r of group.slice(1)) {
      if (kept.some((k) => sameEvent(k, r.event))) {
        report.merged += 1;
        addWarning(report, r.event.line, 'event_id_cnty', `row repeats event ${id} (line ${first.event.line}) exactly: folded`);
        continue;
      }
      const newId = `${id}#${kept.length + 1}`;
      addWarning(
        report,
        r.event.line,
        'event_id_cnty',
        `duplicate id ${id} (first on line ${first.event.line}) with different values: kept as ${newId}`,
      );
      r.event.id = newId;
      kept.push(r.event);
    }
    out.push(...kept);
  }
  return { events: out, monadic };
}

function mergeMonadic(group: RowEvent[], report: ImportReport): ImportedEvent {
  const base = (group[0] as RowEvent).event;
  for (const r of group.slice(1)) {
    const e = r.event;
    report.merged += 1;
    for (const a of e.actors) if (!base.actors.includes(a)) base.actors.push(a);
    for (const s of e.sources) if (!base.sources.some((b) => b.title === s.title)) base.sources.push(s);
    for (const [name, values] of Object.entries(e.categories)) {
      const into = base.categories[name] ?? [];
      for (const v of values) if (!into.includes(v)) into.push(v);
      base.categories[name] = into;
    }
    for (const key of COMPARED) {
      if (base[key] !== e[key]) {
        addWarning(
          report,
          e.line,
          key,
          `rows of event ${base.id} disagree on ${key} (line ${base.line}: ${show(base[key])}, line ${e.line}: ${show(e[key])}): kept line ${base.line}`,
        );
      }
    }
    // Extra columns: the first row's value stands; values only the later rows have are kept. Not
    // `event_date`: it is the coded day behind the first row's date range, which is the one kept.
    for (const [name, v] of Object.entries(e.extra)) if (name !== 'event_date' && !(name in base.extra)) base.extra[name] = v;
  }
  // The per-row actor-type columns describe one actor each; the event carries all of them as categories.
  return base;
}

function sameEvent(a: ImportedEvent, b: ImportedEvent): boolean {
  if (a.actors.join('\u0000') !== b.actors.join('\u0000')) return false;
  if (COMPARED.some((k) => a[k] !== b[k])) return false;
  const ak = Object.keys(a.extra);
  return ak.length === Object.keys(b.extra).length && ak.every((k) => a.extra[k] === b.extra[k]);
}

function show(v: unknown): string {
  if (v === null || v === '') return '(empty)';
  const s = String(v);
  return s.length > 40 ? `"${s.slice(0, 40)}…"` : `"${s}"`;
}

/**
 * Many events on exactly the same coordinates usually means the coder only knew the area and used
 * its centroid or capital: reported once per point, with the count.
 */
export function centroidWarnings(events: ImportedEvent[], report: ImportReport, min: number): void {
  const at = eventsByPoint(events);
  for (const [key, list] of at) {
    if (list.length < min) continue;
    const first = list[0] as ImportedEvent;
    const places = new Set(list.map((e) => e.place_name));
    const where = places.size === 1 ? ` (${first.place_name || 'no place name'})` : ` (${places.size} place names)`;
    addWarning(
      report,
      first.line,
      'latitude',
      `${list.length} events share the coordinates ${key.replace(',', ', ')}${where}: probably a centroid, not located points`,
    );
  }
}
