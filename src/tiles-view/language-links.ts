/**
 * The tile viewer's language links: this page, with its archive (`?src=`) and the rest of its
 * query, in each language. Plain links that load the page again: the viewer keeps no state that a
 * reload would lose but the map's view, which it fits to the archive anyway.
 */
import { ENDONYMS, type Lang, LANGUAGES } from '../i18n/index.ts';
import { el } from '../ui/dom.ts';

export function languageLinks(doc: Document, current: Lang, search: string, label: string): HTMLElement {
  const nav = el(doc, 'nav', { class: 'tv-lang', 'aria-label': label });
  const list = el(doc, 'ul');
  for (const lang of LANGUAGES) {
    const params = new URLSearchParams(search);
    params.set('lang', lang);
    const a = el(doc, 'a', { href: `?${params}`, lang, hreflang: lang }, ENDONYMS[lang]);
    if (lang === current) a.setAttribute('aria-current', 'true');
    const li = el(doc, 'li');
    li.append(a);
    list.append(li);
  }
  nav.append(list);
  return nav;
}
