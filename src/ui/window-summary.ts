/**
 * The current window in numbers: a table with one row per chosen claimant side (claims, places,
 * highest death toll claimed), never merged into one figure. The toll links to its claim.
 */
import type { Incident, IncidentProperties } from '../data/schema.ts';
import { windowStats } from '../data/window-stats.ts';
import { formatDay, formatNumber, t, type StringKey } from '../i18n/index.ts';
import type { Store } from '../state/app-state.ts';
import { el } from './dom.ts';

export class WindowSummary {
  readonly element: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly foot: HTMLTableSectionElement;
  private readonly records: readonly IncidentProperties[];
  private readonly unsubscribe: (() => void)[];
  private frame = 0;

  constructor(private readonly doc: Document, private readonly store: Store, incidents: readonly Incident[], private readonly onOpen: (id: string) => void) {
    this.records = incidents.map((f) => f.properties);
    this.element = el(doc, 'section', { class: 'cl-summary', 'aria-labelledby': 'cl-summary-title' });
    this.element.append(el(doc, 'h2', { id: 'cl-summary-title' }, t('summaryTitle')));
    const table = el(doc, 'table', { class: 'cl-summary__table' });
    const head = el(doc, 'thead');
    const tr = el(doc, 'tr');
    for (const key of ['summarySide', 'summaryClaims', 'summaryPlaces', 'summaryToll'] as const) tr.append(el(doc, 'th', { scope: 'col' }, t(key)));
    head.append(tr);
    this.body = el(doc, 'tbody');
    this.foot = el(doc, 'tfoot');
    table.append(head, this.body, this.foot);
    this.element.append(table, el(doc, 'p', { class: 'cl-summary__note' }, t('summaryTollNote')));
    const schedule = () => {
      if (!this.frame) this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    };
    this.unsubscribe = [store.on('window', schedule), store.on('sides', schedule)];
    this.render();
  }

  render(): void {
    const { doc } = this;
    const stats = windowStats(this.records, this.store.state);
    this.body.replaceChildren(
      ...stats.sides.map((s) => {
        const tr = el(doc, 'tr', { class: `cl-side--${s.side}` });
        tr.append(el(doc, 'th', { scope: 'row' }, t(`side_${s.side}` as StringKey)), el(doc, 'td', {}, formatNumber(s.claims)), el(doc, 'td', {}, formatNumber(s.places)));
        const toll = el(doc, 'td');
        if (s.tolls.length === 0) toll.textContent = '—';
        for (const { of, id, n, claimant_label, day } of s.tolls) {
          const line = el(doc, 'div', { class: 'cl-summary__toll' });
          const whose = t(`tollOf_${of}` as StringKey);
          const b = el(doc, 'button', { type: 'button', class: 'cl-linkish', 'aria-label': t('tollOpen', { n: formatNumber(n), whose, claimant: claimant_label, date: formatDay(day) }) }, formatNumber(n));
          b.addEventListener('click', () => this.onOpen(id));
          line.append(b, el(doc, 'span', {}, ` ${whose}`), el(doc, 'span', { class: 'cl-summary__who' }, ` (${claimant_label}, ${formatDay(day, 'short')})`));
          toll.append(line);
        }
        tr.append(toll);
        return tr;
      }),
    );
    const total = el(doc, 'tr');
    total.append(el(doc, 'th', { scope: 'row' }, t('summaryTotal')), el(doc, 'td', {}, formatNumber(stats.claims)), el(doc, 'td', {}, formatNumber(stats.places)), el(doc, 'td', {}, t('summaryNotMerged')));
    this.foot.replaceChildren(total);
  }

  destroy(): void {
    this.unsubscribe.forEach((off) => off());
    cancelAnimationFrame(this.frame);
    this.element.remove();
  }
}
