/**
 * The links the share dialog and the embed hand out: the full view of the current state, the
 * embed URL, and a ready-to-paste iframe snippet. Pure: state and page URL in, strings out.
 */
import type { AppState } from '../state/app-state.ts';
import { serializeUrlState } from './url-state.ts';

/** Parameters that only make sense inside one embed (pym.js adds the last four). */
const EMBED_ONLY = ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl'];

/** The page URL for the state: the full view, or the embed with `embed: true`. */
export function viewUrl(state: AppState, pageUrl: string, options: { embed?: boolean; lang?: string } = {}): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams(serializeUrlState(state, url.search));
  for (const name of EMBED_ONLY) params.delete(name);
  if (options.lang) params.set('lang', options.lang);
  const rest = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  // "?embed" first and valueless, as people type it.
  const search = options.embed ? `?embed${rest ? `&${rest}` : ''}` : rest ? `?${rest}` : '';
  return `${url.origin}${url.pathname}${search}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An iframe plus the loader script that keeps its height right. */
export function embedSnippet(state: AppState, pageUrl: string, options: { title: string; lang: string; height: number }): string {
  const src = viewUrl(state, pageUrl, { embed: true, lang: options.lang });
  // The loader sits next to index.html: "/claimline" is the folder "/claimline/", not a file.
  const { origin, pathname } = new URL(pageUrl);
  const folder = pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  const loader = new URL('embed.js', origin + folder).href;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(options.title)}" width="100%" height="${options.height}" ` +
    `style="border:0;width:100%;max-width:1200px" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(loader)}" async></script>`
  );
}
