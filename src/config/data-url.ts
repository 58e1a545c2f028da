/**
 * Where a published page may load datasets from: `?data=` URLs (url-state.ts reads them) or the
 * default a `npm run build -- --data` build names in `<meta name="claimline-default-data">`.
 * Pure apart from reading two meta tags. Only http(s); the page's own origin, or another one the
 * host page lists in `<meta name="claimline-data-origins" content="https://a.example …">`, so a
 * link cannot make a newsroom's page show someone else's "claims" under its name.
 */
import { MAX_DATA_LENGTH, readDataParams, shown } from './url-state.ts';

export type DataUrlErrorKey = 'dataUrlInvalid' | 'dataUrlScheme' | 'dataUrlOrigin';
export type DataUrlResult =
  | { url: string }
  /** `error`: English, for the console and the banner; `key` and `vars`: the same for t(). */
  | { error: string; key: DataUrlErrorKey; vars: { value: string; origin: string } };

export const DATA_ORIGINS_META = 'claimline-data-origins';
export const DEFAULT_DATA_META = 'claimline-default-data';

// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is what this is for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The absolute URL to fetch for one `?data=` value, resolved against the page (`base`), or why not. */
export function resolveDataUrl(param: string, base: string, allowedOrigins: readonly string[]): DataUrlResult {
  const value = shown(param);
  const fail = (key: DataUrlErrorKey, why: string, origin = '') => ({
    error: `URL parameter "data": ${value} ${why}; ignored`,
    key,
    vars: { value, origin },
  });
  if (param.trim() === '' || param.length > MAX_DATA_LENGTH || CONTROL.test(param))
    return fail('dataUrlInvalid', 'is not a usable address');
  let url: URL;
  let page: URL;
  try {
    page = new URL(base);
    url = new URL(param, page);
  } catch {
    return fail('dataUrlInvalid', 'is not a usable address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('dataUrlScheme', 'is not an http(s) address');
  // "https://user:pw@host/" hides the real host from a quick look at the link.
  if (url.username || url.password) return fail('dataUrlInvalid', 'carries a user name or password');
  if (url.origin !== page.origin && !allowedOrigins.map(originOf).includes(url.origin))
    return fail('dataUrlOrigin', `is on ${url.origin}, which this page does not load data from`, url.origin);
  return { url: url.href };
}

/** An http(s) origin, or "" for anything else (so it matches nothing). */
function originOf(value: string): string {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : '';
  } catch {
    return '';
  }
}

const metaContent = (doc: Document, name: string): string =>
  doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() ?? '';

/** The other origins the host page allows datasets from (none unless it says so). */
export function dataOrigins(doc: Document): string[] {
  return metaContent(doc, DATA_ORIGINS_META).split(/\s+/).map(originOf).filter(Boolean);
}

/** The datasets to load at start-up: the `?data=` URLs, else the build's default, else none (the built-in data). */
export function defaultDataUrls(search: string, doc: Document): string[] {
  const given = readDataParams(new URLSearchParams(search));
  if (given.length) return given;
  const fallback = metaContent(doc, DEFAULT_DATA_META);
  return fallback ? [fallback] : [];
}
