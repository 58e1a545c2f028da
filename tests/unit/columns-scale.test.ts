// Logs (does not assert) what a million events cost as columns: build time, one window, bytes. A figure to read, not a
// test of speed: it runs only when asked (`CLAIMLINE_SCALE_LOGS=1 npx vitest run tests/unit/columns-scale.test.ts`),
// so the suite does not spend ~10 s and 1M objects on it.
import { describe, expect, it } from 'vitest';
import { scaleSet } from '../../scripts/bench/scale-data.ts';
import { dayCounts, windowCounts } from '../../src/data/columns/day-counts.ts';
import { windowIndex } from '../../src/data/columns/filter.ts';
import { columnBytes, columnsFromImported } from '../../src/data/columns/store.ts';
import { dateFromDay, dayFromDate } from '../../src/data/day.ts';
import { newEvent } from '../../src/data/import/event.ts';
import type { ImportedEvent } from '../../src/data/import/types.ts';

const N = 1_000_000;
const TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots', 'Protests', 'Strategic developments'];

describe.runIf(process.env.CLAIMLINE_SCALE_LOGS === '1')('a million events as columns', () => {
  it('logs the build, one window and the bytes', () => {
    const set = scaleSet(N);
    const start = dayFromDate('2023-01-01');
    const dates = Array.from({ length: 800 }, (_, d) => dateFromDay(start + d));
    const base = newEvent(0, '');
    const events: ImportedEvent[] = Array.from({ length: N }, (_, i) => ({
      ...base,
      id: `E${i}`,
      line: i + 2,
      date: dates[set.day[i] as number] as string,
      lon: set.lon[i] as number,
      lat: set.lat[i] as number,
      geo_precision: 1,
      event_type: TYPES[i % TYPES.length] as string,
    }));
    const t0 = performance.now();
    const cols = columnsFromImported(events, { group: 'acled', dataset: 'acled' });
    const t1 = performance.now();
    const counts = dayCounts(cols);
    const t2 = performance.now();
    const from = start + 300;
    const rows = windowIndex(cols, { from, to: from + 30, mode: 'range', groups: 1, plotted: true });
    const t3 = performance.now();
    const w = windowCounts(counts, from, from + 30, 'range', 1);
    const t4 = performance.now();
    const bytes = columnBytes(cols);
    console.log(
      [
        `columns for ${N.toLocaleString('en')} events: build ${(t1 - t0).toFixed(0)} ms, day counts ${(t2 - t1).toFixed(0)} ms`,
        `windowIndex (31 days, ${rows.length} rows): ${(t3 - t2).toFixed(1)} ms; windowCounts (${counts.days} days): ${(t4 - t3).toFixed(2)} ms`,
        `typed arrays ${(bytes / 2 ** 20).toFixed(1)} MiB (${bytes / N} B per event), day counts ${((counts.started.byteLength * 2) / 1024).toFixed(0)} KiB`,
      ].join('\n'),
    );
    expect(w.total).toBe(rows.length);
  });
});
