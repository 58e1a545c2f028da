/**
 * One file in the import dialog: its name, a progress bar and Cancel while the worker reads it, then
 * its report with the downloads and "Show on map" (and, for a generic CSV, the mapping step, which
 * imports the same file again with the reader's columns).
 */
import { visibleText } from '../../data/visible-text.ts';
import type { ClientResult, ImportJob } from '../../data/import/client.ts';
import type { CsvImportResult } from '../../data/import/csv.ts';
import type { MappingOverride } from '../../data/import/csv-mapping.ts';
import { reportToCsv } from '../../data/import/report-csv.ts';
import { CANCELLED } from '../../data/import/worker-protocol.ts';
import { toClaimlineGeojson } from '../../data/export/claimline.ts';
import { ti } from '../../i18n/lazy/index.ts';
import { el } from '../dom.ts';
import { MappingStep } from './mapping-step.ts';
import { renderReport } from './report-view.ts';

export type ImportSource = File | { name: string; bytes: Uint8Array };
/** Starts one import: importInWorker by default; tests pass a fake. */
export type StartImport = (
  source: ImportSource,
  opts: { mapping?: MappingOverride; onProgress: (fraction: number) => void },
) => Pick<ImportJob, 'promise' | 'cancel'>;

export type RowHooks = {
  start: StartImport;
  show: (result: ClientResult) => void;
  save: (blob: Blob, filename: string) => void;
};

/** The file's name without its extension, for the names of the files saved from it. */
function stem(name: string): string {
  return name.replace(/\.[^.]*$/, '') || 'data';
}

let nextId = 1;

export class ImportRow {
  readonly element: HTMLLIElement;
  private readonly progress: HTMLProgressElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly state: HTMLElement;
  private readonly name: HTMLElement;
  private readonly result: HTMLElement;
  private job: Pick<ImportJob, 'promise' | 'cancel'> | null = null;
  private cancelled = false;
  /** Bumped per run, so a late answer from a replaced run is ignored. */
  private run_ = 0;

  constructor(
    private readonly doc: Document,
    private readonly source: ImportSource,
    private readonly hooks: RowHooks,
  ) {
    const id = `cl-import-row-${nextId++}`;
    this.element = el(doc, 'li', { class: 'cl-import__row', 'aria-labelledby': id });
    this.progress = el(doc, 'progress', { max: '1', 'aria-label': ti('importProgress', { file: visibleText(source.name) }) });
    this.cancelButton = el(doc, 'button', { type: 'button', class: 'cl-button' }, ti('importCancel'));
    this.cancelButton.addEventListener('click', () => this.cancel());
    this.state = el(doc, 'p', { class: 'cl-import__state', role: 'status' });
    this.result = el(doc, 'div', { class: 'cl-import__result' });
    const bar = el(doc, 'div', { class: 'cl-import__bar' });
    bar.append(this.progress, this.cancelButton);
    this.name = el(doc, 'h3', { id, class: 'cl-import__name', tabindex: '-1' }, visibleText(source.name));
    this.element.append(this.name, bar, this.state, this.result);
  }

  /** Imports the file (again, with a mapping); resolves when this run has ended, however it ended. */
  run(mapping?: MappingOverride): Promise<void> {
    if (this.cancelled) return Promise.resolve();
    const ticket = ++this.run_;
    // "Import again" is inside the result about to be replaced: keep the keyboard in this row, on its name.
    const hadFocus = this.result.contains(this.element.ownerDocument.activeElement);
    if (hadFocus) this.name.focus();
    this.result.replaceChildren();
    this.state.textContent = '';
    this.progress.value = 0;
    this.progress.hidden = false;
    this.cancelButton.hidden = false;
    const job = this.hooks.start(this.source, {
      mapping,
      onProgress: (f) => {
        if (ticket === this.run_) this.progress.value = f;
      },
    });
    this.job = job;
    return job.promise.then((r) => {
      if (ticket === this.run_) this.finish(r);
    });
  }

  /** Stops the import (or keeps a queued one from starting); the row then says "Cancelled". */
  cancel(): void {
    this.cancelled = true;
    this.run_++;
    this.job?.cancel();
    this.job = null;
    this.progress.hidden = true;
    this.cancelButton.hidden = true;
    this.result.replaceChildren();
    this.state.textContent = ti('importCancelled');
  }

  private finish(r: ClientResult): void {
    this.job = null;
    this.progress.value = 1;
    this.progress.hidden = true;
    this.cancelButton.hidden = true;
    if (r.report.fatal === CANCELLED) {
      this.state.textContent = ti('importCancelled');
      return;
    }
    const { doc } = this;
    this.result.append(renderReport(doc, r.report, r.regions.length));
    const csv = r as Partial<CsvImportResult>;
    if (!r.report.fatal && csv.mapping) this.result.append(new MappingStep(doc, csv.mapping, csv.preview, (o) => void this.run(o)).element);
    // A large file comes as its event file (client.ts): no events here, its rows counted there.
    const usable = !r.report.fatal && (r.eventFile ? r.eventFile.count > 0 : r.events.length + r.regions.length > 0);
    if (!usable && !r.report.fatal) this.result.append(el(doc, 'p', {}, ti('importNothing')));
    const actions = el(doc, 'div', { class: 'cl-import__actions' });
    const button = (label: string, onClick: () => void) => {
      const b = el(doc, 'button', { type: 'button', class: 'cl-button' }, label);
      b.addEventListener('click', onClick);
      actions.append(b);
      return b;
    };
    button(ti('importDownloadReport'), () =>
      this.hooks.save(new Blob([reportToCsv(r.report)], { type: 'text/csv;charset=utf-8' }), `${stem(this.source.name)}-report.csv`),
    );
    if (usable) {
      button(ti('importSaveClaimline'), () => {
        const name = `${stem(this.source.name)}.claimline.geojson`;
        // A large file's GeoJSON is written by the worker after its columns (client.ts).
        if (!r.eventFile) return this.hooks.save(new Blob([toClaimlineGeojson(r)], { type: 'application/geo+json' }), name);
        r.eventFile.geojson.then(
          (blob) => this.hooks.save(blob, name),
          (err: unknown) => {
            this.state.textContent = err instanceof Error ? err.message : String(err);
          },
        );
      });
      // Once on the map, the row says so: a second click would add the same dataset twice.
      const show = button(ti('importShow'), () => {
        show.hidden = true;
        actions.append(el(doc, 'span', { class: 'cl-import__shown' }, ti('importShown')));
        this.hooks.show(r);
      });
    }
    this.result.append(actions);
  }
}
