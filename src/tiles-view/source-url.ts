/**
 * The archive `?src=` names, resolved as the app resolves `?data=` (config/data-url.ts): http(s)
 * only, the page's own origin (a relative path is) or one the page lists in
 * `<meta name="claimline-data-origins">`, which the host must also add to the CSP's `connect-src`.
 */
import { dataOrigins, resolveDataUrl } from '../config/data-url.ts';
import type { TilesKey } from '../i18n/tiles/index.ts';

/** An error's `why` is the key of the reason, to put in `vars.why` in the reader's language. */
export type SourceResult = { url: string; file: string } | { error: TilesKey; vars: Record<string, string>; why?: TilesKey };

const WHY: Record<string, TilesKey> = {
  dataUrlInvalid: 'tilesWhyInvalid',
  dataUrlScheme: 'tilesWhyScheme',
  dataUrlOrigin: 'tilesWhyOrigin',
};

export function archiveSource(search: string, pageUrl: string, doc: Document): SourceResult {
  const src = new URLSearchParams(search).get('src');
  if (src === null || src.trim() === '') return { error: 'tilesErrNoSrc', vars: {} };
  const resolved = resolveDataUrl(src, pageUrl, dataOrigins(doc));
  if ('error' in resolved)
    return { error: 'tilesErrAddress', vars: { value: resolved.vars.value, origin: resolved.vars.origin }, why: WHY[resolved.key] };
  return { url: resolved.url, file: fileName(resolved.url) };
}

/** The file's name as a reader knows it: the last part of the path. */
export function fileName(url: string): string {
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
}
