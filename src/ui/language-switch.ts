/**
 * The language links. Each opens the same view in that language (every other choice already lives
 * in the URL). Links rather than a menu that reloads on change: moving through the choices never
 * navigates by itself.
 */
import './language-switch.css';
import { currentLanguage, LANGUAGES, t, type Lang } from '../i18n/index.ts';
import { el, liveHref } from './dom.ts';

/** Each language named in itself, so a reader finds their own without reading the current one. */
const ENDONYMS: Record<Lang, string> = { en: 'English', hy: 'Հայերեն', az: 'Azərbaycanca', ru: 'Русский' };

/** `where` names the copy: the header's on wide screens, the phone sheet's on phones (CSS shows one). */
export function createLanguageSwitch(doc: Document, where: 'header' | 'sheet', win: Window = window): HTMLElement {
  const nav = el(doc, 'nav', { class: `cl-lang cl-lang--${where}`, 'aria-labelledby': `cl-lang-label-${where}` });
  nav.append(el(doc, 'span', { class: 'cl-lang__label', id: `cl-lang-label-${where}` }, t('language')));
  const list = el(doc, 'ul');
  for (const lang of LANGUAGES) {
    const a = el(doc, 'a', { lang, hreflang: lang }, ENDONYMS[lang]);
    if (lang === currentLanguage()) a.setAttribute('aria-current', 'true');
    // The view may have changed since the page loaded: the link takes the URL as it is now.
    liveHref(a, () => {
      const url = new URL(win.location.href);
      url.searchParams.set('lang', lang);
      return url.href;
    });
    const li = el(doc, 'li');
    li.append(a);
    list.append(li);
  }
  nav.append(list);
  return nav;
}
