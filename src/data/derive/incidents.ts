/**
 * Incidents: the fields every record derives from its own values and from the other records —
 * day numbers, whether it is a strike, whether it lies on the map, its id, the claims it is linked
 * to. Pure and worker-safe, so the data build and a browser import derive records the same way.
 */
import { linkRelated } from '../claim-groups.ts';
import { dayFromDate } from '../day.ts';
import type { Incident, IncidentProperties } from '../schema.ts';
import { makeIds } from './ids.ts';

/** A record before it has an id and links: what a reader (the research CSV, an importer) produces. */
export type DraftProperties = Omit<IncidentProperties, 'id' | 'related'>;
export type Draft = { rowId: string; props: DraftProperties; coordinates: [number, number] | null };

/**
 * Day numbers for a date and an optional end date (the same day when there is none); null when the
 * end is before the start. Both dates must be valid YYYY-MM-DD (dayFromDate throws otherwise).
 */
export function dayFields(date: string, dateEnd: string | null): { day: number; day_end: number } | null {
  const day = dayFromDate(date);
  const dayEnd = dateEnd ? dayFromDate(dateEnd) : day;
  return dayEnd < day ? null : { day, day_end: dayEnd };
}

/** The event types that are strikes when they land on a plotted target. */
export const STRIKE_TYPES: ReadonlySet<string> = new Set(['shelling', 'drone_strike', 'armed_clash', 'ceasefire_violation']);

/** A strike: a plotted record whose place was the target of a shelling, drone strike, clash or ceasefire violation. */
export function isStrike(plotted: boolean, locationRole: string, eventType: string): boolean {
  return plotted && locationRole === 'target' && STRIKE_TYPES.has(eventType);
}

/**
 * A record whose point lies off the map (an event abroad) keeps no point: it is listed and on the
 * timeline, not drawn, and so is no strike. Returns new values; a record on the map is unchanged.
 */
export function keepOnMap(draft: Draft, onMap: (coordinates: [number, number]) => boolean): Draft {
  if (!draft.coordinates || onMap(draft.coordinates)) return draft;
  return {
    ...draft,
    coordinates: null,
    props: {
      ...draft.props,
      geo_precision: null,
      unplotted_reason: 'outside the mapped region (an event abroad: shown on the timeline and in the list)',
      unplotted_kind: 'abroad',
      strike: false,
    },
  };
}

/** Chronological order: by day, then time (untimed last), then the row's id so the order is stable. */
export function sortDrafts(drafts: readonly Draft[]): Draft[] {
  return [...drafts].sort(
    (a, b) => a.props.day - b.props.day || (a.props.time ?? '99').localeCompare(b.props.time ?? '99') || a.rowId.localeCompare(b.rowId),
  );
}

/**
 * The records in chronological order with their ids (makeIds, honouring `pins`) and links to the
 * other claims about the same place and days (linkRelated). A place id that is not on the map
 * (`mappedPlaceIds`) is dropped: the record keeps only the place's name.
 */
export function deriveIncidents(
  drafts: readonly Draft[],
  pins: ReadonlyMap<string, string>,
  mappedPlaceIds: ReadonlySet<string>,
): Incident[] {
  const sorted = sortDrafts(drafts);
  const ids = makeIds(
    sorted.map((d) => ({ rowId: d.rowId, ...d.props })),
    pins,
  );
  const related = linkRelated(sorted.map((d, i) => ({ id: ids[i], ...d.props })));
  return sorted.map((d, i) => ({
    type: 'Feature',
    geometry: d.coordinates ? { type: 'Point', coordinates: d.coordinates } : null,
    properties: {
      id: ids[i],
      ...d.props,
      place_id: d.props.place_id && mappedPlaceIds.has(d.props.place_id) ? d.props.place_id : null,
      related: related[i],
    },
  }));
}
