// @vitest-environment happy-dom
/** The import dialog (src/ui/import), on happy-dom: report as text, cancel, the mapping step, downloads, focus. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importInWorker, type WorkerLike } from '../../src/data/import/client.ts';
import { importCsv } from '../../src/data/import/csv.ts';
import type { MappingOverride } from '../../src/data/import/csv-mapping.ts';
import { reportToCsv } from '../../src/data/import/report-csv.ts';
import type { ImportResult } from '../../src/data/import/types.ts';
import type { ToWorker } from '../../src/data/import/worker-protocol.ts';
import { toClaimlineGeojson } from '../../src/data/export/claimline.ts';
import { setLanguage } from '../../src/i18n/index.ts';
import { loadLazyStrings } from '../../src/i18n/lazy/index.ts';
import { ru, ruNames } from '../../src/i18n/ru.ts';
import { ImportDialog, type ImportSource, type StartImport } from '../../src/ui/import/import-dialog.ts';

vi.mock('../../src/ui/import/import-dialog.css', () => ({}));

const HOSTILE = '<img src=x onerror=alert(1)>';
const CSV = 'id,when,y,x,title\na1,2024-03-01,15.5,32.5,Shelling in Testville\na2,2024-03-02,,,\na3,soon,15.6,32.4,Clash\n';

function result(over: Partial<ImportResult['report']> = {}, events = 2): ImportResult {
  const r = importCsv('base.geojson', 'id,date,lat,lon\nb1,2024-03-01,15.5,32.5\nb2,2024-03-02,15.6,32.4\n', undefined, {
    now: '2024-12-31',
  });
  const { mapping: _m, preview: _p, ...plain } = r;
  return { ...plain, events: plain.events.slice(0, events), report: { ...plain.report, format: 'GeoJSON', imported: events, ...over } };
}

type Started = {
  source: ImportSource;
  mapping?: MappingOverride;
  onProgress: (f: number) => void;
  resolve: (r: ImportResult) => void;
  cancel: ReturnType<typeof vi.fn>;
};

/** A dialog whose imports wait for the test to resolve them. */
function setup() {
  const doc = document;
  const started: Started[] = [];
  const saved: { blob: Blob; name: string }[] = [];
  const onImported = vi.fn();
  const startImport: StartImport = (source, opts) => {
    let resolve: (r: ImportResult) => void = () => {};
    const promise = new Promise<ImportResult>((r) => {
      resolve = r;
    });
    const cancel = vi.fn();
    started.push({ source, ...opts, resolve, cancel });
    return { promise, cancel };
  };
  const dialog = new ImportDialog({ doc, onImported, startImport, save: (blob, name) => saved.push({ blob, name }) });
  const root = dialog.element;
  const q = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
  const button = (label: string) => {
    const b = q('button').find((x) => x.textContent === label);
    if (!b) throw new Error(`no button ${label}`);
    return b;
  };
  return { doc, dialog, root, q, button, started, saved, onImported };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const file = (name: string, text: string) => new File([text], name);

// The dialog's strings are a chunk of their own: loaded before it renders, as main.ts does.
beforeAll(async () => {
  await loadLazyStrings('en');
  await loadLazyStrings('ru');
});
afterEach(() => document.body.replaceChildren());

describe('import dialog', () => {
  it('has a labelled multiple file picker, says nothing is uploaded, and focuses the picker on open and the opener on close', () => {
    const { doc, dialog, q, button } = setup();
    const opener = doc.createElement('button');
    doc.body.append(opener);
    opener.focus();
    // happy-dom has showModal: the real modal path, not the open-attribute fallback.
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    dialog.open();
    expect(showModal).toHaveBeenCalledTimes(1);
    showModal.mockRestore();
    const input = q('input')[0];
    expect(input?.getAttribute('type')).toBe('file');
    expect(input?.hasAttribute('multiple')).toBe(true);
    expect(input?.getAttribute('accept')).toBe('.csv,.tsv,.txt,.json,.geojson');
    expect(q(`label[for="${input?.id}"]`)[0]?.textContent).toBe('Choose files…');
    expect(dialog.element.textContent).toContain('Nothing is uploaded: the files stay in your browser.');
    expect(dialog.element.textContent).toContain('Forensic Architecture timemap JSON');
    expect(dialog.element).toBeInstanceOf(HTMLDialogElement);
    expect(dialog.element.parentNode).toBe(doc.body);
    expect(dialog.element.open).toBe(true);
    expect(doc.activeElement).toBe(input);
    button('Close').click();
    expect(dialog.element.open).toBe(false);
    expect(doc.activeElement).toBe(opener);
  });

  it('renders counts, skipped rows and warnings as text: markup in a reason stays text', async () => {
    const { dialog, q, started } = setup();
    dialog.open([file('a.geojson', '{}')]);
    await tick();
    started[0]?.resolve(
      result({
        skipped: [{ line: 7, column: HOSTILE, reason: HOSTILE }],
        warnings: [{ line: null, column: 'date', message: 'a warning' }],
        merged: 1,
      }),
    );
    await tick();
    expect(q('.cl-import__format')[0]?.textContent).toBe('Format: GeoJSON');
    expect(q('.cl-import__counts')[0]?.textContent).toBe('2 events imported, 1 skipped, 1 merged');
    const cells = q('tbody tr').map((tr) => [...tr.children].map((td) => td.textContent));
    expect(cells).toEqual([
      ['7', HOSTILE, 'skipped', HOSTILE],
      ['', 'date', 'warning', 'a warning'],
    ]);
    // A real parser would have made an <img> from markup; text nodes keep it escaped.
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(q('tbody')[0]?.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says "1 event" in the singular, shows a fatal problem alone, and lists only the first 100 problems', async () => {
    const { dialog, q, started } = setup();
    dialog.open([file('one.csv', 'x'), file('bad.csv', 'x'), file('many.csv', 'x')]);
    await tick();
    started[0]?.resolve(result({}, 1));
    await tick();
    expect(q('.cl-import__counts')[0]?.textContent).toBe('1 event imported, 0 skipped, 0 merged');
    started[1]?.resolve(result({ fatal: 'bad.csv: this is an HTML page, not data' }, 0));
    await tick();
    const rows = q('.cl-import__row');
    expect(rows[1]?.querySelector('.cl-import__fatal')?.textContent).toBe('bad.csv: this is an HTML page, not data');
    expect(rows[1]?.querySelector('.cl-import__counts')).toBeNull();
    expect([...(rows[1]?.querySelectorAll('.cl-import__actions button') ?? [])].map((b) => b.textContent)).toEqual([
      'Download report (CSV)',
    ]);
    const skipped = Array.from({ length: 130 }, (_, i) => ({ line: i + 2, column: null, reason: 'neither a date nor coordinates' }));
    started[2]?.resolve(result({ skipped }));
    await tick();
    expect(rows[2]?.querySelectorAll('tbody tr')).toHaveLength(100);
    expect(rows[2]?.querySelector('.cl-import__more')?.textContent).toBe('and 30 more — download the report');
  });

  it('counts take the plural form of the page language (Russian: 21 событие, 5 событий)', async () => {
    setLanguage('ru', ru, ruNames);
    try {
      expect(document.documentElement.lang).toBe('ru');
      const { dialog, q, started } = setup();
      dialog.open([file('a.csv', 'x'), file('b.csv', 'x')]);
      await tick();
      started[0]?.resolve(result({ imported: 21 }));
      await tick();
      started[1]?.resolve(result({ imported: 5 }));
      await tick();
      expect(q('.cl-import__counts').map((p) => p.textContent)).toEqual([
        'Импортировано: 21 событие; пропущено: 0; объединено: 0',
        'Импортировано: 5 событий; пропущено: 0; объединено: 0',
      ]);
    } finally {
      setLanguage('en');
    }
  });

  it('imports the files chosen in the picker, and clears it so the same file can be chosen again', async () => {
    const { dialog, q, started } = setup();
    dialog.open();
    const input = q('input')[0] as HTMLInputElement;
    const files = [file('a.csv', 'x'), file('b.csv', 'x')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    expect(started.map((s) => s.source.name)).toEqual(['a.csv']);
    expect(input.value).toBe('');
    expect(q('.cl-import__row')).toHaveLength(2);
  });

  it('imports files one after the other', async () => {
    const { dialog, started } = setup();
    dialog.open([file('a.csv', 'x'), file('b.csv', 'x')]);
    await tick();
    expect(started.map((s) => s.source.name)).toEqual(['a.csv']);
    started[0]?.resolve(result());
    await tick();
    expect(started.map((s) => s.source.name)).toEqual(['a.csv', 'b.csv']);
  });

  it('Cancel stops the worker and the row says Cancelled; progress follows the worker', async () => {
    const posted: ToWorker[] = [];
    const worker: WorkerLike = { onmessage: null, onerror: null, postMessage: (m) => posted.push(m), terminate: vi.fn() };
    const startImport: StartImport = (source, opts) => importInWorker(source, { ...opts, createWorker: () => worker });
    const dialog = new ImportDialog({ doc: document, onImported: vi.fn(), startImport });
    const root = dialog.element;
    dialog.open([file('big.csv', CSV)]);
    for (let i = 0; i < 5 && posted.length === 0; i++) await tick();
    const id = posted[0]?.id ?? 0;
    worker.onmessage?.({ data: { id, type: 'progress', fraction: 0.4 } });
    const progress = root.querySelector('progress');
    expect(progress?.value).toBe(0.4);
    const cancel = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
    expect(cancel?.type).toBe('button');
    cancel?.click();
    await tick();
    expect(posted.at(-1)).toEqual({ id, type: 'cancel' });
    expect(worker.terminate).toHaveBeenCalled();
    expect(root.querySelector('.cl-import__state')?.textContent).toBe('Cancelled');
    expect(progress?.hidden).toBe(true);
    expect(root.querySelector('.cl-import__report')).toBeNull();
  });

  it('"Show on map" hands the result over and closes the dialog; the downloads get the report CSV and the Claimline file', async () => {
    const { dialog, started, saved, onImported, button } = setup();
    dialog.openBytes('field notes.csv', new TextEncoder().encode('x'));
    await tick();
    expect(started[0]?.source).toMatchObject({ name: 'field notes.csv' });
    const r = result({ skipped: [{ line: 3, column: 'date', reason: '=HYPERLINK("x")' }] });
    started[0]?.resolve(r);
    await tick();
    button('Download report (CSV)').click();
    button('Save as Claimline file').click();
    expect(saved.map((s) => s.name)).toEqual(['field notes-report.csv', 'field notes.claimline.geojson']);
    expect(await saved[0]?.blob.text()).toBe(reportToCsv(r.report));
    expect(await saved[1]?.blob.text()).toBe(toClaimlineGeojson(r));
    button('Show on map').click();
    expect(onImported).toHaveBeenCalledWith(r);
    expect(dialog.element.open).toBe(false);
  });

  it("a large file (its event file, no events) is usable: Show on map hands it over; Save waits for the worker's GeoJSON", async () => {
    const { dialog, started, saved, onImported, button } = setup();
    dialog.openBytes('big.csv', new TextEncoder().encode('x'));
    await tick();
    let give: (b: Blob) => void = () => {};
    const geojson = new Promise<Blob>((ok) => {
      give = ok;
    });
    const parts = { columns: new ArrayBuffer(8), meta: new ArrayBuffer(2), text: new Blob(['[]']), count: 60_000, messages: [], geojson };
    const r = { ...result({ skipped: [{ line: 7, column: 'date', reason: 'no date' }] }, 0), eventFile: parts };
    started[0]?.resolve(r);
    await tick();
    expect(dialog.element.textContent).toContain('no date');
    button('Save as Claimline file').click();
    await tick();
    expect(saved).toEqual([]);
    give(new Blob(['{"type":"FeatureCollection"}']));
    await tick();
    expect(saved.map((x) => x.name)).toEqual(['big.claimline.geojson']);
    button('Show on map').click();
    expect(onImported).toHaveBeenCalledWith(r);
  });

  it('the mapping step shows the first rows and the columns, marks guesses, and imports again with the changed columns', async () => {
    const { dialog, q, started, button, root } = setup();
    dialog.open([file('claims.csv', CSV)]);
    await tick();
    const r = importCsv('claims.csv', CSV, undefined, { now: '2024-12-31' });
    started[0]?.resolve(r);
    await tick();
    expect(q('.cl-import__preview thead th').map((th) => th.textContent)).toEqual(['id', 'when', 'y', 'x', 'title']);
    expect(q('.cl-import__preview tbody tr')).toHaveLength(3);
    const select = (label: string) => {
      const l = q('.cl-import__role label').find((x) => x.textContent === label);
      const s = root.querySelector(`#${l?.getAttribute('for')}`);
      if (!(s instanceof HTMLSelectElement)) throw new Error(`no select for ${label}`);
      return s;
    };
    expect(select('Latitude').value).toBe(r.mapping.columns.lat.column ?? '\u0000none');
    expect(select('Date').value).toBe('when');
    const why = q(`#${select('Date').getAttribute('aria-describedby')?.split(' ').at(-1)}`)[0];
    expect(why?.textContent).toBe(r.mapping.columns.date.reason);
    expect([...select('Title').options].map((o) => o.textContent)).toEqual(['none', 'id', 'when', 'y', 'x', 'title']);
    const guesses = Object.values(r.mapping.columns).filter((c) => c.column !== null && c.confidence < 0.5).length;
    expect(q('.cl-import__check')).toHaveLength(guesses);
    // As a reader would: pick an option, which fires change.
    const choose = (label: string, value: string) => {
      const s = select(label);
      s.value = value;
      expect(s.value).toBe(value);
      s.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('Latitude', 'x');
    choose('Longitude', 'y');
    choose('Title', '\u0000none');
    choose('Dates like 03/04/2024', 'mdy');
    button('Import again with these columns').click();
    await tick();
    expect(started).toHaveLength(2);
    expect(started[1]?.mapping).toEqual({
      delimiter: ',',
      columns: {
        lat: { column: 'x', confidence: 1, reason: 'chosen by the reader' },
        lon: { column: 'y', confidence: 1, reason: 'chosen by the reader' },
        title: { column: null, confidence: 1, reason: 'chosen by the reader' },
      },
      date_order: 'mdy',
      coordinate_order: r.mapping.coordinate_order,
    });
    expect(q('.cl-import__preview')).toEqual([]);
  });
});
