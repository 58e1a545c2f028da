import { describe, expect, it } from 'vitest';
import { acledCsvOf, scaleSet } from '../../scripts/bench/scale-data.ts';
import { readColumns } from '../../src/data/columns/binary-read.ts';
import { parseEventMeta, readEventFile, writeEventFile } from '../../src/data/columns/event-file.ts';
import { columnsFromImported } from '../../src/data/columns/store.ts';
import { chunkRange, textReader } from '../../src/data/columns/text-chunks.ts';
import { importFile } from '../../src/data/import/index.ts';

const imported = importFile('t.csv', new TextEncoder().encode(acledCsvOf(scaleSet(1500, 3))), { now: '2026-12-02' });
const cols = columnsFromImported(imported.events, { group: 'acled', dataset: 't' });
const records = imported.events.map((e) => ({ id: e.id, notes: e.summary }));

describe('event files', () => {
  it('round-trips the columns, the names and each record text by range', async () => {
    const { columns, text, meta } = writeEventFile(cols, records, 100);
    const back = readEventFile(readColumns(columns), parseEventMeta(JSON.parse(JSON.stringify(meta))));
    for (const k of ['lon', 'lat', 'day', 'dayEnd', 'group', 'eventType', 'dataset', 'geoPrecision', 'flags'] as const)
      expect(Array.from(back[k]), k).toEqual(Array.from(cols[k]));
    expect({ ...back, lon: 0, lat: 0, day: 0, dayEnd: 0, group: 0, eventType: 0, dataset: 0, geoPrecision: 0, flags: 0 }).toEqual({
      ...cols,
      lon: 0,
      lat: 0,
      day: 0,
      dayEnd: 0,
      group: 0,
      eventType: 0,
      dataset: 0,
      geoPrecision: 0,
      flags: 0,
    });
    const file = readColumns(columns);
    const reads: number[] = [];
    const reader = textReader({ count: cols.count, chunkSize: 100, offsets: file.text!.offsets }, async (start, end) => {
      reads.push(start);
      return text.slice(start, end);
    });
    expect(await reader.text(1234)).toEqual(records[1234]);
    expect(reads).toEqual([chunkRange({ count: cols.count, chunkSize: 100, offsets: file.text!.offsets }, 12).start]);
  });

  it('refuses a meta file that does not match, naming what is wrong', () => {
    const { columns, meta } = writeEventFile(cols);
    const file = readColumns(columns);
    expect(() => parseEventMeta({ ...meta, format: 'x' })).toThrow(/format "x"/);
    expect(() => parseEventMeta({ ...meta, ids: meta.ids.slice(1) })).toThrow(/1499 ids for 1500 records/);
    expect(() => parseEventMeta({ ...meta, groups: [1] })).toThrow(/"groups" is not a list of strings/);
    expect(() => readEventFile(file, { ...meta, count: 3, ids: ['a', 'b', 'c'] })).toThrow(/1500 records, meta 3/);
    expect(() => readEventFile(file, { ...meta, eventTypes: [] })).toThrow(/row 0: event type index 0 past the 0 names/);
  });
});
