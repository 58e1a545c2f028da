/**
 * The claims in the current window as a table: sortable by each column, one tab stop with ↑/↓
 * between rows (Home/End to the ends), Enter or click opens a claim, and the row of the claim
 * selected on the map is marked and scrolled into view. The keyboard path to every mark.
 */
import './incident-table.css';
import { shownClaims } from '../data/matches-window.ts';
import type { Incident, IncidentProperties, Place } from '../data/schema.ts';
import { claimantLabel, currentLanguage, formatDay, formatNumber, t, typeLabel, type StringKey } from '../i18n/index.ts';
import { groupKey } from '../style/group-colours.ts';
import { placeName } from '../i18n/place-name.ts';
import type { Store } from '../state/app-state.ts';
import { el } from './dom.ts';

type Column = 'date' | 'place' | 'claimant' | 'deaths';
const COLUMNS: Column[] = ['date', 'place', 'claimant', 'deaths'];
// The same keys as the details panel's rows: one label per concept wherever it appears.
const HEADINGS: Record<Column, StringKey> = { date: 'colDate', place: 'colPlace', claimant: 'fieldClaimant', deaths: 'fieldFatalities' };

export class IncidentTable {
  readonly element: HTMLElement;
  private readonly count: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly headers = new Map<Column, HTMLTableCellElement>();
  private readonly unsubscribe: (() => void)[];
  private sort: { column: Column; ascending: boolean } = { column: 'date', ascending: true };
  private frame = 0;
  private focusIndex = 0;

  constructor(
    private readonly doc: Document,
    private readonly store: Store,
    private readonly incidents: readonly Incident[],
    private readonly placesById: ReadonlyMap<string, Place>,
    /** Claims flagged with the "both sides" badge (claim-groups bothSidesIds). */
    private readonly bothSides: ReadonlySet<string>,
    private readonly onOpen: (id: string) => void,
  ) {
    this.element = el(doc, 'section', { class: 'cl-table', 'aria-labelledby': 'cl-table-title' });
    this.element.append(el(doc, 'h2', { id: 'cl-table-title' }, t('listTitle')));
    this.count = el(doc, 'p', { class: 'cl-table__count', 'aria-live': 'polite' });
    const scroller = el(doc, 'div', { class: 'cl-table__scroll' });
    const table = el(doc, 'table', { 'aria-labelledby': 'cl-table-title', 'aria-describedby': 'cl-table-help' });
    const head = el(doc, 'thead');
    const row = el(doc, 'tr');
    for (const column of COLUMNS) {
      const th = el(doc, 'th', { scope: 'col', class: `cl-table__${column}` });
      const b = el(doc, 'button', { type: 'button', class: 'cl-table__sort' }, t(HEADINGS[column]));
      b.addEventListener('click', () => this.sortBy(column));
      th.append(b);
      row.append(th);
      this.headers.set(column, th);
    }
    head.append(row);
    this.body = el(doc, 'tbody');
    this.body.addEventListener('keydown', this.onKey);
    table.append(head, this.body);
    scroller.append(table);
    this.element.append(this.count, scroller, el(doc, 'p', { id: 'cl-table-help', class: 'cl-table__help' }, t('tableHelp')));
    this.unsubscribe = [
      store.on('window', () => this.schedule()),
      store.on('sides', () => this.schedule()),
      store.on('selected', () => this.markSelected(true)),
    ];
    this.render();
  }

  private schedule(): void {
    if (!this.frame)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
  }

  private sortBy(column: Column): void {
    this.sort = { column, ascending: this.sort.column === column ? !this.sort.ascending : column !== 'deaths' };
    this.render();
    this.headers.get(column)?.querySelector('button')?.focus();
  }

  private placeLabel(p: IncidentProperties): string {
    const place = p.place_id ? this.placesById.get(p.place_id) : undefined;
    return place ? placeName(place.properties, currentLanguage()) : p.place_name || '—';
  }

  private compare(a: IncidentProperties, b: IncidentProperties): number {
    const byDate = a.day - b.day || a.day_end - b.day_end || (a.time ?? '99').localeCompare(b.time ?? '99') || a.id.localeCompare(b.id);
    const { column, ascending } = this.sort;
    let primary = 0;
    if (column === 'place') primary = this.placeLabel(a).localeCompare(this.placeLabel(b), currentLanguage());
    else if (column === 'claimant') primary = claimantLabel(a).localeCompare(claimantLabel(b), currentLanguage());
    else if (column === 'deaths') {
      // Claims that state no toll go last in either direction.
      if (a.fatalities_claimed === null || b.fatalities_claimed === null)
        return (a.fatalities_claimed === null ? 1 : 0) - (b.fatalities_claimed === null ? 1 : 0) || byDate;
      primary = a.fatalities_claimed - b.fatalities_claimed;
    }
    return (ascending ? 1 : -1) * (primary || byDate);
  }

  render(): void {
    const { doc } = this;
    const state = this.store.state;
    const shown = shownClaims(this.incidents, state)
      .map((f) => f.properties)
      .sort((a, b) => this.compare(a, b));
    this.count.textContent = state.sides.size === 0 ? t('noSides') : t('inWindow', { n: shown.length });
    for (const [column, th] of this.headers) {
      if (column === this.sort.column) th.setAttribute('aria-sort', this.sort.ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    this.body.replaceChildren(
      ...shown.map((p) => {
        const tr = el(doc, 'tr', { class: `cl-side--${groupKey(p.claimant_side)}`, 'data-id': p.id });
        const date = el(doc, 'td', { class: 'cl-table__date' }, formatDay(p.day, 'short'));
        const place = el(doc, 'td', { class: 'cl-table__place' });
        const open = el(doc, 'button', { type: 'button', class: 'cl-table__open', 'data-id': p.id, tabindex: '-1' }, this.placeLabel(p));
        open.addEventListener('click', () => {
          this.focusIndex = [...this.body.rows].indexOf(tr);
          this.onOpen(p.id);
        });
        place.append(open, el(doc, 'span', { class: 'cl-table__type' }, typeLabel(p.event_type)));
        if (this.bothSides.has(p.id)) place.append(el(doc, 'span', { class: 'cl-badge cl-badge--both' }, t('bothSidesBadge')));
        const who = el(doc, 'td', { class: 'cl-table__claimant' }, claimantLabel(p));
        const deaths = el(
          doc,
          'td',
          { class: 'cl-table__deaths' },
          p.fatalities_claimed === null ? '' : formatNumber(p.fatalities_claimed),
        );
        tr.append(date, place, who, deaths);
        return tr;
      }),
    );
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, shown.length - 1));
    this.markSelected(false);
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.body.querySelectorAll<HTMLButtonElement>('.cl-table__open')];
  }

  /** Marks the selected claim's row; when the selection came from elsewhere, shows and focuses-to-be it. */
  private markSelected(reveal: boolean): void {
    const selected = this.store.state.selected;
    const buttons = this.buttons();
    buttons.forEach((b, i) => {
      const on = b.dataset.id === selected;
      b.closest('tr')?.classList.toggle('cl-table__row--selected', on);
      if (on) {
        b.setAttribute('aria-current', 'true');
        this.focusIndex = i;
        if (reveal) b.closest('tr')?.scrollIntoView({ block: 'nearest' });
      } else {
        b.removeAttribute('aria-current');
      }
    });
    buttons.forEach((b, i) => {
      b.setAttribute('tabindex', i === this.focusIndex ? '0' : '-1');
    });
  }

  private onKey = (e: KeyboardEvent): void => {
    const buttons = this.buttons();
    if (!buttons.length) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | null = null;
    if (e.key in moves) next = Math.min(buttons.length - 1, Math.max(0, this.focusIndex + (moves[e.key] ?? 0)));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    if (next === null) return;
    e.preventDefault();
    buttons[this.focusIndex]?.setAttribute('tabindex', '-1');
    this.focusIndex = next;
    buttons[next]?.setAttribute('tabindex', '0');
    buttons[next]?.focus();
  };

  destroy(): void {
    for (const off of this.unsubscribe) off();
    cancelAnimationFrame(this.frame);
    this.element.remove();
  }
}
