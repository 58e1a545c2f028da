/**
 * What a click on an event without a date shows: not a claim of the timeline, so not the details
 * panel, but a small popup with the event as its file gave it, all as text, and the note that it
 * has no date (shown at every date, never given one). The keyboard's list (undated-list.ts) opens the same.
 */
import type { ImportedEvent } from '../data/import/types.ts';
import { englishText, t } from '../i18n/index.ts';
import { sourceList } from './details/source-list.ts';
import { el } from './dom.ts';

/** What an event without a date is called: its title, else its kind, else its id (the popup's heading, the list's entry). */
export function undatedTitle(e: Partial<Pick<ImportedEvent, 'title' | 'event_type'>> & { id: string }): string {
  return e.title || e.event_type || e.id;
}

export function undatedPopup(doc: Document, e: ImportedEvent | undefined, dataset: string): HTMLElement | null {
  if (!e) return null;
  const root = el(doc, 'div', { class: 'cl-undated' });
  root.append(el(doc, 'h3', englishText(), undatedTitle(e)));
  root.append(el(doc, 'p', { class: 'cl-undated__note' }, t('undatedNote')));
  if (e.summary) root.append(el(doc, 'p', englishText(), e.summary));
  const where = [e.place_name, e.admin1, e.country].filter(Boolean).join(', ');
  if (where) root.append(el(doc, 'p', englishText(), where));
  root.append(el(doc, 'p', {}, [e.claimant, dataset].filter(Boolean).join(' · ')));
  if (e.sources.length > 0) root.append(sourceList(doc, e.sources));
  return root;
}
