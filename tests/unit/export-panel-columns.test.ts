// @vitest-environment happy-dom
/**
 * The export panel in columns mode: the claims files and print, not the published layouts (a note
 * says why); a window over the cap is refused with the way to narrow it, before any text is read; a
 * CSV is read and downloaded, the progress bar shown meanwhile and hidden after.
 */
import { describe, expect, it, vi } from 'vitest';
import type { EventColumns } from '../../src/data/columns/store.ts';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import { EXPORT_ROW_CAP } from '../../src/export/column-claims.ts';
import { Store } from '../../src/state/app-state.ts';
import { lightTheme } from '../../src/style/theme.ts';
import { ExportPanel } from '../../src/ui/export-panel.ts';
import { baseState } from './app-state-fixture.ts';
import { BUILT_IN } from './dataset-fixture.ts';
import { incident } from './record-fixture.ts';

// The credits line only: the style's font files (?url imports) are not for this environment.
vi.mock('../../src/style/build-style.ts', () => ({ CREDITS_TEXT: 'credits' }));

function panel(cols: EventColumns, read: (row: number) => Promise<never> | Promise<unknown>) {
  const store = new Store(baseState({ mode: 'range', from: -1e6, to: 1e6, sides: new Set(cols.groups) }));
  const reader = vi.fn(() => ({ read: read as (row: number) => Promise<never>, forget: () => {} }));
  const p = new ExportPanel({
    doc: document,
    store,
    incidents: [],
    map: null,
    theme: lightTheme,
    dataset: BUILT_IN,
    print: null,
    columns: { cols, reader },
  });
  document.body.append(p.element);
  const button = (name: string) => [...p.element.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
  const status = () => p.element.querySelector('[role="status"]')?.textContent;
  return { p, reader, button, status };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
};

describe('the export panel over columns', () => {
  it('offers the claims files and print, not the layouts, and says why', () => {
    const { p } = panel(columnsFromIncidents([]), async () => ({}));
    expect([...p.element.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Claims (CSV)',
      'Claims (GeoJSON)',
      'Print',
      'Cancel the download',
    ]);
    expect((p.element.querySelector('.cl-export__progress') as HTMLElement).hidden).toBe(true);
    expect(p.element.querySelector('.cl-export__note')?.textContent).toMatch(/ACLED, UCDP and Claimline layouts are not offered/);
  });

  it('refuses a window over the cap, reading nothing, and says how to narrow it', async () => {
    const n = EXPORT_ROW_CAP + 1;
    const cols = {
      count: n,
      firstDay: 0,
      day: new Int32Array(n),
      dayEnd: new Int32Array(n),
      group: new Uint16Array(n),
      flags: new Uint8Array(n),
      lon: new Float32Array(n),
      groups: ['armenia'],
    } as unknown as EventColumns;
    const { button, status, reader } = panel(cols, async () => ({}));
    button('Claims (CSV)').click();
    await settle();
    expect(status()).toBe(
      'This window holds 200,001 claims; a download from a dataset this large holds at most 200,000. Narrow the window on the timeline or turn off some sides, then download again.',
    );
    expect(reader).not.toHaveBeenCalled();
  });

  it('reads the window’s records, shows the bar meanwhile, and downloads', async () => {
    const records = [incident('a', [45, 40]), incident('b', [46, 41])];
    const cols = columnsFromIncidents(records);
    let answer = () => {};
    const held = new Promise<void>((r) => (answer = r));
    const { p, button, status } = panel(cols, async (row) => {
      await held;
      return records[row]!.properties;
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    button('Claims (CSV)').click();
    await settle();
    const bar = p.element.querySelector('.cl-export__progress') as HTMLElement;
    expect(bar.hidden).toBe(false);
    expect(bar.textContent).toContain('Reading the claims: 0 of 2');
    answer();
    await settle();
    expect(status()).toBe('Downloaded.');
    expect(bar.hidden).toBe(true);
    expect(clicked).toHaveBeenCalledTimes(1);
    clicked.mockRestore();
  });
});
