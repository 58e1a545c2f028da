/**
 * One incident-claim in full: who claims it and on which side, date and precision, place (as the
 * map names it, the source's own wording and the other names), type, figures, summary, sources,
 * notes; then "Where is this?" and the claims side by side. Every value from data is set as text.
 */
import type { Incident, IncidentProperties, Place, Region } from '../../data/schema.ts';
import { claimantLabel, currentLanguage, englishText, formatDay, groupLabel, t, typeLabel } from '../../i18n/index.ts';
import { groupKey } from '../../style/group-colours.ts';
import { otherNames, placeName } from '../../i18n/place-name.ts';
import { el } from '../dom.ts';
import { claimsSection } from './claims-section.ts';
import { dateText, tollText } from './claim-text.ts';
import { sourceList } from './source-list.ts';
import { unplottedText } from './unplotted-text.ts';
import { whereSection } from './where-section.ts';

export type IncidentViewData = {
  incidentsById: ReadonlyMap<string, Incident>;
  placesById: ReadonlyMap<string, Place>;
  regionsById: ReadonlyMap<string, Region>;
  groups: readonly string[];
  parties: readonly string[];
  onOpen: (id: string) => void;
  onRegion: (id: string) => void;
  /**
   * Several datasets loaded: the section of the others' records nearby (nearby-section.ts, loaded
   * on demand by the panel; absent with one dataset).
   */
  nearby?: ((incident: Incident) => HTMLElement | null) | undefined;
};

export function incidentTitle(incident: Incident, placesById: ReadonlyMap<string, Place>): string {
  const p = incident.properties;
  const place = p.place_id ? placesById.get(p.place_id) : undefined;
  const where = place ? placeName(place.properties, currentLanguage()) : p.place_name || formatDay(p.day);
  return `${typeLabel(p.event_type)} — ${where}`;
}

export function incidentBody(doc: Document, incident: Incident, d: IncidentViewData): Node[] {
  const p = incident.properties;
  const place = p.place_id ? d.placesById.get(p.place_id) : undefined;
  const claim = el(
    doc,
    'p',
    { class: `cl-details__claimant cl-side--${groupKey(p.claimant_side)}` },
    `${claimantLabel(p)} (${groupLabel(p.claimant_side)})`,
  );
  const list = el(doc, 'dl', { class: 'cl-details__fields' });
  const row = (label: string, value: string | Node | null) => {
    if (value === null || value === '') return;
    const dd = el(doc, 'dd');
    if (typeof value === 'string') dd.textContent = value;
    else dd.append(value);
    list.append(el(doc, 'dt', {}, label), dd);
  };
  row(t('fieldDate'), `${dateText(p)} (${t(`precision_date_${p.date_precision}`)})`);
  row(t('fieldTime'), p.time);
  row(t('fieldPlace'), incident.geometry ? placeText(p, place) : unplottedText(doc, p));
  row(t('fieldType'), typeLabel(p.event_type));
  row(t('fieldClaimant'), claimantLabel(p));
  row(t('fieldAccused'), p.accused ? t(`accused_${p.accused}`) : null);
  row(t('fieldFatalities'), tollText(p));
  row(t('fieldCivilians'), t(`harm_${p.civilian_harm}`));
  // Summaries and notes are written in English only: say so, for screen readers and hyphenation.
  row(t('fieldSummary'), el(doc, 'span', englishText(), p.summary));
  row(t('fieldSources'), sourceList(doc, p.sources));
  if (p.weak_source) list.append(el(doc, 'dd', { class: 'cl-details__warning' }, t(`weak_${p.weak_source}`)));
  if (p.notes) {
    const details = el(doc, 'details', { class: 'cl-details__notes' });
    details.append(el(doc, 'summary', {}, t('fieldNotes')), el(doc, 'p', englishText(), p.notes));
    const dd = el(doc, 'dd');
    dd.append(details);
    list.append(dd);
  }
  const sections = [
    whereSection(doc, p, place, d.regionsById, d.onRegion),
    claimsSection(doc, p, d, d.onOpen),
    d.nearby ? d.nearby(incident) : null,
  ];
  return [claim, list, ...sections.filter((n): n is HTMLElement => n !== null)];
}

/** The place as the map names it, the source's own wording if different, and the other names. */
function placeText(p: IncidentProperties, place: Place | undefined): string {
  const lang = currentLanguage();
  const label = place ? placeName(place.properties, lang) : p.place_name || t('notStated');
  const parts = [label];
  if (place) {
    const others = otherNames(place.properties, lang);
    // The source's own wording only when it is none of the place's names (e.g. "Istisu" for Jermuk).
    if (p.place_name && p.place_name !== label && !others.includes(p.place_name)) parts.push(t('placeAsReported', { name: p.place_name }));
    if (others.length) parts.push(`(${others.join(' · ')})`);
  }
  if (p.geo_precision) parts.push(`— ${t(`precision_geo_${p.geo_precision}`)}, ${t(`role_${p.location_role}`)}`);
  return parts.join(' ');
}
