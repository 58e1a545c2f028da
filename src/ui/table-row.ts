/** One row of the claims table (incident-table.ts): date, place and type, claimant, toll. */
import type { IncidentProperties } from '../data/schema.ts';
import { claimantLabel, formatDay, formatNumber, t, typeLabel } from '../i18n/index.ts';
import { groupKey } from '../style/group-colours.ts';
import { el } from './dom.ts';

/** `pos` is the row's place in the sorted list; aria-rowindex counts the header row as 1. */
export function claimRow(doc: Document, p: IncidentProperties, pos: number, place: string, bothSides: boolean): HTMLTableRowElement {
  const tr = el(doc, 'tr', { class: `cl-side--${groupKey(p.claimant_side)}`, 'data-id': p.id, 'aria-rowindex': String(pos + 2) });
  const date = el(doc, 'td', { class: 'cl-table__date' }, formatDay(p.day, 'short'));
  const where = el(doc, 'td', { class: 'cl-table__place' });
  const open = el(
    doc,
    'button',
    { type: 'button', class: 'cl-table__open', 'data-id': p.id, 'data-pos': String(pos), tabindex: '-1' },
    place,
  );
  where.append(open, el(doc, 'span', { class: 'cl-table__type' }, typeLabel(p.event_type)));
  if (bothSides) where.append(el(doc, 'span', { class: 'cl-badge cl-badge--both' }, t('bothSidesBadge')));
  const who = el(doc, 'td', { class: 'cl-table__claimant' }, claimantLabel(p));
  const deaths = el(doc, 'td', { class: 'cl-table__deaths' }, p.fatalities_claimed === null ? '' : formatNumber(p.fatalities_claimed));
  tr.append(date, where, who, deaths);
  return tr;
}

/** A row standing in for `count` rows out of view, so the scroll bar has the whole list's height. */
export function spacerRow(doc: Document): HTMLTableRowElement {
  const tr = el(doc, 'tr', { class: 'cl-table__spacer', 'aria-hidden': 'true' });
  tr.append(el(doc, 'td', { colspan: '4' }));
  return tr;
}

/** The header row: a sort button per column; each cell goes into `cells`, where aria-sort is set. */
export function headerRow<C extends string>(
  doc: Document,
  columns: readonly C[],
  label: (column: C) => string,
  cells: Map<C, HTMLTableCellElement>,
  onSort: (column: C) => void,
): HTMLTableRowElement {
  const row = el(doc, 'tr', { 'aria-rowindex': '1' });
  for (const column of columns) {
    const th = el(doc, 'th', { scope: 'col', class: `cl-table__${column}` });
    const b = el(doc, 'button', { type: 'button', class: 'cl-table__sort' }, label(column));
    b.addEventListener('click', () => onSort(column));
    th.append(b);
    row.append(th);
    cells.set(column, th);
  }
  return row;
}
