/**
 * One finished import's report: the format, the counts, a fatal problem on its own line, and the
 * skipped rows and warnings in a table (the first REPORT_ROWS; the CSV download has them all). Every
 * value comes from the file or the importer, so all of it is set as text, never as markup.
 */
import { visibleText } from '../../data/visible-text.ts';
import type { ImportReport } from '../../data/import/types.ts';
import { englishText } from '../../i18n/index.ts';
import { ti } from '../../i18n/lazy/index.ts';
import { el } from '../dom.ts';

/** Rows shown in the dialog; a hostile file can have a million, and the download carries them all. */
export const REPORT_ROWS = 100;

type Problem = { line: number | null; column: string | null; kind: 'skipped' | 'warning'; message: string };

function problems(report: ImportReport): Problem[] {
  return [
    ...report.skipped.map((s) => ({ line: s.line, column: s.column, kind: 'skipped' as const, message: s.reason })),
    ...report.warnings.map((w) => ({ line: w.line, column: w.column, kind: 'warning' as const, message: w.message })),
  ];
}

function problemTable(doc: Document, list: Problem[]): HTMLTableElement {
  const table = el(doc, 'table', { class: 'cl-import__problems' });
  table.append(el(doc, 'caption', {}, ti('importProblems')));
  const head = el(doc, 'tr');
  for (const key of ['importColLine', 'importColColumn', 'importColKind', 'importColMessage'] as const)
    head.append(el(doc, 'th', { scope: 'col' }, ti(key)));
  const body = el(doc, 'tbody');
  for (const p of list.slice(0, REPORT_ROWS)) {
    const row = el(doc, 'tr');
    row.append(
      el(doc, 'td', {}, p.line === null ? '' : String(p.line)),
      el(doc, 'td', {}, p.column ?? ''),
      el(doc, 'td', {}, ti(p.kind === 'skipped' ? 'importKindSkipped' : 'importKindWarning')),
      // The importers write their messages in English.
      el(doc, 'td', englishText(), visibleText(p.message)),
    );
    body.append(row);
  }
  const thead = el(doc, 'thead');
  thead.append(head);
  table.append(thead, body);
  return table;
}

/** The report's text part (no buttons): format, counts, fatal line, problems. */
export function renderReport(doc: Document, report: ImportReport, regions: number): HTMLElement {
  const box = el(doc, 'div', { class: 'cl-import__report' });
  box.append(el(doc, 'p', { class: 'cl-import__format' }, ti('importFormat', { format: report.format })));
  if (report.fatal) {
    box.append(el(doc, 'p', { class: 'cl-import__fatal', role: 'alert', ...englishText() }, visibleText(report.fatal)));
    return box;
  }
  box.append(
    el(
      doc,
      'p',
      { class: 'cl-import__counts' },
      ti('importCounts', { n: report.imported, skipped: report.skipped.length, merged: report.merged }),
    ),
  );
  if (regions > 0) box.append(el(doc, 'p', { class: 'cl-import__counts' }, ti('importRegions', { n: regions })));
  const list = problems(report);
  if (list.length > 0) {
    const wrap = el(doc, 'div', { class: 'cl-import__table-wrap', tabindex: '0', role: 'region', 'aria-label': ti('importProblems') });
    wrap.append(problemTable(doc, list));
    box.append(wrap);
  }
  if (list.length > REPORT_ROWS) box.append(el(doc, 'p', { class: 'cl-import__more' }, ti('importMore', { n: list.length - REPORT_ROWS })));
  return box;
}
