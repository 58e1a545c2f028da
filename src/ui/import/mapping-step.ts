/**
 * The mapping step of a generic CSV/TSV import: the file's first rows, and for each role a select of
 * the columns (or none), preselected from the detected mapping, with the detector's reason and a
 * "check this" mark on a guess. `override()` gives what the reader changed, for importing again.
 */
import type { CsvPreview } from '../../data/import/csv.ts';
import { CSV_ROLES, type CsvMapping, type CsvRole, type MappingOverride } from '../../data/import/csv-mapping.ts';
import { englishText } from '../../i18n/index.ts';
import { ti } from '../../i18n/lazy/index.ts';
import { el } from '../dom.ts';

/** Under this confidence the detector guessed (csv-mapping.ts): the reader should look. */
export const CHECK_BELOW = 0.5;
/** The select value for "no column": not a string a header can be ('' is a valid header). */
const NONE = '\u0000none';

let nextId = 1;

export class MappingStep {
  readonly element: HTMLElement;
  private readonly selects = new Map<CsvRole, HTMLSelectElement>();
  private readonly dateOrder: HTMLSelectElement;
  private readonly coordOrder: HTMLSelectElement;

  constructor(
    private readonly doc: Document,
    private readonly mapping: CsvMapping,
    preview: CsvPreview | undefined,
    onAgain: (override: MappingOverride) => void,
  ) {
    const id = `cl-import-map-${nextId++}`;
    this.element = el(doc, 'fieldset', { class: 'cl-import__mapping' });
    this.element.append(el(doc, 'legend', {}, ti('importMappingTitle')), el(doc, 'p', {}, ti('importMappingHelp')));
    if (preview) this.element.append(this.previewTable(preview));
    const header = preview?.header ?? [];
    const columns = [...new Set([...header, ...CSV_ROLES.map((r) => mapping.columns[r].column).filter((c): c is string => c !== null)])];
    const grid = el(doc, 'div', { class: 'cl-import__roles' });
    for (const role of CSV_ROLES) {
      const choice = mapping.columns[role];
      const select = this.select(
        `${id}-${role}`,
        [[NONE, ti('importNone')], ...columns.map((c): [string, string] => [c, c])],
        choice.column ?? NONE,
      );
      this.selects.set(role, select);
      const row = el(doc, 'div', { class: 'cl-import__role' });
      row.append(el(doc, 'label', { for: select.id }, ti(`importRole_${role}`)), select);
      // The mark and the reason are read with the select (aria-describedby), not only seen beside it.
      const described: string[] = [];
      if (choice.column !== null && choice.confidence < CHECK_BELOW) {
        row.append(el(doc, 'strong', { class: 'cl-import__check', id: `${select.id}-check` }, ti('importCheck')));
        described.push(`${select.id}-check`);
      }
      if (choice.reason) {
        row.append(el(doc, 'span', { class: 'cl-import__reason', id: `${select.id}-why`, ...englishText() }, choice.reason));
        described.push(`${select.id}-why`);
      }
      if (described.length > 0) select.setAttribute('aria-describedby', described.join(' '));
      grid.append(row);
    }
    this.dateOrder = this.select(
      `${id}-date-order`,
      [
        ['dmy', ti('importDmy')],
        ['mdy', ti('importMdy')],
      ],
      mapping.date_order,
    );
    this.coordOrder = this.select(
      `${id}-coord-order`,
      [
        ['lat_lon', ti('importLatLon')],
        ['lon_lat', ti('importLonLat')],
      ],
      mapping.coordinate_order,
    );
    for (const [label, select] of [
      [ti('importDateOrder'), this.dateOrder],
      [ti('importCoordOrder'), this.coordOrder],
    ] as const) {
      const row = el(doc, 'div', { class: 'cl-import__role' });
      row.append(el(doc, 'label', { for: select.id }, label), select);
      grid.append(row);
    }
    this.element.append(grid);
    if (mapping.notes.length > 0) {
      const notes = el(doc, 'ul', { class: 'cl-import__notes', 'aria-label': ti('importNotes'), ...englishText() });
      for (const n of mapping.notes) notes.append(el(doc, 'li', {}, n.column ? `${n.column}: ${n.message}` : n.message));
      this.element.append(el(doc, 'p', {}, ti('importNotes')), notes);
    }
    const again = el(doc, 'button', { type: 'button', class: 'cl-button' }, ti('importAgain'));
    again.addEventListener('click', () => onAgain(this.override()));
    this.element.append(again);
  }

  /** The roles the reader moved to another column (a changed role settles its notes), and both orders. */
  override(): MappingOverride {
    const columns: NonNullable<MappingOverride['columns']> = {};
    for (const role of CSV_ROLES) {
      const value = this.selects.get(role)?.value ?? NONE;
      const column = value === NONE ? null : value;
      if (column !== this.mapping.columns[role].column) columns[role] = { column, confidence: 1, reason: 'chosen by the reader' };
    }
    return {
      delimiter: this.mapping.delimiter,
      columns,
      date_order: this.dateOrder.value === 'mdy' ? 'mdy' : 'dmy',
      coordinate_order: this.coordOrder.value === 'lon_lat' ? 'lon_lat' : 'lat_lon',
    };
  }

  private select(id: string, options: [string, string][], selected: string): HTMLSelectElement {
    const select = el(this.doc, 'select', { id });
    for (const [value, label] of options) {
      const option = el(this.doc, 'option', { value }, label);
      if (value === selected) option.setAttribute('selected', '');
      select.append(option);
    }
    select.value = selected;
    return select;
  }

  private previewTable(preview: CsvPreview): HTMLElement {
    const wrap = el(this.doc, 'div', { class: 'cl-import__table-wrap', tabindex: '0', role: 'region', 'aria-label': ti('importPreview') });
    const table = el(this.doc, 'table', { class: 'cl-import__preview' });
    const head = el(this.doc, 'tr');
    for (const h of preview.header) head.append(el(this.doc, 'th', { scope: 'col' }, h));
    const thead = el(this.doc, 'thead');
    thead.append(head);
    const body = el(this.doc, 'tbody');
    for (const cells of preview.rows) {
      const row = el(this.doc, 'tr');
      for (const c of cells) row.append(el(this.doc, 'td', {}, c));
      body.append(row);
    }
    table.append(el(this.doc, 'caption', {}, ti('importPreview')), thead, body);
    wrap.append(table);
    return wrap;
  }
}
