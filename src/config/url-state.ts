/**
 * The only reader and writer of URL parameters. Parsing never throws: a malformed, unknown or
 * repeated parameter is dropped with a warning that names it (its value cut short), and the rest
 * is kept. Serialising writes every parameter from the state, so what was ignored never reaches a
 * share link.
 *
 * ?date=2022-09-13                  "as of" a date
 * ?from=2022-09-12&to=2022-09-14    a range
 * &layers=incidents,regions         visible layers
 * &sides=armenia,azerbaijan         whose claims are shown (all when absent)
 * &map=7.5/40.05/45.9               zoom/latitude/longitude (as on openstreetmap.org)
 * &incident=<id>                    the open claim
 * &story=<id>&step=<n>              a story and its step (from 1)
 * &lang=en|hy|az|ru                 the interface language
 * ?embed&childId=<id>               the embed, and the id a pym.js parent gave it
 * &data=<url>&data=<url>            datasets to load (repeatable; checked by data-url.ts)
 */
import { visibleText } from '../data/visible-text.ts';
import { dateFromDay, dayFromDate, isDate } from '../data/day.ts';
import { isValidChildId } from '../embed/child-id.ts';
import { LANGUAGES, type Lang } from '../i18n/index.ts';
import { type AppState, LAYER_IDS, type MapView, type StoryPosition } from '../state/app-state.ts';

export type UrlState = Partial<Pick<AppState, 'mode' | 'from' | 'to' | 'layers' | 'sides' | 'selected' | 'view' | 'story' | 'lang'>>;
/**
 * Options of the page itself rather than of the view: an embed, its pym.js id, and the `?data=`
 * URLs as given (fixed at start-up, so not in the store; written back as they are).
 */
export type UrlOptions = { embed: boolean; childId: string | null; data?: readonly string[] };
export type ParsedUrl = { state: UrlState; options: UrlOptions; warnings: string[] };
export type UrlContext = {
  first: number;
  last: number;
  hasIncident?: (id: string) => boolean;
  /** Ids of the stories the app can tell. */
  stories?: readonly string[];
  /** The language the reader gets without `?lang=` (the browser's preference). */
  defaultLang?: Lang;
  /**
   * The dataset's claimant group ids, the values `?sides=` accepts (the built-in dataset's are the
   * same as before groups came from data, so old links work). Unknown before the data is loaded:
   * then `?sides=` is not read.
   */
  groups?: readonly string[];
};

/** Parameters pym.js adds to an embed's URL; accepted and not kept. */
const PYM = ['initialWidth', 'parentTitle', 'parentUrl'];
const OWN = ['data', 'embed', 'lang', 'date', 'from', 'to', 'layers', 'sides', 'map', 'incident', 'story', 'step', 'childId', ...PYM];
const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;
const ID = /^[a-z0-9-]{1,120}$/;

/** A value as a warning shows it: quoted, cut to 40 characters, invisible and bidi controls escaped. */
export function shown(value: string): string {
  return `"${visibleText(value.length > 40 ? `${value.slice(0, 40)}…` : value)}"`;
}

export function parseUrlState(search: string, ctx: UrlContext): ParsedUrl {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const warn = (name: string, message: string) => warnings.push(`URL parameter "${name}": ${message}`);
  for (const name of new Set(params.keys())) {
    if (!OWN.includes(name)) warnings.push(`URL parameter ${shown(name)}: unknown; ignored`);
    else if (name !== 'data' && params.getAll(name).length > 1) warn(name, `given ${params.getAll(name).length} times; the first is used`);
  }
  const get = (name: string) => params.get(name);
  const state: UrlState = {};

  const clamp = (name: string, day: number) => {
    const kept = Math.min(ctx.last, Math.max(ctx.first, day));
    if (kept !== day)
      warn(
        name,
        `${dateFromDay(day)} is outside the data (${dateFromDay(ctx.first)} to ${dateFromDay(ctx.last)}); ${dateFromDay(kept)} is used`,
      );
    return kept;
  };
  const date = (name: string): number | null => {
    const value = get(name);
    if (value === null) return null;
    if (!isDate(value)) {
      warn(name, `${shown(value)} is not a date like 2022-09-13; ignored`);
      return null;
    }
    return dayFromDate(value);
  };
  const asOf = date('date');
  const from = date('from');
  const to = date('to');
  if (from !== null && to !== null) {
    if (from > to) warn('from', `${dateFromDay(from)} is after "to" ${dateFromDay(to)}; ignored`);
    else Object.assign(state, { mode: 'range', from: clamp('from', from), to: clamp('to', to) });
  } else if (from !== null || to !== null) {
    warn(from !== null ? 'from' : 'to', '"from" and "to" must be given together; ignored');
  }
  if (asOf !== null) {
    if (state.mode === undefined) Object.assign(state, { mode: 'asof', from: ctx.first, to: clamp('date', asOf) });
    else warn('date', 'a range is given too; the range is used');
  }

  const layers = parseList(get('layers'), 'layers', LAYER_IDS, warn);
  if (layers) state.layers = layers;
  const sides = ctx.groups ? parseList(get('sides'), 'sides', ctx.groups, warn) : null;
  if (sides) state.sides = sides;

  const map = get('map');
  if (map !== null) {
    const view = parseView(map);
    if (view) state.view = view;
    else warn('map', `${shown(map)} is not zoom/latitude/longitude in decimals, like 8/40.1/45.7; ignored`);
  }

  const incident = get('incident');
  if (incident !== null) {
    if (!ID.test(incident) || (ctx.hasIncident && !ctx.hasIncident(incident))) warn('incident', `no claim ${shown(incident)}; ignored`);
    else state.selected = incident;
  }

  const story = parseStory(get('story'), get('step'), ctx, warn);
  if (story) state.story = story;

  const lang = get('lang');
  if (lang !== null) {
    if ((LANGUAGES as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else warn('lang', `${shown(lang)} is not one of ${LANGUAGES.join(', ')}; ignored`);
  }

  const embed = get('embed');
  if (embed !== null && embed !== '' && embed !== '1' && embed !== 'true') warn('embed', `takes no value; ${shown(embed)} ignored`);
  const childId = get('childId');
  let validChild: string | null = null;
  if (childId !== null) {
    if (isValidChildId(childId)) validChild = childId;
    else warn('childId', `${shown(childId)} is not 1 to 64 letters, digits, "-" or "_" (without "xPYMx"); the default is used`);
  }
  const data = readDataParams(params, warn);
  return { state, options: { embed: embed !== null, childId: validChild, data }, warnings };
}

/** More datasets than anyone combines on one map; the rest are a mistake or an attack. */
export const MAX_DATA_PARAMS = 8;
/** Longer than any honest dataset URL; a warning and a share link need not carry megabytes. */
export const MAX_DATA_LENGTH = 2000;

/** The `?data=` values in order: empty, overlong and surplus ones are dropped with a warning. */
export function readDataParams(params: URLSearchParams, warn: (name: string, message: string) => void = () => {}): string[] {
  const kept: string[] = [];
  for (const value of params.getAll('data')) {
    if (value.trim() === '') warn('data', 'empty; ignored');
    else if (value.length > MAX_DATA_LENGTH) warn('data', `${shown(value)} is longer than ${MAX_DATA_LENGTH} characters; ignored`);
    else if (kept.length >= MAX_DATA_PARAMS) warn('data', `more than ${MAX_DATA_PARAMS} given; ${shown(value)} ignored`);
    else kept.push(value);
  }
  return kept;
}

/** "zoom/lat/lng" in plain decimals (no hex, no exponent, no empty parts), within the map's range. */
function parseView(value: string): MapView | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}

/**
 * A comma-separated subset of `allowed`; unknown names are dropped with a warning. Only unknown
 * names (a typo) means the parameter is ignored, not "show nothing"; an empty value is kept as empty.
 */
function parseList<T extends string>(
  value: string | null,
  name: string,
  allowed: readonly T[],
  warn: (n: string, m: string) => void,
): Set<T> | null {
  if (value === null) return null;
  const names = value.split(',').filter(Boolean);
  const isKnown = (n: string): n is T => (allowed as readonly string[]).includes(n);
  const unknown = names.filter((n) => !isKnown(n));
  if (unknown.length) warn(name, `unknown value(s) ${unknown.slice(0, 5).map(shown).join(', ')}${unknown.length > 5 ? ' …' : ''}; ignored`);
  const known = names.filter(isKnown);
  if (known.length === 0 && unknown.length > 0) return null;
  return new Set(known);
}

function parseStory(id: string | null, step: string | null, ctx: UrlContext, warn: (n: string, m: string) => void): StoryPosition {
  if (id === null) {
    if (step !== null) warn('step', 'needs "story"; ignored');
    return null;
  }
  // Own names only: "toString" or "__proto__" must not be found on an object's prototype.
  if (!(ctx.stories ?? []).includes(id)) {
    warn('story', `no story ${shown(id)}; ignored`);
    if (step !== null) warn('step', 'belongs to the ignored story; ignored');
    return null;
  }
  if (step === null) return { id, step: 0 };
  if (!/^\d{1,3}$/.test(step) || Number(step) < 1) {
    warn('step', `${shown(step)} is not a step number from 1; the first step is shown`);
    return { id, step: 0 };
  }
  return { id, step: Number(step) - 1 };
}

/**
 * The query string for a state: the page's options first (`?embed` valueless, as people type it),
 * then the view. The language when it differs from the reader's default, the layers and
 * sides only when some are hidden.
 */
/** `ctx.groups`: the dataset's groups; `sides` is left out where all of them are shown (or they are not known). */
export function serializeUrlState(
  state: AppState,
  options: UrlOptions,
  ctx: { defaultLang?: Lang | null; groups?: readonly string[] } = {},
): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${encode(value)}`);
  if (options.embed) parts.push('embed');
  // The datasets first: they decide what every other parameter refers to.
  for (const url of options.data ?? []) add('data', url);
  // `defaultLang: null`: always name the language (a link handed to readers with other defaults).
  if (ctx.defaultLang === null || state.lang !== (ctx.defaultLang ?? 'en')) add('lang', state.lang);
  if (state.mode === 'range') {
    add('from', dateFromDay(state.from));
    add('to', dateFromDay(state.to));
  } else {
    add('date', dateFromDay(state.to));
  }
  if (state.layers.size !== LAYER_IDS.length) add('layers', LAYER_IDS.filter((l) => state.layers.has(l)).join(','));
  const groups = ctx.groups ?? [];
  if (groups.some((g) => !state.sides.has(g))) add('sides', groups.filter((s) => state.sides.has(s)).join(','));
  if (state.view) {
    const { zoom, lat, lng } = state.view;
    add('map', `${zoom.toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`);
  }
  if (state.selected) add('incident', state.selected);
  if (state.story) {
    add('story', state.story.id);
    add('step', String(state.story.step + 1));
  }
  if (options.embed && options.childId) add('childId', options.childId);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Percent-encodes what needs it, keeping "/" and "," readable in the address bar. */
const encode = (value: string) => encodeURIComponent(value).replace(/%2F/g, '/').replace(/%2C/g, ',');
