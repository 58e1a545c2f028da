/**
 * Every linked claim about the same place and days, grouped by claimant ("… says"), each with its
 * own date, figures and sources; above them each claimant's tolls side by side, never merged.
 */
import {
  type ClaimantGroup,
  groupByClaimant,
  hasBothSides,
  TOLL_PARTIES,
  type TollParty,
  tollParty,
  tollsDisagree,
} from '../../data/claim-groups.ts';
import type { Incident, IncidentProperties } from '../../data/schema.ts';
import { claimantLabel, englishText, formatNumber, groupLabel, t, typeLabel } from '../../i18n/index.ts';
import { groupKey } from '../../style/group-colours.ts';
import { el } from '../dom.ts';
import { dateText, tollText } from './claim-text.ts';
import { sourceList } from './source-list.ts';

export function claimsSection(
  doc: Document,
  p: IncidentProperties,
  d: { incidentsById: ReadonlyMap<string, Incident>; groups: readonly string[]; parties: readonly string[] },
  onOpen: (id: string) => void,
): HTMLElement | null {
  if (p.related.length === 0) return null;
  const { incidentsById } = d;
  const groups = groupByClaimant(p, incidentsById, d.groups);
  const section = el(doc, 'section', { class: 'cl-details__claims', 'aria-labelledby': 'cl-claims-title' });
  section.append(el(doc, 'h3', { id: 'cl-claims-title' }, t('claimsTitle')));
  if (hasBothSides(p, incidentsById, d.parties)) section.append(el(doc, 'p', { class: 'cl-details__both' }, t('bothSidesNote')));
  const claims = groups.flatMap((g) => g.claims);
  if (tollsDisagree(claims)) section.append(el(doc, 'p', { class: 'cl-details__both' }, t('tollsDiffer')));
  if (claims.some((c) => c.fatalities_claimed !== null)) section.append(tollTable(doc, groups));
  for (const g of groups) {
    const block = el(doc, 'div', { class: `cl-claimant cl-side--${groupKey(g.side)}` });
    const claimant = claimantLabel({ claimant: g.claimant, claimant_label: g.label });
    block.append(el(doc, 'h4', {}, t('claimantHeading', { claimant, side: groupLabel(g.side) })));
    const ul = el(doc, 'ul', { class: 'cl-claimant__claims' });
    for (const c of g.claims) {
      const li = el(doc, 'li', c.id === p.id ? { 'aria-current': 'true' } : {});
      const head = el(doc, 'p', { class: 'cl-claimant__head' }, `${dateText(c)} · ${typeLabel(c.event_type)}`);
      if (c.id === p.id) head.append(el(doc, 'span', { class: 'cl-claimant__this' }, ` — ${t('thisClaim')}`));
      li.append(head, el(doc, 'p', englishText(), c.summary));
      if (c.fatalities_claimed !== null) li.append(el(doc, 'p', { class: 'cl-claimant__toll' }, `${t('fieldFatalities')}: ${tollText(c)}`));
      li.append(sourceList(doc, c.sources));
      if (c.id !== p.id) {
        const open = el(doc, 'button', { type: 'button', class: 'cl-linkish' }, t('openClaim'));
        open.addEventListener('click', () => onOpen(c.id));
        li.append(open);
      }
      ul.append(li);
    }
    block.append(ul);
    section.append(block);
  }
  return section;
}

/** Each claimant's figures, per party whose dead they count. */
function tollTable(doc: Document, groups: readonly ClaimantGroup[]): HTMLElement {
  const table = el(doc, 'table', { class: 'cl-details__tolls' });
  table.append(el(doc, 'caption', {}, t('tollTableCaption')));
  for (const g of groups) {
    const byParty = new Map<TollParty, number[]>();
    for (const c of g.claims) {
      if (c.fatalities_claimed === null) continue;
      byParty.set(tollParty(c), [...(byParty.get(tollParty(c)) ?? []), c.fatalities_claimed]);
    }
    if (byParty.size === 0) continue;
    const tr = el(doc, 'tr', { class: `cl-side--${groupKey(g.side)}` });
    const td = el(doc, 'td');
    const ordered = [...byParty].sort(([a], [b]) => TOLL_PARTIES.indexOf(a) - TOLL_PARTIES.indexOf(b));
    // The noun agrees with the figure next to it, the last one (Russian "2, 21 погибший").
    for (const [of, figures] of ordered)
      td.append(el(doc, 'div', {}, `${figures.map((n) => formatNumber(n)).join(', ')} ${t(`tollOf_${of}`, { n: figures.at(-1) ?? 0 })}`));
    tr.append(el(doc, 'th', { scope: 'row' }, claimantLabel({ claimant: g.claimant, claimant_label: g.label })), td);
    table.append(tr);
  }
  return table;
}
