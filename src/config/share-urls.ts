/**
 * The links the share dialog and the embed hand out: the full view of the current state, the
 * embed URL, and a ready-to-paste iframe snippet. Pure: state and page URL in, strings out. Every
 * parameter comes from the state through url-state.ts, so nothing the page's URL held but the
 * app ignored (a bad value, an unknown name) is passed on.
 */
import type { AppState } from '../state/app-state.ts';
import { serializeUrlState, type UrlContext } from './url-state.ts';

export type ViewUrlOptions = {
  embed?: boolean;
  lang?: AppState['lang'];
  ctx?: Pick<UrlContext, 'defaultLang' | 'groups'>;
  /** The page's `?data=` URLs, passed on as given (relative ones stay next to the app). */
  data?: readonly string[];
};

/** The page URL for the state: the full view, or the embed with `embed: true`. */
export function viewUrl(state: AppState, pageUrl: string, options: ViewUrlOptions = {}): string {
  const url = new URL(pageUrl);
  const shared = options.lang ? { ...state, lang: options.lang } : state;
  // A language set explicitly is always written, even where it is the sharer's own default.
  const ctx = options.lang ? { defaultLang: null, groups: options.ctx?.groups } : (options.ctx ?? {});
  const search = serializeUrlState(shared, { embed: options.embed ?? false, childId: null, data: options.data }, ctx);
  return `${url.origin}${url.pathname}${search}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An iframe plus the loader script that keeps its height right. */
export function embedSnippet(
  state: AppState,
  pageUrl: string,
  options: { title: string; lang: AppState['lang']; height: number; groups?: readonly string[]; data?: readonly string[] },
): string {
  const src = viewUrl(state, pageUrl, { embed: true, lang: options.lang, ctx: { groups: options.groups }, data: options.data });
  // The loader sits next to index.html: "/claimline" is the folder "/claimline/", not a file.
  const { origin, pathname } = new URL(pageUrl);
  const folder = pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  const loader = new URL('embed.js', origin + folder).href;
  const height = Number.isInteger(options.height) && options.height > 0 ? options.height : 640;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(options.title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:1200px" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(loader)}" async></script>`
  );
}
