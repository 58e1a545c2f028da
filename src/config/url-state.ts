/**
 * The URL holds what a reader can share: the date or range, the layers, the map view and the
 * selected incident. Parsing never throws: a malformed parameter is dropped with a warning that
 * names it, and the rest is kept.
 *
 * ?date=2022-09-13                  "as of" a date
 * ?from=2022-09-12&to=2022-09-14   a range
 * &layers=incidents,regions         visible layers
 * &sides=armenia,azerbaijan         whose claims are shown (all when absent)
 * &map=7.5/40.05/45.9               zoom/latitude/longitude (as on openstreetmap.org)
 * &incident=<id>                    the open details panel
 */
import { dateFromDay, dayFromDate, isDate } from '../data/day.ts';
import { LAYER_IDS, SIDES, type AppState, type MapView } from '../state/app-state.ts';

export type UrlState = Partial<Pick<AppState, 'mode' | 'from' | 'to' | 'layers' | 'sides' | 'selected' | 'view'>>;
export type ParsedUrl = { state: UrlState; warnings: string[] };
export type UrlContext = { first: number; last: number; hasIncident?: (id: string) => boolean };

const clampDay = (day: number, ctx: UrlContext) => Math.min(ctx.last, Math.max(ctx.first, day));

function parseDate(params: URLSearchParams, name: string, warnings: string[]): number | null {
  const value = params.get(name);
  if (value === null) return null;
  if (!isDate(value)) {
    warnings.push(`URL parameter "${name}": "${value}" is not a date like 2022-09-13; ignored`);
    return null;
  }
  return dayFromDate(value);
}

function parseView(value: string, warnings: string[]): MapView | null {
  const parts = value.split('/').map(Number);
  const [zoom, lat, lng] = parts;
  if (
    parts.length !== 3 ||
    parts.some((n) => !Number.isFinite(n)) ||
    zoom! < 0 ||
    zoom! > 22 ||
    Math.abs(lat!) > 85 ||
    Math.abs(lng!) > 180
  ) {
    warnings.push(`URL parameter "map": "${value}" is not zoom/latitude/longitude; ignored`);
    return null;
  }
  return { zoom: zoom!, lat: lat!, lng: lng! };
}

/**
 * A comma-separated subset of `allowed`; unknown names are dropped with a warning. Only unknown
 * names (a typo) means the parameter is ignored, not "show nothing"; an empty value is kept as empty.
 */
function parseList<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], warnings: string[]): Set<T> | null {
  const value = params.get(name);
  if (value === null) return null;
  const names = value.split(',').filter(Boolean);
  const known = names.filter((n): n is T => (allowed as readonly string[]).includes(n));
  const unknown = names.filter((n) => !(allowed as readonly string[]).includes(n));
  if (unknown.length)
    warnings.push(`URL parameter "${name}": unknown value(s) ${unknown.map((n) => `"${n.slice(0, 40)}"`).join(', ')}; ignored`);
  if (known.length === 0 && unknown.length > 0) return null;
  return new Set(known);
}

export function parseUrlState(search: string, ctx: UrlContext): ParsedUrl {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const state: UrlState = {};

  const date = parseDate(params, 'date', warnings);
  const from = parseDate(params, 'from', warnings);
  const to = parseDate(params, 'to', warnings);
  if (from !== null && to !== null) {
    if (from > to) warnings.push(`URL parameters "from"/"to": ${dateFromDay(from)} is after ${dateFromDay(to)}; ignored`);
    else Object.assign(state, { mode: 'range', from: clampDay(from, ctx), to: clampDay(to, ctx) });
  } else if (from !== null || to !== null) {
    warnings.push('URL parameters "from" and "to" must be given together; ignored');
  }
  if (state.mode === undefined && date !== null) {
    Object.assign(state, { mode: 'asof', from: ctx.first, to: clampDay(date, ctx) });
  }

  const layers = parseList(params, 'layers', LAYER_IDS, warnings);
  if (layers) state.layers = layers;
  const sides = parseList(params, 'sides', SIDES, warnings);
  if (sides) state.sides = sides;

  const map = params.get('map');
  if (map !== null) {
    const view = parseView(map, warnings);
    if (view) state.view = view;
  }

  const incident = params.get('incident');
  if (incident !== null) {
    if (!/^[a-z0-9-]{1,120}$/.test(incident) || (ctx.hasIncident && !ctx.hasIncident(incident))) {
      warnings.push(`URL parameter "incident": no incident "${incident.slice(0, 120)}"; ignored`);
    } else {
      state.selected = incident;
    }
  }
  return { state, warnings };
}

/** Serialises the shareable part of the state, keeping any parameters this module does not own. */
export function serializeUrlState(state: AppState, base: string): string {
  const params = new URLSearchParams(base);
  for (const name of ['date', 'from', 'to', 'layers', 'sides', 'map', 'incident']) params.delete(name);
  if (state.mode === 'range') {
    params.set('from', dateFromDay(state.from));
    params.set('to', dateFromDay(state.to));
  } else {
    params.set('date', dateFromDay(state.to));
  }
  if (state.layers.size !== LAYER_IDS.length) params.set('layers', LAYER_IDS.filter((l) => state.layers.has(l)).join(','));
  if (state.sides.size !== SIDES.length) params.set('sides', SIDES.filter((s) => state.sides.has(s)).join(','));
  if (state.view) {
    const { zoom, lat, lng } = state.view;
    params.set('map', `${zoom.toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`);
  }
  if (state.selected) params.set('incident', state.selected);
  const text = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
