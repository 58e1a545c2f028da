/**
 * The claims in the current window as a table: sortable by each column, one tab stop with ↑/↓
 * between rows (Home/End to the ends), Enter or click opens a claim, and the row of the claim
 * selected on the map is marked and scrolled into view. The keyboard path to every mark.
 *
 * A long list is windowed: only the rows in view (and a few either side) are in the DOM, between
 * two spacer rows that give the scroll bar the whole list's height; aria-rowcount and
 * aria-rowindex tell a screen reader the list's size and each row's place in it.
 */
import './incident-table.css';
import { namedMask } from '../data/columns/filter.ts';
import type { EventColumns } from '../data/columns/store.ts';
import type { Place } from '../data/schema.ts';
import { claimantLabel, currentLanguage, formatNumber, type Lang, t } from '../i18n/index.ts';
import type { Store } from '../state/app-state.ts';
import { el } from './dom.ts';
import { onPrintChange } from './print-media.ts';
import { TableOrder, type Column, type SortSpec } from './table-order.ts';
import { claimRow, headerRow, markSort, placeLabel, spacerRow } from './table-row.ts';
import { keyMove, revealRow, rowsInView, type RowRange } from './table-window.ts';
import { type RowList, windowRows } from './window-rows.ts';

/** Up to this many rows the whole list stays in the DOM (find-in-page sees it); longer lists are windowed. */
export const WINDOWED_FROM = 300;
/** A print lists at most this many rows and says so: a printed list of 100,000 claims helps no one. */
export const PRINT_ROWS = 2000;

export class IncidentTable {
  readonly element: HTMLElement;
  private readonly count: HTMLElement;
  private readonly cut: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly head: HTMLTableSectionElement;
  private readonly body: HTMLTableSectionElement;
  private readonly top: HTMLTableRowElement;
  private readonly bottom: HTMLTableRowElement;
  private readonly headers = new Map<Column, HTMLTableCellElement>();
  private readonly unsubscribe: (() => void)[];
  private readonly order: TableOrder;
  private sort: SortSpec = { column: 'date', ascending: true };
  /** Dataset indices of the window's rows, in the table's order (a wide window's read lazily: window-rows.ts). */
  private sorted: RowList = new Uint32Array(0);
  /** The rows now in the DOM: sorted positions [range.start, range.end). */
  private range: RowRange = { start: 0, end: 0 };
  private shown: HTMLTableRowElement[] = [];
  private windowed = false;
  private printing = false;
  private rowHeight = 40;
  private frame = 0;
  private focusIndex = 0;
  /** The selected claim and its row, found once per selection (not once per window step). */
  private selectedRow: [string | null, number] = [null, -1];

  constructor(
    private readonly doc: Document,
    private readonly store: Store,
    /** The claims as columns: rows, order and labels all come from them (no record is read). */
    private readonly columns: EventColumns,
    private readonly placesById: ReadonlyMap<string, Place>,
    private readonly onOpen: (id: string) => void,
  ) {
    // Labels once per distinct place and claimant (the columns' dictionaries), in the reader's language.
    this.order = new TableOrder(columns, {
      place: (key, lang) => placeLabel(key, placesById, lang as Lang),
      claimant: (c) => claimantLabel(c),
    });
    this.element = el(doc, 'section', { class: 'cl-table', 'aria-labelledby': 'cl-table-title' });
    this.element.append(el(doc, 'h2', { id: 'cl-table-title' }, t('listTitle')));
    this.count = el(doc, 'p', { class: 'cl-table__count', 'aria-live': 'polite' });
    this.cut = el(doc, 'p', { class: 'cl-table__cut', hidden: '' });
    this.scroller = el(doc, 'div', { class: 'cl-table__scroll' });
    this.table = el(doc, 'table', { 'aria-labelledby': 'cl-table-title', 'aria-describedby': 'cl-table-help' });
    this.head = el(doc, 'thead');
    this.head.append(headerRow(doc, this.headers, (c) => this.sortBy(c)));
    this.body = el(doc, 'tbody');
    this.top = spacerRow(doc);
    this.bottom = spacerRow(doc);
    this.body.addEventListener('keydown', this.onKey);
    this.body.addEventListener('click', this.onClick);
    this.table.append(this.head, this.body);
    this.scroller.append(this.table);
    this.scroller.addEventListener('scroll', () => this.windowed && this.update());
    const help = el(doc, 'p', { id: 'cl-table-help', class: 'cl-table__help' }, t('tableHelp'));
    this.element.append(this.count, this.cut, this.scroller, help);
    const view = doc.defaultView;
    const resize = view?.ResizeObserver ? new view.ResizeObserver(() => this.schedule(false)) : null;
    resize?.observe(this.scroller);
    this.unsubscribe = [
      store.on('window', () => this.schedule(true)),
      store.on('sides', () => this.schedule(true)),
      store.on('selected', () => this.markSelected(true)),
      () => resize?.disconnect(),
      onPrintChange(view, (on) => this.setPrinting(on)),
    ];
    this.render();
  }

  private pending = false;
  /** Next frame: the whole list again (`all`) or only the rows in view (after a resize). */
  private schedule(all: boolean): void {
    this.pending ||= all;
    if (!this.frame)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.pending) this.render();
        else if (this.windowed) this.update();
        this.pending = false;
      });
  }

  private setPrinting(on: boolean): void {
    if (on === this.printing) return;
    this.printing = on;
    this.render();
  }

  private sortBy(column: Column): void {
    this.sort = { column, ascending: this.sort.column === column ? !this.sort.ascending : column !== 'deaths' };
    this.render();
    this.headers.get(column)?.querySelector('button')?.focus();
  }

  render(): void {
    const state = this.store.state;
    const mask = namedMask(this.columns.groups, state.sides);
    this.sorted = windowRows(this.order, this.columns, state, mask, this.sort, currentLanguage());
    const m = this.sorted.length;
    this.count.textContent = state.sides.size === 0 ? t('noSides') : t('inWindow', { n: m });
    markSort(this.headers, this.sort);
    this.table.setAttribute('aria-rowcount', String(m + 1));
    this.windowed = m > WINDOWED_FROM && !this.printing;
    this.element.classList.toggle('cl-table--windowed', this.windowed);
    const cut = this.printing && m > PRINT_ROWS;
    this.cut.hidden = !cut;
    this.cut.textContent = cut ? t('listCut', { shown: formatNumber(PRINT_ROWS), n: m }) : '';
    for (const tr of this.shown) tr.remove();
    this.shown = [];
    this.range = { start: 0, end: 0 };
    // Spacers only for a windowed list: a short one's rows are all the body has.
    this.body.replaceChildren(...(this.windowed ? [this.top, this.bottom] : []));
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, m - 1));
    this.update();
    this.markSelected(false);
  }

  /** Puts the rows that should be in the DOM there, reusing those already in it. */
  private update(remeasure = true): void {
    const n = this.sorted.length;
    const want = this.wanted();
    const active = this.doc.activeElement;
    const hadFocus = active instanceof HTMLElement && this.body.contains(active);
    let { start, end } = this.range;
    if (want.start >= end || want.end <= start) {
      for (const tr of this.shown) tr.remove();
      this.shown = [];
      start = end = want.start;
    }
    for (; start < want.start; start++) this.shown.shift()?.remove();
    for (; end > want.end; end--) this.shown.pop()?.remove();
    const before = [];
    for (let k = want.start; k < start; k++) before.push(this.makeRow(k));
    const tail = this.windowed ? this.bottom : null;
    for (const tr of before) this.body.insertBefore(tr, this.shown[0] ?? tail);
    const after = [];
    for (let k = end; k < want.end; k++) after.push(this.makeRow(k));
    for (const tr of after) this.body.insertBefore(tr, tail);
    this.shown = [...before, ...this.shown, ...after];
    this.range = want;
    // Once per update, so rows of uneven height cannot make it loop.
    if (remeasure && this.windowed && this.measure()) {
      this.update(false);
      return;
    }
    this.spacer(this.top, want.start);
    this.spacer(this.bottom, this.windowed ? n - want.end : 0);
    this.tabStop(hadFocus);
  }

  private wanted(): RowRange {
    const n = this.sorted.length;
    if (!this.windowed) return { start: 0, end: Math.min(n, PRINT_ROWS) };
    const { scrollTop, clientHeight } = this.scroller;
    return rowsInView(scrollTop, clientHeight, this.rowHeight, n, this.head.offsetHeight);
  }

  /** Rows are one height when windowed (incident-table.css); takes it from the DOM once laid out. */
  private measure(): boolean {
    const laidOut = this.shown.filter((tr) => tr.offsetHeight > 0);
    if (!laidOut.length) return false;
    const h = laidOut.reduce((s, tr) => s + tr.offsetHeight, 0) / laidOut.length;
    if (Math.abs(h - this.rowHeight) < 0.5) return false;
    this.rowHeight = h;
    return true;
  }

  private spacer(tr: HTMLTableRowElement, rows: number): void {
    tr.hidden = rows === 0;
    (tr.firstElementChild as HTMLElement).style.height = `${rows * this.rowHeight}px`;
  }

  private makeRow(pos: number): HTMLTableRowElement {
    const row = this.sorted.at(pos) as number;
    const c = this.columns;
    const tr = claimRow(
      this.doc,
      c,
      row,
      pos,
      placeLabel(c.places.at(c.place[row] as number) as string, this.placesById, currentLanguage()),
    );
    if (c.ids.at(row) === this.store.state.selected) this.markRow(tr, true);
    return tr;
  }

  private markRow(tr: HTMLTableRowElement, on: boolean): void {
    tr.classList.toggle('cl-table__row--selected', on);
    const b = tr.querySelector('.cl-table__open');
    if (on) b?.setAttribute('aria-current', 'true');
    else b?.removeAttribute('aria-current');
  }

  private button(pos: number): HTMLButtonElement | null {
    return this.shown[pos - this.range.start]?.querySelector<HTMLButtonElement>('.cl-table__open') ?? null;
  }

  /** One tab stop: the focused row's, or, when that row has scrolled out of the DOM, the first row in view. */
  private tabStop(keepFocus: boolean): void {
    const { start, end } = this.range;
    if (this.focusIndex < start || this.focusIndex >= end)
      this.focusIndex = Math.min(end - 1, Math.max(start, Math.floor(this.scroller.scrollTop / this.rowHeight)));
    this.shown.forEach((tr, i) => {
      tr.querySelector('.cl-table__open')?.setAttribute('tabindex', start + i === this.focusIndex ? '0' : '-1');
    });
    const active = this.doc.activeElement;
    if (keepFocus && !(active instanceof HTMLElement && this.body.contains(active)))
      this.button(this.focusIndex)?.focus({ preventScroll: true });
  }

  /** Scrolls the windowed list so row `pos` is in the DOM and in view. */
  private reveal(pos: number): void {
    if (!this.windowed) return;
    // update() may measure a new row height, which moves the window off `pos` (seen on phones, where
    // the sheet lays rows out late): then once more with the measured height.
    for (let attempt = 0; attempt < 2; attempt++) {
      const { scrollTop, clientHeight } = this.scroller;
      this.scroller.scrollTop = revealRow(pos, scrollTop, clientHeight, this.rowHeight, this.head.offsetHeight);
      this.update();
      if (pos >= this.range.start && pos < this.range.end) return;
    }
  }

  /** Marks the selected claim's row; when the selection came from elsewhere, shows and focuses-to-be it. */
  private markSelected(reveal: boolean): void {
    const selected = this.store.state.selected;
    if (this.selectedRow[0] !== selected) this.selectedRow = [selected, selected === null ? -1 : this.columns.ids.indexOf(selected)];
    const row = this.selectedRow[1];
    // Anywhere in the list when it is to be revealed; else only among the rows in the DOM, all that the
    // mark and the tab stop need: a wide window's indexOf walks the whole order, up to ~40 ms at 1M a step.
    let pos = -1;
    if (row >= 0 && reveal) pos = this.sorted.indexOf(row);
    else if (row >= 0) for (let k = this.range.start; k < this.range.end && pos < 0; k++) if (this.sorted.at(k) === row) pos = k;
    if (pos >= 0) {
      this.focusIndex = pos;
      if (reveal) this.reveal(pos);
    }
    this.shown.forEach((tr, i) => {
      this.markRow(tr, this.range.start + i === pos);
    });
    this.tabStop(false);
    if (reveal && pos >= 0) this.shown[pos - this.range.start]?.scrollIntoView({ block: 'nearest' });
  }

  private onClick = (e: MouseEvent): void => {
    const b = (e.target as Element).closest<HTMLButtonElement>('.cl-table__open');
    if (!b?.dataset.id) return;
    this.focusIndex = Number(b.dataset.pos);
    this.onOpen(b.dataset.id);
  };

  private onKey = (e: KeyboardEvent): void => {
    const n = this.sorted.length;
    const from = (e.target as Element).closest<HTMLButtonElement>('.cl-table__open');
    if (!n || !from) return;
    const next = keyMove(e.key, Number(from.dataset.pos), n);
    if (next === null) return;
    e.preventDefault();
    this.focusIndex = next;
    this.reveal(next);
    this.tabStop(false);
    this.button(next)?.focus();
  };

  destroy(): void {
    for (const off of this.unsubscribe) off();
    cancelAnimationFrame(this.frame);
    this.element.remove();
  }
}
