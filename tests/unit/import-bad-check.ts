/**
 * The promise every bad file is checked against, whatever it is: importFile returns (never throws)
 * either events plus a report whose skipped rows name line, column and reason, or exactly one fatal
 * line that names the file; links are http(s) only; no object prototype was touched.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { importFile } from '../../src/data/import/index';
import type { ImportResult } from '../../src/data/import/types';

/** Fixed "today", so no fixture turns into a future-date warning as the years pass. */
export const NOW = '2025-06-01';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/import/bad/${name}`, import.meta.url)));
}

export function run(name: string, bytes: Uint8Array = fixture(name)): ImportResult {
  let result: ImportResult | undefined;
  expect(() => {
    result = importFile(name, bytes, { now: NOW });
  }).not.toThrow();
  checkResult(name, result as ImportResult);
  return result as ImportResult;
}

export function expectFatal(r: ImportResult, pattern: RegExp): void {
  expect(r.report.fatal).toMatch(pattern);
  expect(r.events).toEqual([]);
}

export function expectImported(r: ImportResult, count: number): void {
  expect(r.report.fatal).toBeNull();
  expect(r.events).toHaveLength(count);
  expect(r.report.imported).toBe(count);
}

/** Every event field that holds display text, for "kept as text" checks. */
export function texts(r: ImportResult): string[] {
  return r.events.flatMap((e) => [
    e.id,
    e.title,
    e.summary,
    e.place_name,
    e.event_type,
    e.claimant,
    ...e.actors,
    ...e.sources.flatMap((s) => [s.title, s.publisher]),
    ...Object.values(e.extra),
  ]);
}

export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'type', 'title', 'toString_', 'x']) expect(probe[key]).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => k.includes('polluted'))).toEqual([]);
  expect(probe.constructor).toBe(Object);
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(Object.getPrototypeOf([])).toBe(Array.prototype);
  expect(typeof probe.toString).toBe('function');
}

function checkResult(name: string, r: ImportResult): void {
  expect(r, `${name}: a result`).toBeTruthy();
  expect(Array.isArray(r.events) && Array.isArray(r.regions)).toBe(true);
  const { report } = r;
  if (report.fatal !== null) {
    expect(report.fatal.startsWith(`${name}: `), report.fatal).toBe(true);
    expect(report.fatal).not.toMatch(/[\r\n]/);
    expect(report.fatal.length).toBeLessThan(300);
    expect(r.events).toEqual([]);
  } else {
    expect(report.imported).toBe(r.events.length);
  }
  // Collected, then asserted once: a 50 MB file has a quarter of a million events to look at.
  const wrong: string[] = [];
  for (const s of report.skipped) {
    if (!Number.isInteger(s.line) || s.line < 1) wrong.push(`skipped line ${s.line}`);
    if (s.column !== null && typeof s.column !== 'string') wrong.push(`skipped column ${String(s.column)}`);
    if (typeof s.reason !== 'string' || s.reason === '') wrong.push(`skipped line ${s.line} without a reason`);
  }
  for (const w of report.warnings) if (typeof w.message !== 'string' || w.message === '') wrong.push('warning without a message');
  for (const e of r.events) {
    for (const s of e.sources) if (s.url !== null && !/^https?:\/\/\S+$/i.test(s.url)) wrong.push(`link ${s.url}`);
    if (e.lat !== null && !(Number.isFinite(e.lat) && Math.abs(e.lat) <= 90)) wrong.push(`lat ${e.lat}`);
    if (e.lon !== null && !(Number.isFinite(e.lon) && Math.abs(e.lon) <= 180)) wrong.push(`lon ${e.lon}`);
    for (const v of texts({ ...r, events: [e] })) if (typeof v !== 'string') wrong.push(`${e.id}: text ${typeof v}`);
  }
  expect(wrong.slice(0, 5), name).toEqual([]);
  expect(r.meta.source_url === null || /^https?:\/\//i.test(r.meta.source_url)).toBe(true);
  expectNoPollution();
}
