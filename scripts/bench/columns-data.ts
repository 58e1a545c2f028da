/**
 * The bench's 1M-event column set: lon, lat and day from scale-data.ts (the same seeded spread as
 * `--scale`), plus the columns a real dataset carries, drawn from a second seeded stream so the
 * bytes are the same on every run: day_end (most events last one day), claimant group, event type,
 * place precision; and the text (summary, notes, sources) that the details panel reads lazily.
 */
import type { ColumnInput } from '../../src/data/columns/binary-write.ts';
import { prng } from './import-csv.ts';
import { scaleSet } from './scale-data.ts';

export const NUMERIC = ['lon', 'lat', 'day', 'day_end', 'group', 'type', 'precision'] as const;
const OUTLETS = ['Testville Times', 'Radio Nowhere', 'Ministry of Defence', 'Local monitor', 'Wire agency'];
const WORDS = ['shelling', 'drone strike', 'armed clash', 'artillery fire', 'protest', 'mortar fire', 'ambush'];

export type ColumnSet = { count: number; columns: ColumnInput[]; text: unknown[] };

export function columnSet(n: number, seed = 20240101): ColumnSet {
  const base = scaleSet(n, seed);
  const rand = prng(seed ^ 0x5eed);
  const dayEnd = new Uint16Array(n);
  const group = new Uint8Array(n);
  const type = new Uint8Array(n);
  const precision = new Uint8Array(n);
  const text: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const day = base.day[i] as number;
    dayEnd[i] = rand() < 0.9 ? day : day + 1 + Math.floor(rand() * 6);
    group[i] = Math.floor(rand() ** 2 * 6);
    type[i] = Math.floor(rand() * WORDS.length);
    precision[i] = rand() < 0.7 ? 1 : rand() < 0.7 ? 2 : 3;
    const word = WORDS[type[i] as number] as string;
    const sources = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => OUTLETS[Math.floor(rand() * OUTLETS.length)]);
    text[i] = {
      summary: `Reported ${word} near Place ${Math.floor(rand() * 5000) + 1}; ${Math.floor(rand() * 12)} casualties claimed by side ${group[i]}.`,
      notes: rand() < 0.3 ? `Claim disputed; location ${precision[i] === 1 ? 'exact' : 'approximate'}.` : '',
      sources,
    };
  }
  const columns: ColumnInput[] = [
    { name: 'lon', data: base.lon },
    { name: 'lat', data: base.lat },
    { name: 'day', data: base.day },
    { name: 'day_end', data: dayEnd },
    { name: 'group', data: group },
    { name: 'type', data: type },
    { name: 'precision', data: precision },
  ];
  return { count: n, columns, text };
}

/** The numeric columns as compact JSON rows, `[[lon, lat, day, day_end, group, type, precision], …]`: what parsing JSON costs. */
export function jsonRowsOf(set: ColumnSet): string {
  const rows: string[] = new Array(set.count);
  for (let i = 0; i < set.count; i++) rows[i] = `[${set.columns.map((c) => c.data[i]).join(',')}]`;
  return `[${rows.join(',\n')}]`;
}
