import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTimemap } from '../../src/data/import/timemap.ts';

const text = readFileSync(new URL('../fixtures/import/timemap.json', import.meta.url), 'utf8');

describe('timemap importer', () => {
  const r = importTimemap('ilovaisk-test.json', text);

  it('reads string coordinates, MM/DD/YYYY dates and HH:mm times', () => {
    expect(r.events[0]).toMatchObject({
      id: 'e1',
      lat: 47.8103,
      lon: 38.2251,
      date: '2024-08-23',
      time: '18:30',
      place_name: 'Testville bridge',
    });
    expect(r.events[0].summary).toBe('Shots heard near the Testville bridge.');
    expect(r.events[0].event_type).toBe('Incident');
    expect(r.events[0].extra.witness).toBe('two');
    expect(r.report.imported).toBe(3);
  });

  it('links sources by id; only http(s) links; missing ids warned; unused sources ignored', () => {
    expect(r.events[0].sources).toEqual([
      { title: 'Video from the bridge', publisher: 'Testville Daily', url: 'https://example.org/bridge', date: '2024-08-24' },
    ]);
    expect(r.events[2].sources).toEqual([{ title: 'Photo', publisher: '', url: null, date: null }]);
    expect(r.report.warnings.some((w) => w.line === 1 && w.column === 'sources' && /s9/.test(w.message))).toBe(true);
    expect(JSON.stringify(r.events)).not.toContain('Unused source');
  });

  it('turns associations into filter categories by mode', () => {
    expect(r.events[0].categories).toEqual(Object.assign(Object.create(null), { filter: ['Shelling'], narrative: ['Northern front'] }));
    expect(r.report.warnings.some((w) => w.line === 2 && /missing-assoc/.test(w.message))).toBe(true);
  });

  it('keeps events with a day-first date or bad coordinates, with warnings', () => {
    expect(r.events[1]).toMatchObject({ id: 'e2', date: '2024-01-13', time: '07:05', lat: null, lon: null });
    expect(r.report.warnings.some((w) => w.line === 2 && w.column === 'date' && /read as DD\/MM/.test(w.message))).toBe(true);
    expect(importTimemap('x.json', '{"events": [{"date": "02/30/2024"}]}').report.warnings[0].message).toMatch(/not understood/);
    expect(r.report.warnings.some((w) => w.line === 2 && /not usable/.test(w.message))).toBe(true);
    expect(r.events[2]).toMatchObject({ lat: null, lon: null, date: '2024-09-01', time: null });
  });

  it('reports broken input in one line and skips non-object events', () => {
    expect(importTimemap('x.json', '{"events": [').report.fatal).toMatch(/^x\.json: not valid JSON/);
    expect(importTimemap('x.json', '{"foo": 1}').report.fatal).toMatch(/no timemap `events`/);
    const s = importTimemap(
      'x.json',
      '{"events": [1, {"id": "__proto__", "date": "01/02/2024"}], "sources": {"constructor": {"title": "c"}}}',
    );
    expect(s.report.skipped).toEqual([{ line: 1, column: null, reason: 'not an event object' }]);
    expect(s.events[0]).toMatchObject({ id: '__proto__', date: '2024-01-02' });
  });
});
