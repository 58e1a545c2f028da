/**
 * The details panel for one incident-claim or one region. Every value from data is set as text;
 * only http(s) source URLs become links, opened with rel="noopener noreferrer".
 */
import './details-panel.css';
import {
  groupByClaimant,
  hasBothSides,
  TOLL_PARTIES,
  tollParty,
  tollsDisagree,
  type ClaimantGroup,
  type TollParty,
} from '../data/claim-groups.ts';
import type { Incident, IncidentProperties, Place, Region, Source } from '../data/schema.ts';
import { regionsAtDay } from '../geo/regions-at-day.ts';
import { claimantLabel, currentLanguage, formatDay, formatDays, formatNumber, regionName, t, type StringKey } from '../i18n/index.ts';
import { otherNames, placeName } from '../i18n/place-name.ts';
import { el, safeHref } from './dom.ts';

export type DetailsOptions = {
  doc: Document;
  incidentsById: ReadonlyMap<string, Incident>;
  placesById: ReadonlyMap<string, Place>;
  regionsById: ReadonlyMap<string, Region>;
  onOpen: (id: string) => void;
  onClose: () => void;
};

/** Below this distance the border data cannot tell the side (data/README.md, "Where each place lies"). */
const SIDE_UNCERTAIN_KM = 1;

export class DetailsPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  private opener: HTMLElement | null = null;

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

  /** The place as the map names it, the source's own wording if different, and the other names. */
  private placeText(p: IncidentProperties): string {
    const place = p.place_id ? this.o.placesById.get(p.place_id) : undefined;
    const lang = currentLanguage();
    const label = place ? placeName(place.properties, lang) : p.place_name || t('notStated');
    const parts = [label];
    if (place) {
      const others = otherNames(place.properties, lang);
      // The source's own wording only when it is none of the place's names (e.g. "Istisu" for Jermuk).
      if (p.place_name && p.place_name !== label && !others.includes(p.place_name))
        parts.push(t('placeAsReported', { name: p.place_name }));
      if (others.length) parts.push(`(${others.join(' · ')})`);
    }
    if (p.geo_precision)
      parts.push(`— ${t(`precision_geo_${p.geo_precision}` as StringKey)}, ${t(`role_${p.location_role}` as StringKey)}`);
    return parts.join(' ');
  }

  private sourceList(sources: readonly Source[]): HTMLElement {
    const { doc } = this.o;
    const list = el(doc, 'ul', { class: 'cl-details__sources' });
    for (const s of sources) {
      const li = el(doc, 'li');
      const href = safeHref(s.url);
      const seed = /^seed:(\d{3})$/.exec(s.url);
      if (href) li.append(el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.title));
      else li.append(el(doc, 'span', {}, seed ? `${s.title} — ${t('seedSource', { n: seed[1]! })}` : s.title));
      li.append(el(doc, 'span', { class: 'cl-details__publisher' }, ` — ${s.publisher}${s.date ? `, ${s.date}` : ''}`));
      list.append(li);
    }
    return list;
  }

  /** Distance to the border, side, and the disputed regions at the claim's date: computed, not typed in. */
  private whereSection(p: IncidentProperties): HTMLElement | null {
    const { doc } = this.o;
    const place = p.place_id ? this.o.placesById.get(p.place_id) : undefined;
    if (!place) return null;
    const q = place.properties;
    const section = el(doc, 'section', { class: 'cl-details__where', 'aria-labelledby': 'cl-where-title' });
    section.append(el(doc, 'h3', { id: 'cl-where-title' }, t('whereTitle')));
    let border: string;
    if (q.border_side === null || q.border_km === null) border = t('borderNone');
    else if (q.border_km < SIDE_UNCERTAIN_KM) border = t('borderNear', { km: formatNumber(SIDE_UNCERTAIN_KM) });
    else border = t(q.border_side === 'AM' ? 'borderInArmenia' : 'borderInAzerbaijan', { km: formatNumber(Math.round(q.border_km)) });
    section.append(el(doc, 'p', { class: 'cl-details__border' }, border));
    const regions = regionsAtDay(q.regions, this.o.regionsById, p.day);
    if (regions.length === 0) {
      section.append(el(doc, 'p', {}, t('regionsNone', { date: formatDay(p.day) })));
    } else {
      section.append(el(doc, 'p', {}, t('regionsOn', { date: formatDay(p.day) })));
      const ul = el(doc, 'ul', { class: 'cl-details__regions' });
      for (const r of regions) {
        const b = el(doc, 'button', { type: 'button', class: 'cl-linkish' }, regionName(r.properties));
        b.addEventListener('click', () => this.showRegion(r));
        const li = el(doc, 'li');
        li.append(b);
        ul.append(li);
      }
      section.append(ul);
    }
    section.append(el(doc, 'p', { class: 'cl-details__publisher' }, t('whereNote')));
    return section;
  }

  /** Every linked claim about the same place and days, grouped by claimant, each with its own figures. */
  private claimsSection(p: IncidentProperties): HTMLElement | null {
    const { doc } = this.o;
    if (p.related.length === 0) return null;
    const groups = groupByClaimant(p, this.o.incidentsById);
    const section = el(doc, 'section', { class: 'cl-details__claims', 'aria-labelledby': 'cl-claims-title' });
    section.append(el(doc, 'h3', { id: 'cl-claims-title' }, t('claimsTitle')));
    if (hasBothSides(p, this.o.incidentsById)) section.append(el(doc, 'p', { class: 'cl-details__both' }, t('bothSidesNote')));
    const claims = groups.flatMap((g) => g.claims);
    if (tollsDisagree(claims)) section.append(el(doc, 'p', { class: 'cl-details__both' }, t('tollsDiffer')));
    if (claims.some((c) => c.fatalities_claimed !== null)) section.append(this.tollTable(groups));
    for (const g of groups) {
      const block = el(doc, 'div', { class: `cl-claimant cl-side--${g.side}` });
      block.append(
        el(
          doc,
          'h4',
          {},
          t('claimantSays', {
            claimant: claimantLabel({ claimant: g.claimant, claimant_label: g.label }),
            side: t(`side_${g.side}` as StringKey),
          }),
        ),
      );
      const ul = el(doc, 'ul', { class: 'cl-claimant__claims' });
      for (const c of g.claims) {
        const li = el(doc, 'li', c.id === p.id ? { 'aria-current': 'true' } : {});
        const head = el(doc, 'p', { class: 'cl-claimant__head' }, `${this.dateText(c)} · ${t(`type_${c.event_type}` as StringKey)}`);
        if (c.id === p.id) head.append(el(doc, 'span', { class: 'cl-claimant__this' }, ` — ${t('thisClaim')}`));
        li.append(head, el(doc, 'p', {}, c.summary));
        if (c.fatalities_claimed !== null)
          li.append(el(doc, 'p', { class: 'cl-claimant__toll' }, `${t('fieldFatalities')}: ${this.tollText(c)}`));
        li.append(this.sourceList(c.sources));
        if (c.id !== p.id) {
          const open = el(doc, 'button', { type: 'button', class: 'cl-linkish' }, t('openClaim'));
          open.addEventListener('click', () => this.o.onOpen(c.id));
          li.append(open);
        }
        ul.append(li);
      }
      block.append(ul);
      section.append(block);
    }
    return section;
  }

  /** Each claimant's figures, per party whose dead they count: the tolls side by side, never merged. */
  private tollTable(groups: readonly ClaimantGroup[]): HTMLElement {
    const { doc } = this.o;
    const table = el(doc, 'table', { class: 'cl-details__tolls' });
    table.append(el(doc, 'caption', {}, t('tollTableCaption')));
    for (const g of groups) {
      const byParty = new Map<TollParty, number[]>();
      for (const c of g.claims) {
        if (c.fatalities_claimed === null) continue;
        byParty.set(tollParty(c), [...(byParty.get(tollParty(c)) ?? []), c.fatalities_claimed]);
      }
      if (byParty.size === 0) continue;
      const tr = el(doc, 'tr', { class: `cl-side--${g.side}` });
      const td = el(doc, 'td');
      const ordered = [...byParty].sort(([a], [b]) => TOLL_PARTIES.indexOf(a) - TOLL_PARTIES.indexOf(b));
      for (const [of, figures] of ordered)
        td.append(el(doc, 'div', {}, `${figures.map((n) => formatNumber(n)).join(', ')} ${t(`tollOf_${of}` as StringKey)}`));
      tr.append(el(doc, 'th', { scope: 'row' }, claimantLabel({ claimant: g.claimant, claimant_label: g.label })), td);
      table.append(tr);
    }
    return table;
  }

  private tollText(p: IncidentProperties): string {
    if (p.fatalities_claimed === null) return t('notStated');
    return `${formatNumber(p.fatalities_claimed)} ${t(`tollOf_${tollParty(p)}` as StringKey)}`;
  }

  private dateText(p: IncidentProperties): string {
    return p.day_end !== p.day ? formatDays(p.day, p.day_end) : formatDay(p.day);
  }

  showIncident(incident: Incident, focus = true): void {
    const { doc } = this.o;
    const p = incident.properties;
    const place = p.place_id ? this.o.placesById.get(p.place_id) : undefined;
    const where = place ? placeName(place.properties, currentLanguage()) : p.place_name || formatDay(p.day);
    this.heading.textContent = `${t(`type_${p.event_type}` as StringKey)} — ${where}`;
    const claim = el(
      doc,
      'p',
      { class: `cl-details__claimant cl-side--${p.claimant_side}` },
      `${claimantLabel(p)} (${t(`side_${p.claimant_side}` as StringKey)})`,
    );
    const list = el(doc, 'dl', { class: 'cl-details__fields' });
    this.row(list, t('fieldDate'), `${this.dateText(p)} (${t(`precision_date_${p.date_precision}` as StringKey)})`);
    this.row(list, t('fieldTime'), p.time);
    this.row(
      list,
      t('fieldPlace'),
      incident.geometry
        ? this.placeText(p)
        : t('noPlace', { reason: p.unplotted_reason ?? '' }) + (p.place_name ? ` — ${p.place_name}` : ''),
    );
    this.row(list, t('fieldType'), t(`type_${p.event_type}` as StringKey));
    this.row(list, t('fieldClaimant'), claimantLabel(p));
    this.row(list, t('fieldAccused'), p.accused ? t(`accused_${p.accused}` as StringKey) : null);
    this.row(list, t('fieldFatalities'), this.tollText(p));
    this.row(list, t('fieldCivilians'), t(`harm_${p.civilian_harm}` as StringKey));
    this.row(list, t('fieldSummary'), p.summary);
    this.row(list, t('fieldSources'), this.sourceList(p.sources));
    if (p.weak_source) list.append(el(doc, 'dd', { class: 'cl-details__warning' }, t(`weak_${p.weak_source}` as StringKey)));
    if (p.notes) {
      const details = el(doc, 'details', { class: 'cl-details__notes' });
      details.append(el(doc, 'summary', {}, t('fieldNotes')), el(doc, 'p', {}, p.notes));
      const dd = el(doc, 'dd');
      dd.append(details);
      list.append(dd);
    }
    const sections = [this.whereSection(p), this.claimsSection(p)].filter((n): n is HTMLElement => n !== null);
    this.body.replaceChildren(claim, list, ...sections);
    this.open(focus);
  }

  showRegion(region: Region): void {
    const { doc } = this.o;
    const p = region.properties;
    this.heading.textContent = regionName(p);
    const period = p.reference
      ? t('regionAlways')
      : t('regionPeriod', { from: p.valid_from ? formatDay(p.day_from) : '…', to: p.valid_to ? formatDay(p.day_to) : '…' });
    this.body.replaceChildren(
      el(doc, 'p', { class: 'cl-details__period' }, period),
      el(doc, 'p', {}, p.description),
      el(doc, 'p', { class: 'cl-details__publisher' }, `${t('fieldSources')}: ${p.source}`),
    );
    this.open(true);
  }

  /** A page of text from the interface strings (the naming policy). */
  showText(title: string, paragraphs: readonly string[]): void {
    this.heading.textContent = title;
    this.body.replaceChildren(...paragraphs.map((text) => el(this.o.doc, 'p', {}, text)));
    this.open(true);
  }

  private open(focus: boolean): void {
    // Remember what opened the panel (a list item, a region link, the policy button) to return focus there.
    const active = this.o.doc.activeElement;
    if (active instanceof HTMLElement && !this.element.contains(active) && active !== this.o.doc.body) this.opener = active;
    this.element.hidden = false;
    this.body.scrollTop = 0;
    if (focus) this.heading.focus();
  }

  close(): void {
    if (this.element.hidden) return;
    const hadFocus = this.element.contains(this.o.doc.activeElement);
    this.element.hidden = true;
    if (hadFocus && this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }
}
