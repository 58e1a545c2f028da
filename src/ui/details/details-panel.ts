/**
 * The details area over the map: a claim (the store's `selected`), or a region's or the naming
 * policy's text (the store's `panel`). It renders from the store and writes only to it: × and
 * Escape close it; links inside open another claim or a region. Focus moves to its heading when
 * the change asks for it, and back to what opened it on close (or, where that is now hidden, to
 * a fallback such as the phone's sheet button).
 */
import './details-panel.css';
import type { LocalText } from '../../data/dataset.ts';
import type { Incident, Place, Region } from '../../data/schema.ts';
import { currentLanguage, formatDay, regionDescription, regionName, t } from '../../i18n/index.ts';
import { type AppState, type Intent, REPLACE, type Store } from '../../state/app-state.ts';
import type { ColumnData } from '../../load-column-data.ts';
import { el } from '../dom.ts';
import { type ColumnClaim, loadColumnClaim } from './column-claim.ts';
import { MalformedRecord } from '../../data/columns/malformed-record.ts';

export type DetailsOptions = {
  doc: Document;
  store: Store;
  incidentsById: ReadonlyMap<string, Incident>;
  placesById: ReadonlyMap<string, Place>;
  regionsById: ReadonlyMap<string, Region>;
  /** The dataset's group ids in order, and its opposing parties (claims listed by group, "both sides" note). */
  groups: readonly string[];
  parties: readonly string[];
  /** Where focus goes on close when the opener is gone or hidden. */
  fallbackFocus: () => HTMLElement | null;
  /** The loaded datasets and each record's dataset: with more than one, "Other datasets nearby". */
  datasets?: readonly { id: string; title: LocalText }[] | undefined;
  datasetOf?: ReadonlyMap<string, string> | undefined;
  /** A dataset loaded as columns: a claim's record is fetched (by range) when it opens. */
  columnData?: ColumnData | null | undefined;
};

type Shown =
  | { kind: 'incident'; incident: Incident }
  | { kind: 'row'; id: string; row: number }
  | { kind: 'region'; region: Region }
  | { kind: 'policy' }
  | null;

export class DetailsPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  private opener: HTMLElement | null = null;
  private readonly off: () => void;
  private shownKey = '';
  private destroyed = false;
  /**
   * "Other datasets nearby", once its module is loaded (only with several datasets: a page with
   * the built-in one never fetches it). It keeps the reader's distance and slack between records.
   */
  private nearby: ((incident: Incident) => HTMLElement | null) | undefined;

  constructor(private readonly o: DetailsOptions) {
    const { doc } = o;
    this.element = el(doc, 'aside', { class: 'cl-details', 'aria-labelledby': 'cl-details-title', hidden: '' });
    const header = el(doc, 'div', { class: 'cl-details__header' });
    this.heading = el(doc, 'h2', { id: 'cl-details-title', tabindex: '-1' });
    const close = el(doc, 'button', { type: 'button', class: 'cl-button cl-details__close', 'aria-label': t('close') }, '×');
    close.addEventListener('click', this.close);
    header.append(this.heading, close);
    this.body = el(doc, 'div', { class: 'cl-details__body' });
    this.element.append(header, this.body);
    this.element.addEventListener('keydown', this.onKey);
    // After the whole update: a sheet closing in the same change must not be inert when focus moves here.
    this.off = o.store.on('change', (changed, intent) => {
      if (changed.has('selected') || changed.has('panel')) this.render(intent);
    });
    this.render({ history: 'none', focus: false });
    this.loadNearby();
  }

  private shown(state: Readonly<AppState>): Shown {
    const { panel, selected } = state;
    if (panel?.kind === 'region') {
      const region = this.o.regionsById.get(panel.id);
      if (region) return { kind: 'region', region };
    }
    if (panel?.kind === 'policy') return { kind: 'policy' };
    if (!selected) return null;
    const incident = this.o.incidentsById.get(selected);
    if (incident) return { kind: 'incident', incident };
    const row = this.o.columnData?.rowOf(selected);
    return row === undefined ? null : { kind: 'row', id: selected, row };
  }

  private render(intent: Intent): void {
    const shown = this.shown(this.o.store.state);
    const key = !shown
      ? ''
      : shown.kind === 'incident'
        ? `i:${shown.incident.properties.id}`
        : shown.kind === 'row'
          ? `i:${shown.id}`
          : shown.kind === 'region'
            ? `r:${shown.region.properties.id}`
            : 'policy';
    if (key === this.shownKey) return;
    this.shownKey = key;
    if (!shown) {
      this.hide();
      return;
    }
    const { doc } = this.o;
    this.element.removeAttribute('aria-busy');
    if (shown.kind === 'incident') {
      const claim = { incident: shown.incident, byId: this.o.incidentsById };
      void this.renderClaim(key, Promise.resolve(claim)).then((done) => {
        if (done) this.show(intent.focus !== false && intent.history !== 'none');
      });
      return;
    }
    if (shown.kind === 'row') {
      this.loadRow(key, shown.row);
      this.show(intent.focus !== false && intent.history !== 'none');
      return;
    }
    if (shown.kind === 'region') {
      const p = shown.region.properties;
      this.heading.textContent = regionName(p);
      const period = p.reference
        ? t('regionAlways')
        : t('regionPeriod', { from: p.valid_from ? formatDay(p.day_from) : '…', to: p.valid_to ? formatDay(p.day_to) : '…' });
      this.body.replaceChildren(
        el(doc, 'p', { class: 'cl-details__period' }, period),
        descriptionParagraph(doc, p),
        el(doc, 'p', { class: 'cl-details__publisher' }, `${t('fieldSources')}: ${p.source}`),
      );
    } else {
      this.heading.textContent = t('namingPolicy');
      this.body.replaceChildren(
        ...[t('namingPolicy1'), t('namingPolicy2'), t('namingPolicy3'), t('groupingPolicy')].map((text) => el(doc, 'p', {}, text)),
      );
    }
    this.show(intent.focus !== false && intent.history !== 'none');
  }

  /**
   * A claim's view once it and the view's code are here; false when the reader has moved on (another
   * claim, or none), whose answer is then dropped. The view is a chunk of its own, fetched when the
   * first claim opens: the first view does not need it.
   */
  private async renderClaim(key: string, claim: Promise<ColumnClaim>): Promise<boolean> {
    const [{ incidentBody, incidentTitle }, { incident, byId }] = await Promise.all([import('./incident-view.ts'), claim]);
    if (this.destroyed || this.shownKey !== key) return false;
    this.element.removeAttribute('aria-busy');
    this.heading.textContent = incidentTitle(incident, this.o.placesById);
    const d = { ...this.o, incidentsById: byId, nearby: this.nearby, onOpen: this.openClaim, onRegion: this.openRegion };
    this.body.replaceChildren(...incidentBody(this.o.doc, incident, d));
    this.body.scrollTop = 0;
    return true;
  }

  /** A columns claim: a loading line at once, then its view; a failed read says what failed, and a failed fetch offers a retry. */
  private loadRow(key: string, row: number): void {
    const { doc, columnData } = this.o;
    if (!columnData) return;
    this.element.setAttribute('aria-busy', 'true');
    this.heading.textContent = t('claimLoading');
    this.body.replaceChildren(el(doc, 'p', { class: 'cl-details__loading' }, t('claimLoading')));
    this.renderClaim(key, loadColumnClaim(columnData, row)).catch((err: unknown) => {
      if (this.destroyed || this.shownKey !== key) return;
      this.element.removeAttribute('aria-busy');
      this.heading.textContent = t('claimUnread');
      const error = err instanceof Error ? err.message : String(err);
      this.body.replaceChildren(el(doc, 'p', { class: 'cl-details__error', role: 'alert' }, t('claimLoadFailed', { error })));
      if (err instanceof MalformedRecord) return;
      const retry = el(doc, 'button', { type: 'button', class: 'cl-button' }, t('claimRetry'));
      retry.addEventListener('click', () => {
        const focused = doc.activeElement === retry;
        this.loadRow(key, row);
        if (focused) this.heading.focus();
      });
      this.body.append(retry);
    });
  }

  private show(focus: boolean): void {
    const active = this.o.doc.activeElement;
    if (active instanceof HTMLElement && !this.element.contains(active) && active !== this.o.doc.body) this.opener = active;
    this.element.hidden = false;
    this.body.scrollTop = 0;
    // After every listener of this change has run (a sheet may still be closing).
    if (focus) queueMicrotask(() => this.heading.focus());
  }

  private hide(): void {
    if (this.element.hidden) return;
    const hadFocus = this.element.contains(this.o.doc.activeElement);
    this.element.hidden = true;
    if (!hadFocus) return;
    const opener = this.opener;
    this.opener = null;
    queueMicrotask(() => {
      const target = opener?.isConnected && opener.checkVisibility() && !opener.closest('[inert]') ? opener : this.o.fallbackFocus();
      target?.focus();
    });
  }

  private loadNearby(): void {
    const { datasets, datasetOf, doc } = this.o;
    if (!datasets || !datasetOf || datasets.length < 2) return;
    const strings = import('../../i18n/lazy/index.ts').then((m) => m.loadLazyStrings());
    void Promise.all([import('./nearby-section.ts'), strings]).then(([{ defaultNearbyChoice, nearbySection }]) => {
      if (this.destroyed) return;
      const data = { datasets, datasetOf, all: [...this.o.incidentsById.values()], choice: defaultNearbyChoice() };
      this.nearby = (incident) => nearbySection(doc, incident, data, this.openClaim);
      // A record already open gets its section now, at the end of the body as it would be.
      const shown = this.shown(this.o.store.state);
      const section = shown?.kind === 'incident' && !this.element.hidden ? this.nearby(shown.incident) : null;
      if (section) this.body.append(section);
    });
  }

  private openClaim = (id: string): void => this.o.store.update({ selected: id, panel: null }, REPLACE);
  private openRegion = (id: string): void => this.o.store.update({ panel: { kind: 'region', id } }, REPLACE);

  /** × and Escape close whatever is shown: the claim, and a region's or the policy's text over it. */
  private close = (): void => {
    const { panel } = this.o.store.state;
    const text = panel?.kind === 'region' || panel?.kind === 'policy';
    this.o.store.update({ selected: null, panel: text ? null : panel }, REPLACE);
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.close();
  };

  destroy(): void {
    this.destroyed = true;
    this.off();
    this.element.remove();
  }
}

/** The region's description in the page's language, or the English one marked as English. */
function descriptionParagraph(doc: Document, p: { id: string; description: string }): HTMLElement {
  const { text, lang } = regionDescription(p);
  return el(doc, 'p', lang === currentLanguage() ? {} : { lang }, text);
}
