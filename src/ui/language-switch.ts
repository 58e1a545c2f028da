/**
 * The language menu. Choosing a language reloads the page with ?lang= set: every other choice
 * already lives in the URL, so the reader lands on the same view in the new language.
 */
import { currentLanguage, LANGUAGES, t, type Lang } from '../i18n/index.ts';
import { el } from './dom.ts';

/** Each language named in itself, so a reader finds their own without reading the current one. */
const ENDONYMS: Record<Lang, string> = { en: 'English', hy: 'Հայերեն', az: 'Azərbaycanca', ru: 'Русский' };

export function createLanguageSwitch(doc: Document, win: Window = window): HTMLElement {
  const label = el(doc, 'label', { class: 'cl-lang' });
  label.append(el(doc, 'span', { class: 'cl-lang__label' }, t('language')));
  const select = el(doc, 'select', {});
  for (const lang of LANGUAGES) {
    const option = el(doc, 'option', { value: lang, lang }, ENDONYMS[lang]);
    option.selected = lang === currentLanguage();
    select.append(option);
  }
  select.addEventListener('change', () => {
    const url = new URL(win.location.href);
    url.searchParams.set('lang', select.value);
    win.location.assign(url.href);
  });
  label.append(select);
  return label;
}
