/**
 * The claims in the current window as a keyboard-reachable list: the way to reach any mark
 * without a mouse. Enter or click opens its details.
 */
import { hasBothSides } from '../data/claim-groups.ts';
import { isShown } from '../data/matches-window.ts';
import type { Incident } from '../data/schema.ts';
import { formatDay, t } from '../i18n/index.ts';
import type { Store } from '../state/app-state.ts';
import { el } from './dom.ts';

export class IncidentList {
  readonly element: HTMLElement;
  private readonly count: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly unsubscribe: (() => void)[];
  private frame = 0;
  /** Claims with a claim from the other party about the same place and days: flagged in the list. */
  private readonly bothSides: ReadonlySet<string>;

  constructor(private readonly doc: Document, private readonly store: Store, private readonly incidents: readonly Incident[], private readonly onOpen: (id: string) => void) {
    const byId = new Map(incidents.map((f) => [f.properties.id, f]));
    this.bothSides = new Set(incidents.filter((f) => hasBothSides(f.properties, byId)).map((f) => f.properties.id));
    this.element = el(doc, 'section', { class: 'cl-list', 'aria-labelledby': 'cl-list-title' });
    this.element.append(el(doc, 'h2', { id: 'cl-list-title' }, t('listTitle')));
    this.count = el(doc, 'p', { class: 'cl-list__count' });
    this.list = el(doc, 'ul', { class: 'cl-list__items' });
    this.element.append(this.count, this.list);
    this.unsubscribe = [store.on('window', () => this.schedule()), store.on('sides', () => this.schedule()), store.on('selected', () => this.markSelected())];
    this.render();
  }

  /** While dragging, the list is rebuilt at most once per frame. */
  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render(): void {
    const shown = this.incidents.filter((f) => !f.properties.context && isShown(f.properties, this.store.state));
    this.count.textContent = this.store.state.sides.size === 0 ? t('noSides') : t('inWindow', { n: shown.length });
    this.list.replaceChildren(
      ...shown.map((f) => {
        const p = f.properties;
        const b = el(this.doc, 'button', { type: 'button', class: `cl-list__item cl-side--${p.claimant_side}`, 'data-id': p.id });
        b.append(
          el(this.doc, 'span', { class: 'cl-list__date' }, formatDay(p.day, 'short')),
          el(this.doc, 'span', { class: 'cl-list__place' }, p.place_name || '—'),
          el(this.doc, 'span', { class: 'cl-list__who' }, p.claimant_label),
        );
        if (this.bothSides.has(p.id)) b.append(el(this.doc, 'span', { class: 'cl-badge cl-badge--both' }, t('bothSidesBadge')));
        b.addEventListener('click', () => this.onOpen(p.id));
        const li = el(this.doc, 'li');
        li.append(b);
        return li;
      }),
    );
    this.markSelected();
  }

  private markSelected(): void {
    const selected = this.store.state.selected;
    for (const b of this.list.querySelectorAll<HTMLButtonElement>('button')) {
      if (b.dataset.id === selected) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
  }

  destroy(): void {
    this.unsubscribe.forEach((off) => off());
    cancelAnimationFrame(this.frame);
    this.element.remove();
  }
}
