/**
 * The details panel for one incident-claim or one region. Every value from data is set as text;
 * only http(s) source URLs become links, opened with rel="noopener noreferrer".
 */
import type { Incident, Place, Region } from '../data/schema.ts';
import { formatDay, formatNumber, t, type StringKey } from '../i18n/index.ts';
import { el, safeHref } from './dom.ts';

export type DetailsOptions = {
  doc: Document;
  incidentsById: ReadonlyMap<string, Incident>;
  placesById: ReadonlyMap<string, Place>;
  onOpen: (id: string) => void;
  onClose: () => void;
};

export class DetailsPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;

  constructor(private readonly o: DetailsOptions) {
    const { doc } = o;
    this.element = el(doc, 'aside', { class: 'cl-details', 'aria-labelledby': 'cl-details-title', hidden: '' });
    const header = el(doc, 'div', { class: 'cl-details__header' });
    this.heading = el(doc, 'h2', { id: 'cl-details-title', tabindex: '-1' });
    const close = el(doc, 'button', { type: 'button', class: 'cl-button cl-details__close', 'aria-label': t('close') }, '×');
    close.addEventListener('click', () => o.onClose());
    header.append(this.heading, close);
    this.body = el(doc, 'div', { class: 'cl-details__body' });
    this.element.append(header, this.body);
    this.element.addEventListener('keydown', (e) => e.key === 'Escape' && o.onClose());
  }

  private row(list: HTMLElement, label: string, value: string | Node | null): void {
    if (value === null || value === '') return;
    list.append(el(this.o.doc, 'dt', {}, label));
    const dd = el(this.o.doc, 'dd');
    if (typeof value === 'string') dd.textContent = value;
    else dd.append(value);
    list.append(dd);
  }

  private placeText(p: Incident['properties']): string {
    const place = p.place_id ? this.o.placesById.get(p.place_id) : undefined;
    const parts = [p.place_name || t('notStated')];
    if (place) {
      const names = [place.properties.name_en, place.properties.name_hy, place.properties.name_az, place.properties.name_ru].filter(Boolean);
      const others = [...new Set(names)].filter((n) => n !== p.place_name);
      if (others.length) parts.push(`(${others.join(' · ')})`);
    }
    if (p.geo_precision) parts.push(`— ${t(`precision_geo_${p.geo_precision}` as StringKey)}, ${t(`role_${p.location_role}` as StringKey)}`);
    return parts.join(' ');
  }

  showIncident(incident: Incident, focus = true): void {
    const { doc } = this.o;
    const p = incident.properties;
    this.heading.textContent = `${t(`type_${p.event_type}` as StringKey)} — ${p.place_name || formatDay(p.day)}`;
    const claim = el(doc, 'p', { class: `cl-details__claimant cl-side--${p.claimant_side}` }, `${p.claimant_label} (${t(`side_${p.claimant_side}` as StringKey)})`);
    const list = el(doc, 'dl', { class: 'cl-details__fields' });
    const dateText = p.date_end && p.date_end !== p.date ? `${formatDay(p.day)} – ${formatDay(p.day_end)}` : formatDay(p.day);
    this.row(list, t('fieldDate'), `${dateText} (${t(`precision_date_${p.date_precision}` as StringKey)})`);
    this.row(list, t('fieldTime'), p.time);
    this.row(list, t('fieldPlace'), incident.geometry ? this.placeText(p) : t('noPlace', { reason: p.unplotted_reason ?? '' }) + (p.place_name ? ` — ${p.place_name}` : ''));
    this.row(list, t('fieldType'), t(`type_${p.event_type}` as StringKey));
    this.row(list, t('fieldClaimant'), p.claimant_label);
    this.row(list, t('fieldAccused'), p.accused ? t(`accused_${p.accused}` as StringKey) : null);
    this.row(list, t('fieldFatalities'), p.fatalities_claimed === null ? t('notStated') : formatNumber(p.fatalities_claimed));
    this.row(list, t('fieldCivilians'), t(`harm_${p.civilian_harm}` as StringKey));
    this.row(list, t('fieldSummary'), p.summary);

    const sources = el(doc, 'ul', { class: 'cl-details__sources' });
    for (const s of p.sources) {
      const li = el(doc, 'li');
      const href = safeHref(s.url);
      const seed = /^seed:(\d{3})$/.exec(s.url);
      if (href) {
        const a = el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.title);
        li.append(a);
      } else {
        li.append(el(doc, 'span', {}, seed ? `${s.title} — ${t('seedSource', { n: seed[1]! })}` : s.title));
      }
      li.append(el(doc, 'span', { class: 'cl-details__publisher' }, ` — ${s.publisher}${s.date ? `, ${s.date}` : ''}`));
      sources.append(li);
    }
    this.row(list, t('fieldSources'), sources);
    if (p.weak_source) list.append(el(doc, 'dd', { class: 'cl-details__warning' }, t(`weak_${p.weak_source}` as StringKey)));

    if (p.related.length) {
      const rel = el(doc, 'ul', { class: 'cl-details__related' });
      for (const id of p.related) {
        const other = this.o.incidentsById.get(id);
        if (!other) continue;
        const q = other.properties;
        const b = el(doc, 'button', { type: 'button', class: `cl-linkish cl-side--${q.claimant_side}` }, `${formatDay(q.day, 'short')} · ${q.claimant_label}: ${q.summary}`);
        b.addEventListener('click', () => this.o.onOpen(id));
        const li = el(doc, 'li');
        li.append(b);
        rel.append(li);
      }
      this.row(list, t('fieldRelated'), rel);
    }
    if (p.notes) {
      const details = el(doc, 'details', { class: 'cl-details__notes' });
      details.append(el(doc, 'summary', {}, t('fieldNotes')), el(doc, 'p', {}, p.notes));
      const dd = el(doc, 'dd');
      dd.append(details);
      list.append(dd);
    }
    this.body.replaceChildren(claim, list);
    this.open(focus);
  }

  showRegion(region: Region): void {
    const { doc } = this.o;
    const p = region.properties;
    this.heading.textContent = p.name;
    const period = p.reference ? t('regionAlways') : t('regionPeriod', { from: p.valid_from ? formatDay(p.day_from) : '…', to: p.valid_to ? formatDay(p.day_to) : '…' });
    this.body.replaceChildren(el(doc, 'p', { class: 'cl-details__period' }, period), el(doc, 'p', {}, p.description), el(doc, 'p', { class: 'cl-details__publisher' }, `${t('fieldSources')}: ${p.source}`));
    this.open(true);
  }

  private open(focus: boolean): void {
    this.element.hidden = false;
    this.body.scrollTop = 0;
    if (focus) this.heading.focus();
  }

  close(): void {
    this.element.hidden = true;
  }
}
