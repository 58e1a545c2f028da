/**
 * "Open data…": a native modal <dialog> with a file picker; each chosen file gets a row that imports
 * it in a Web Worker (one file after the other, so two large files do not hold two copies in memory
 * at once), then shows its report. Load this module with import(): it brings the worker client, the
 * report and export code, and its CSS, none of which the first view needs.
 */
import './import-dialog.css';
import { type ClientResult, importInWorker } from '../../data/import/client.ts';
import { t } from '../../i18n/index.ts';
import { ti } from '../../i18n/lazy/index.ts';
import { download, el } from '../dom.ts';
import { ImportRow, type ImportSource, type StartImport } from './import-row.ts';

export type { ImportSource, StartImport } from './import-row.ts';

export type ImportDialogOptions = {
  doc: Document;
  /** Called when the reader confirms "Show on map" for a finished import (report.fatal null, ≥1 event or region). */
  onImported: (result: ClientResult) => void;
  /** For tests: starts one import; the default runs importInWorker. */
  startImport?: StartImport;
  /** For tests: saves a generated file; the default is download() from dom.ts. */
  save?: (blob: Blob, filename: string) => void;
};

export const ACCEPT = '.csv,.tsv,.txt,.json,.geojson';

let nextId = 1;

export class ImportDialog {
  readonly element: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly rows: HTMLOListElement;
  private readonly start: StartImport;
  private readonly save: (blob: Blob, filename: string) => void;
  /** The element focused when the dialog opened: focus goes back there on close. */
  private opener: HTMLElement | null = null;
  /** Files import one at a time, in the order chosen. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly o: ImportDialogOptions) {
    const { doc } = o;
    const id = `cl-import-${nextId++}`;
    this.start = o.startImport ?? ((source, opts) => importInWorker(source, opts));
    this.save = o.save ?? ((blob, name) => download(doc, blob, name));
    this.element = el(doc, 'dialog', { class: 'cl-import', 'aria-labelledby': `${id}-title` });
    const close = el(doc, 'button', { type: 'button', class: 'cl-button cl-import__close' }, t('close'));
    close.addEventListener('click', () => this.close());
    // Escape and close() both end in the dialog's close event.
    this.element.addEventListener('close', () => this.restoreFocus());
    const header = el(doc, 'div', { class: 'cl-import__header' });
    header.append(el(doc, 'h2', { id: `${id}-title` }, ti('importTitle')), close);

    this.input = el(doc, 'input', { type: 'file', multiple: '', accept: ACCEPT, id: `${id}-file`, class: 'cl-import__input' });
    this.input.addEventListener('change', () => {
      const files = [...(this.input.files ?? [])];
      // Cleared, so choosing the same file again fires change again.
      this.input.value = '';
      this.add(files);
    });
    const picker = el(doc, 'div', { class: 'cl-import__picker' });
    picker.append(
      el(doc, 'label', { for: this.input.id, class: 'cl-button cl-import__choose' }, ti('importChoose')),
      this.input,
      el(doc, 'p', { class: 'cl-import__local' }, ti('importLocal')),
    );
    this.rows = el(doc, 'ol', { class: 'cl-import__rows' });
    this.element.append(header, picker, el(doc, 'p', { class: 'cl-import__formats' }, ti('importFormats')), this.rows);
    doc.body.append(this.element);
  }

  /** Shows the dialog; with files, starts importing them at once. */
  open(files: readonly File[] = []): void {
    if (!this.isOpen()) {
      const active = this.o.doc.activeElement;
      this.opener = active && active !== this.o.doc.body ? (active as HTMLElement) : null;
      const d = this.element;
      // An older or partial DOM (some test environments) has no showModal.
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
      this.input.focus();
    }
    this.add(files);
  }

  /** Same as open(files), for a file the page fetched itself (?data=). */
  openBytes(name: string, bytes: Uint8Array): void {
    this.open();
    this.add([{ name, bytes }]);
  }

  close(): void {
    const d = this.element;
    if (typeof d.close === 'function') d.close();
    else if (d.hasAttribute('open')) {
      d.removeAttribute('open');
      d.dispatchEvent(new Event('close'));
    }
  }

  private isOpen(): boolean {
    return this.element.hasAttribute('open');
  }

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  private add(sources: readonly ImportSource[]): void {
    for (const source of sources) {
      const row = new ImportRow(this.o.doc, source, {
        start: this.start,
        save: this.save,
        show: (result) => {
          this.close();
          this.o.onImported(result);
        },
      });
      this.rows.append(row.element);
      // A failed run must not stop the files after it.
      this.queue = this.queue.then(() => row.run()).catch((err: unknown) => console.error(err));
    }
  }
}
