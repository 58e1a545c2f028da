import { describe, expect, it } from 'vitest';
import { windowIndex } from '../../src/data/columns/filter.ts';
import {
  columnBytes,
  columnsFromImported,
  columnsFromIncidents,
  countFlag,
  FLAG_BOTH_SIDES,
  FLAG_CONTEXT,
  FLAG_DIRECTION,
  FLAG_UNDATED,
  NO_DAY,
  transferables,
} from '../../src/data/columns/store.ts';
import type { Category } from '../../src/data/dataset.ts';
import { newEvent, newReport } from '../../src/data/import/event.ts';
import { toIncidents } from '../../src/data/import/to-incidents.ts';
import type { ImportedEvent } from '../../src/data/import/types.ts';
import { incident, SEP_13 } from './record-fixture.ts';

describe('columnsFromIncidents', () => {
  const cols = columnsFromIncidents(
    [
      incident('a', [45.5, 40.25], { day: SEP_13, day_end: SEP_13 + 2, location_role: 'direction', geo_precision: 2 }),
      incident('b', null, { claimant_side: 'azerbaijan', event_type: 'drone_strike' }),
      incident('old', [45, 40], { day: SEP_13 - 9000, day_end: SEP_13 - 9000, context: true }),
    ],
    { groups: ['azerbaijan', 'armenia'], bothSides: new Set(['b']) },
  );

  it('counts days from the earliest record, context included', () => {
    expect(cols.firstDay).toBe(SEP_13 - 9000);
    expect([...cols.day]).toEqual([9000, 9000, 0]);
    expect([...cols.dayEnd]).toEqual([9002, 9000, 0]);
  });

  it('keeps the given group order and indexes the rest', () => {
    expect(cols.groups).toEqual(['azerbaijan', 'armenia']);
    expect([...cols.group]).toEqual([1, 0, 1]);
    expect(cols.eventTypes).toEqual(['shelling', 'drone_strike']);
    expect([...cols.eventType]).toEqual([0, 1, 0]);
    expect(cols.datasets).toEqual(['']);
  });

  it('codes places, claimants, times and tolls as dictionaries', () => {
    expect(cols.places).toEqual(['']);
    expect([...cols.place]).toEqual([0, 0, 0]);
    expect(cols.claimants).toHaveLength(1);
    expect([...cols.claimant]).toEqual([0, 0, 0]);
    expect(cols.times).toEqual(['']);
    expect([...cols.toll].every(Number.isNaN)).toBe(true);
  });

  it('marks no point with NaN and precision 0, and sets the flags', () => {
    expect([cols.lon[0], cols.lat[0]]).toEqual([45.5, 40.25]);
    expect(Number.isNaN(cols.lon[1])).toBe(true);
    expect([...cols.geoPrecision]).toEqual([2, 0, 1]);
    expect([...cols.flags]).toEqual([FLAG_DIRECTION, FLAG_BOTH_SIDES, FLAG_CONTEXT]);
  });

  it('hands every array over in a transfer, not a copy', () => {
    const buffers = transferables(cols);
    expect(buffers).toHaveLength(14);
    const bytes = columnBytes(cols);
    const moved = structuredClone(cols, { transfer: buffers });
    expect(cols.lon.length).toBe(0);
    expect(moved.lon[0]).toBe(45.5);
    expect(columnBytes(moved)).toBe(bytes);
  });
});

describe('columnsFromImported', () => {
  const ev = (line: number, set: Partial<ImportedEvent>): ImportedEvent => ({ ...newEvent(line, `E${line}`), ...set });
  const events = [
    ev(2, { date: '2024-05-02', lat: 15.5, lon: 32.5, geo_precision: 1, event_type: 'Battles', place_name: 'Kassala', fatalities: 3 }),
    ev(3, { date: '2024-05-01', date_end: '2024-05-03', lat: null, lon: null, event_type: 'Battles', place_name: 'Kassala' }),
    ev(4, { date: '2024-05-04', lat: 15, lon: 30, point_kind: 'country_centroid', event_type: 'Riots' }),
    ev(5, { date: null, lat: 15, lon: 31, event_type: 'Riots' }),
    ev(6, {
      date: '2024-05-05',
      lat: 16,
      lon: 33,
      point_kind: 'water_or_air',
      event_type: ' Explosions ',
      claimant: ' Army ',
      time: '10:30',
    }),
    ev(7, { date: null, lat: null, lon: null, event_type: '' }),
    ev(2, { date: '2024-05-06', date_end: '2024-05-01', lat: 15, lon: 32, event_type: 'Battles' }),
  ];

  it('gives the dated events the ids, days, points and types toIncidents gives them', () => {
    const report = { ...newReport('f.csv', 'ACLED CSV'), imported: events.length };
    const meta = { title: 'F', description: '', time_zone: null, licence: '', attribution: '', source_url: null };
    const converted = toIncidents({ meta, events, regions: [], report }, 0, {
      groups: new Set(),
      ids: new Set(),
      eventTypes: new Map<string, Category>(),
    });
    const typeId = new Map(converted.eventTypes.map((c) => [c.label.en, c.id]));
    const cols = columnsFromImported(events, {
      group: converted.group.id,
      dataset: 'f',
      title: 'F',
      eventTypeOf: (label) => typeId.get(label.trim() || 'Event') as string,
    });
    const fromIncidents = columnsFromIncidents(converted.incidents, { groups: [converted.group.id] });
    const dated = [...windowIndex(cols, { from: 0, to: 1e6, mode: 'asof', groups: 1 })];
    const view = (c: typeof cols, rows: number[]) =>
      rows.map((i) => [
        c.ids.at(i),
        c.firstDay + c.day[i],
        c.firstDay + c.dayEnd[i],
        c.lon[i],
        c.lat[i],
        c.geoPrecision[i],
        c.eventTypes[c.eventType[i]],
        c.places.at(c.place[i]),
        c.claimants[c.claimant[i]],
        c.times[c.time[i]],
        c.toll[i],
      ]);
    expect(view(cols, dated)).toEqual(view(fromIncidents, [...Array(fromIncidents.ids.length).keys()]));
    expect(cols.groups).toEqual([converted.group.id]);
  });

  it('keeps undated events as flagged rows with an empty day range', () => {
    const cols = columnsFromImported(events, { group: 'f', dataset: 'f' });
    expect(cols.count).toBe(events.length);
    expect(countFlag(cols, FLAG_UNDATED)).toBe(3);
    expect([cols.day[3], cols.dayEnd[3]]).toEqual([NO_DAY, -NO_DAY]);
    expect(Math.fround(NO_DAY)).toBe(NO_DAY);
    expect([cols.lon[3], cols.lat[3]]).toEqual([31, 15]);
    expect(cols.ids.at(6)).toBe('f-e2-2');
    expect(cols.eventTypes).toEqual(['Battles', 'Riots', 'Explosions', 'Event']);
  });
});
