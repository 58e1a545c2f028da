/**
 * The language links. Each switches the page to that language in place (the store's `lang`, a new
 * history entry) and keeps the view; as a link it also opens the same view in that language in a
 * new tab. Links rather than a menu that changes on selection: moving through the choices never
 * switches by itself.
 */
import './language-switch.css';
import { viewUrl } from '../config/share-urls.ts';
import { currentLanguage, ENDONYMS, LANGUAGES, t } from '../i18n/index.ts';
import { PUSH, type Store } from '../state/app-state.ts';
import { el, liveHref } from './dom.ts';

/**
 * `where` names the copy: the header's on wide screens, the phone sheet's on phones (CSS shows one);
 * `groups`: the dataset's group ids, so a link leaves out `?sides=` where all are shown.
 */
export function createLanguageSwitch(
  doc: Document,
  store: Store,
  where: 'header' | 'sheet',
  groups: readonly string[],
  win: Window = window,
): HTMLElement {
  const nav = el(doc, 'nav', { class: `cl-lang cl-lang--${where}`, 'aria-labelledby': `cl-lang-label-${where}` });
  nav.append(el(doc, 'span', { class: 'cl-lang__label', id: `cl-lang-label-${where}` }, t('language')));
  const list = el(doc, 'ul');
  for (const lang of LANGUAGES) {
    const a = el(doc, 'a', { lang, hreflang: lang }, ENDONYMS[lang]);
    if (lang === currentLanguage()) a.setAttribute('aria-current', 'true');
    // The view may have changed since the page loaded: the link takes the state as it is now.
    liveHref(a, () => viewUrl(store.state, win.location.href, { lang, ctx: { groups } }));
    a.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      store.update({ lang }, PUSH);
    });
    const li = el(doc, 'li');
    li.append(a);
    list.append(li);
  }
  nav.append(list);
  return nav;
}
