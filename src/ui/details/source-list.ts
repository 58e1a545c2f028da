/** A claim's sources: http(s) URLs become links (new tab, no referrer); anything else stays text. */
import type { Source } from '../../data/schema.ts';
import { t } from '../../i18n/index.ts';
import { el, safeHref } from '../dom.ts';

export function sourceList(doc: Document, sources: readonly Source[]): HTMLElement {
  const list = el(doc, 'ul', { class: 'cl-details__sources' });
  for (const s of sources) {
    const li = el(doc, 'li');
    const href = safeHref(s.url);
    const seed = /^seed:(\d{3})$/.exec(s.url ?? '');
    if (href) li.append(el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.title));
    else li.append(el(doc, 'span', {}, seed ? `${s.title} — ${t('seedSource', { n: seed[1] ?? '' })}` : s.title));
    li.append(el(doc, 'span', { class: 'cl-details__publisher' }, ` — ${s.publisher}${s.date ? `, ${s.date}` : ''}`));
    list.append(li);
  }
  return list;
}
