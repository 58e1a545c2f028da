/**
 * Events without a date, for the keyboard and screen readers: the map draws them as hollow circles
 * that only a pointer can click, and the table lists dated claims only. A labelled list of
 * disclosures, one per event, each opening what a click on its circle shows (undated-popup.ts).
 * A file may hold thousands: PAGE entries at first, then a button adds the next PAGE, so every
 * event is reachable without putting all of them in the DOM at once.
 */
import './undated-list.css';
import { englishText, formatNumber, t } from '../i18n/index.ts';
import { el } from './dom.ts';

export const PAGE = 100;

export type UndatedEntry = { id: string; title: string };

export class UndatedList {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly more: HTMLButtonElement;
  private shown = 0;

  constructor(
    private readonly doc: Document,
    private readonly entries: readonly UndatedEntry[],
    /** The event's details, made when its entry is first opened. */
    private readonly describe: (id: string) => HTMLElement | null,
  ) {
    this.element = el(doc, 'section', { class: 'cl-undated-list', 'aria-labelledby': 'cl-undated-list-title' });
    this.element.append(
      el(doc, 'h2', { id: 'cl-undated-list-title' }, t('undatedListTitle', { count: formatNumber(entries.length) })),
      el(doc, 'p', { class: 'cl-undated-list__note' }, t('undatedListNote')),
    );
    this.list = el(doc, 'ul', { class: 'cl-undated-list__items' });
    this.more = el(doc, 'button', { type: 'button', class: 'cl-button cl-undated-list__more' });
    this.more.addEventListener('click', () => this.showMore(true));
    this.element.append(this.list, this.more);
    this.showMore(false);
  }

  /** The next PAGE entries; `focus`: the first of them takes focus, as the button that added them goes when none are left. */
  private showMore(focus: boolean): void {
    const next = this.entries.slice(this.shown, this.shown + PAGE);
    const items = next.map((e) => this.item(e));
    this.list.append(...items);
    this.shown += next.length;
    const left = this.entries.length - this.shown;
    this.more.hidden = left === 0;
    this.more.textContent = t('undatedListMore', { count: formatNumber(Math.min(PAGE, left)), left: formatNumber(left) });
    if (focus) items[0]?.querySelector('summary')?.focus();
  }

  private item(e: UndatedEntry): HTMLLIElement {
    const li = el(this.doc, 'li');
    const details = el(this.doc, 'details', { 'data-id': e.id });
    const summary = el(this.doc, 'summary');
    summary.append(el(this.doc, 'span', englishText(), e.title));
    details.append(summary);
    // Made on first opening: a list of thousands builds only what the reader reads.
    details.addEventListener('toggle', () => {
      if (!details.open || details.childElementCount > 1) return;
      const content = this.describe(e.id);
      if (content) details.append(content);
    });
    li.append(details);
    return li;
  }
}
