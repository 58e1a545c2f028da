/**
 * One row of the claims table (incident-table.ts): date, place and type, claimant, toll. Built from
 * the columns (store.ts), never a record, so a published event file's table needs no record text.
 */
import { type EventColumns, FLAG_BOTH_SIDES } from '../data/columns/store.ts';
import { claimantLabel, formatDay, formatNumber, t, typeLabel } from '../i18n/index.ts';
import { groupKey } from '../style/group-colours.ts';
import { el } from './dom.ts';

export type RowColumns = Pick<
  EventColumns,
  'firstDay' | 'day' | 'group' | 'groups' | 'eventType' | 'eventTypes' | 'claimant' | 'claimants' | 'toll' | 'flags' | 'ids'
>;

/** Row `row` of the columns; `pos` is its place in the sorted list (aria-rowindex counts the header row as 1); `place` its label. */
export function claimRow(doc: Document, c: RowColumns, row: number, pos: number, place: string): HTMLTableRowElement {
  const id = c.ids[row] as string;
  const side = c.groups[c.group[row] as number] as string;
  const tr = el(doc, 'tr', { class: `cl-side--${groupKey(side)}`, 'data-id': id, 'aria-rowindex': String(pos + 2) });
  const date = el(doc, 'td', { class: 'cl-table__date' }, formatDay(c.firstDay + (c.day[row] as number), 'short'));
  const where = el(doc, 'td', { class: 'cl-table__place' });
  const open = el(
    doc,
    'button',
    { type: 'button', class: 'cl-table__open', 'data-id': id, 'data-pos': String(pos), tabindex: '-1' },
    place,
  );
  where.append(open, el(doc, 'span', { class: 'cl-table__type' }, typeLabel(c.eventTypes[c.eventType[row] as number] as string)));
  if ((c.flags[row] as number) & FLAG_BOTH_SIDES) where.append(el(doc, 'span', { class: 'cl-badge cl-badge--both' }, t('bothSidesBadge')));
  const who = el(
    doc,
    'td',
    { class: 'cl-table__claimant' },
    claimantLabel(c.claimants[c.claimant[row] as number] as { claimant: string; claimant_label: string }),
  );
  const toll = c.toll[row] as number;
  const deaths = el(doc, 'td', { class: 'cl-table__deaths' }, Number.isNaN(toll) ? '' : formatNumber(toll));
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
