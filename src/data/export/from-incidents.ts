/**
 * The view's records as events of the import shape, so the ACLED, UCDP and Claimline writers can
 * export any dataset on the page: an imported record goes back as the event it was read from (every
 * field of its file); a built-in claim is written from its own fields. Pure.
 */
import type { Category } from '../dataset.ts';
import { newEvent } from '../import/event.ts';
import type { ImportedEvent } from '../import/types.ts';
import type { Incident } from '../schema.ts';

export type Labels = { groups: readonly Category[]; eventTypes: readonly Category[] };

const labelOf = (list: readonly Category[], id: string) => list.find((c) => c.id === id)?.label.en ?? id;

export function incidentToEvent(f: Incident, labels: Labels, line: number): ImportedEvent {
  const p = f.properties;
  const e = newEvent(line, p.id);
  const point = f.geometry?.coordinates ?? null;
  Object.assign(e, {
    date: p.date,
    date_end: p.date_end,
    date_precision: p.date_precision,
    time: p.time,
    lon: point ? point[0] : null,
    lat: point ? point[1] : null,
    geo_precision: point ? p.geo_precision : null,
    point_kind: point ? 'located' : null,
    place_name: p.place_name,
    country: p.country,
    event_type: labelOf(labels.eventTypes, p.event_type),
    claimant: p.claimant_label,
    fatalities: p.fatalities_claimed,
    title: '',
    summary: p.summary,
    sources: p.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher,
      url: s.url?.startsWith('http') ? s.url : null,
      date: s.date,
    })),
  } satisfies Partial<ImportedEvent>);
  e.categories['claimant group'] = [labelOf(labels.groups, p.claimant_side)];
  e.extra.location_role = p.location_role;
  if (p.unplotted_reason) e.extra.unplotted_reason = p.unplotted_reason;
  if (p.notes) e.extra.notes = p.notes;
  return e;
}

export function incidentsToEvents(
  incidents: readonly Incident[],
  labels: Labels,
  originals: ReadonlyMap<string, ImportedEvent>,
): ImportedEvent[] {
  return incidents.map((f, i) => originals.get(f.properties.id) ?? incidentToEvent(f, labels, i + 1));
}
