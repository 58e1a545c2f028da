/** `npm run build -- --data`: the event file written beside the shipped GeoJSON, and its `<meta>`. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDefaultDataMeta, convertDataFile } from '../../scripts/build/default-data.ts';
import { COLUMNS_FROM, eventFileNames, eventFilesOf, formatSizes } from '../../scripts/build/event-files.ts';
import { readColumns } from '../../src/data/columns/binary-read.ts';
import { parseEventMeta, readEventFile } from '../../src/data/columns/event-file.ts';
import { textReader } from '../../src/data/columns/text-chunks.ts';
import { importFile } from '../../src/data/import/index.ts';
import type { IncidentProperties } from '../../src/data/schema.ts';
import { TableOrder } from '../../src/ui/table-order.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const NAME = 'current.claimline.geojson';
const geojson = convertDataFile(join(FIXTURES, 'acled/current.csv')).geojson as string;

describe('eventFileNames', () => {
  it('names the three files after the shipped GeoJSON', () => {
    expect(eventFileNames('Sudan-events.claimline.geojson')).toEqual({
      columns: 'Sudan-events.clcol',
      text: 'Sudan-events.cltext',
      meta: 'Sudan-events.clcol.json',
    });
  });
});

describe('eventFilesOf', () => {
  it("writes the page's records: one row each, the names, and each full record as its text", async () => {
    const files = eventFilesOf(NAME, geojson, 3);
    const events = importFile(NAME, new TextEncoder().encode(geojson)).events;
    const dated = events.filter((e) => e.date);
    expect(files.meta.count).toBe(dated.length);
    expect(files.meta.count).toBeGreaterThan(3);
    // One group, the file's, as the page names it when it loads the GeoJSON.
    expect(files.meta.groups).toEqual(['current']);
    expect(files.meta.datasets).toEqual(['current']);
    expect(files.meta.ids.every((id) => id.startsWith('current-'))).toBe(true);

    const meta = parseEventMeta(JSON.parse(files.metaText));
    const file = readColumns(files.columns);
    const cols = readEventFile(file, meta);
    expect(file.text?.chunkSize).toBe(3);
    const reader = textReader({ count: meta.count, chunkSize: 3, offsets: file.text!.offsets }, async (s, e) => files.text.slice(s, e));
    for (const i of [0, meta.count - 1]) {
      const p = (await reader.text(i)) as IncidentProperties;
      expect(p.id).toBe(meta.ids[i]);
      expect(p.claimant_side).toBe(meta.groups[cols.group[i] as number]);
      expect(p.event_type).toBe(meta.eventTypes[cols.eventType[i] as number]);
      expect(p.day).toBe(meta.firstDay + (cols.day[i] as number));
      // The whole record: what the details panel shows.
      expect(p).toHaveProperty('sources');
      expect(p).toHaveProperty('place_name');
      expect(p).toHaveProperty('related');
    }
  });

  it("writes the rows in the claims table's date order, which the page then takes as it is", () => {
    const files = eventFilesOf(NAME, geojson);
    const cols = readEventFile(readColumns(files.columns), parseEventMeta(JSON.parse(files.metaText)));
    const order = new TableOrder(cols, { place: (key) => key, claimant: (c) => c.claimant_label });
    const n = cols.count;
    expect(n).toBeGreaterThan(1);
    expect([
      ...order.sort(
        Uint32Array.from({ length: n }, (_, i) => i),
        { column: 'date', ascending: true },
        'en',
      ),
    ]).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('refuses GeoJSON that does not import back', () => {
    expect(() => eventFilesOf(NAME, '{"type":')).toThrow(/^current.claimline.geojson: does not import back/);
  });
});

describe('the page and the build output', () => {
  it('names one default dataset, an event file as well as a GeoJSON one, replaced when built again', () => {
    const page = addDefaultDataMeta('<html><head><title>x</title></head></html>', 'data/a.claimline.geojson') ?? '';
    expect(page).toContain('<meta name="claimline-default-data" content="data/a.claimline.geojson" />');
    const again = addDefaultDataMeta(page, 'data/a.clcol') ?? '';
    expect(again).toContain('<meta name="claimline-default-data" content="data/a.clcol" />');
    expect(again.match(/claimline-default-data/g)).toHaveLength(1);
    expect(COLUMNS_FROM).toBeGreaterThan(1000);
  });

  it('prints each file raw and gzip', () => {
    const text = formatSizes([{ path: 'dist/data/a.clcol', bytes: new Uint8Array(3000) }]);
    expect(text).toMatch(/^ {2}dist\/data\/a\.clcol: 3\.0 KB raw, 0\.\d KB gzip$/);
  });
});
