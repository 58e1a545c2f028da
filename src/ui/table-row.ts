/**
 * The claims table's rows (incident-table.ts): a claim's row (date, place and type, claimant, toll),
 * the header row with its sort buttons, the spacer rows and the place labels. Built from the columns
 * (store.ts), never a record, so a published event file's table needs no record text.
 */
import { placeIdOf, placeText } from '../data/columns/dictionary.ts';
import { type EventColumns, FLAG_BOTH_SIDES } from '../data/columns/store.ts';
import type { Place } from '../data/schema.ts';
import { claimantLabel, formatDay, formatNumber, type Lang, type StringKey, t, typeLabel } from '../i18n/index.ts';
import { placeName } from '../i18n/place-name.ts';
import { groupKey } from '../style/group-colours.ts';
import { el } from './dom.ts';
import type { Column, SortSpec } from './table-order.ts';

export type RowColumns = Pick<
  EventColumns,
  'firstDay' | 'day' | 'group' | 'groups' | 'eventType' | 'eventTypes' | 'claimant' | 'claimants' | 'toll' | 'flags' | 'ids'
>;

/** Row `row` of the columns; `pos` is its place in the sorted list (aria-rowindex counts the header row as 1); `place` its label. */
export function claimRow(doc: Document, c: RowColumns, row: number, pos: number, place: string): HTMLTableRowElement {
  const id = c.ids.at(row) as string;
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

const COLUMNS: Column[] = ['date', 'place', 'claimant', 'deaths'];
// The same keys as the details panel's rows: one label per concept wherever it appears.
const HEADINGS: Record<Column, StringKey> = { date: 'colDate', place: 'colPlace', claimant: 'fieldClaimant', deaths: 'fieldFatalities' };

/** The header row: a sort button per column; each cell goes into `cells`, where aria-sort is set. */
export function headerRow(doc: Document, cells: Map<Column, HTMLTableCellElement>, onSort: (column: Column) => void): HTMLTableRowElement {
  const row = el(doc, 'tr', { 'aria-rowindex': '1' });
  for (const column of COLUMNS) {
    const th = el(doc, 'th', { scope: 'col', class: `cl-table__${column}` });
    const b = el(doc, 'button', { type: 'button', class: 'cl-table__sort' }, t(HEADINGS[column]));
    b.addEventListener('click', () => onSort(column));
    th.append(b);
    row.append(th);
    cells.set(column, th);
  }
  return row;
}

/** aria-sort on the sorted column's header, none on the others. */
export function markSort(cells: ReadonlyMap<Column, HTMLTableCellElement>, sort: SortSpec): void {
  for (const [column, th] of cells) {
    if (column === sort.column) th.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
}

/** A place key's label (dictionary.ts placeKey): the gazetteer's name in `lang`, else the record's own text. */
export function placeLabel(key: string, placesById: ReadonlyMap<string, Place>, lang: Lang): string {
  const id = placeIdOf(key);
  const place = id ? placesById.get(id) : undefined;
  return place ? placeName(place.properties, lang) : placeText(key) || '—';
}
