/**
 * A synthetic ACLED export for the import benchmark: the current 31-column layout, invented places
 * ("Testville N") at plausible coordinates in an invented Sahel-sized country, dates spread over two
 * years, text-label inter codes as ACLED exports them since 2024, quoted notes with commas, and
 * about one event in 500 in the monadic layout (a second row per actor, same event_id_cnty). No
 * real ACLED row is copied: their terms forbid redistribution. Deterministic: the same rows and
 * seed give the same bytes, so runs on different days compare.
 */

import { ACLED_COLUMNS } from '../../src/data/export/acled.ts';

/** mulberry32: small, fast, and the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: readonly [string, string, string][] = [
  ['Political violence', 'Battles', 'Armed clash'],
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  ['Political violence', 'Violence against civilians', 'Attack'],
  ['Demonstrations', 'Protests', 'Peaceful protest'],
  ['Strategic developments', 'Strategic developments', 'Looting/property destruction'],
];
const ACTORS: readonly [string, string][] = [
  ['Military Forces of Testland (2019-)', 'State forces'],
  ['Testville Liberation Front', 'Rebel groups'],
  ['Sampletown Defence Militia', 'Identity militias'],
  ['Protesters (Testland)', 'Protesters'],
  ['Civilians (Testland)', 'Civilians'],
  ['Unidentified Armed Group (Testland)', 'Political militias'],
];
const SOURCES = ['Testville Times', 'Radio Nowhere', 'Testland Daily', 'Local Testland News; Radio Nowhere', 'Sampletown Observer'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 0, 1);

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function cell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function acledCsv(rows: number, seed = 20221113): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  // About five events per place, as in a busy export; each place keeps its own point.
  const places = Array.from({ length: Math.max(1, Math.round(rows / 5)) }, (_, i) => ({
    name: `Testville ${i + 1}`,
    admin1: `Province ${(i % 18) + 1}`,
    admin2: `District ${(i % 140) + 1}`,
    lat: (8 + rand() * 14).toFixed(4),
    lon: (22 + rand() * 16).toFixed(4),
  }));
  const lines = [ACLED_COLUMNS.join(',')];
  let id = 0;
  while (lines.length - 1 < rows) {
    id++;
    const [disorder, type, sub] = pick(TYPES);
    const place = pick(places);
    const day = new Date(START + Math.floor(rand() * 730) * DAY_MS);
    const iso = day.toISOString().slice(0, 10);
    // Mostly ISO, as the API gives; some "01 November 2024", as the website's export gives.
    const date = rand() < 0.9 ? iso : `${iso.slice(8)} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const a1 = pick(ACTORS);
    const a2 = rand() < 0.6 ? pick(ACTORS) : null;
    const fatalities = type === 'Protests' ? 0 : Math.floor(rand() ** 3 * 40);
    const monadic = !a2 && rows - (lines.length - 1) >= 2 && rand() < 0.002;
    // Drawn once per event, so the rows of a monadic event agree on everything but the actor.
    const timePrecision = String(1 + Math.floor(rand() ** 2 * 3));
    const geoPrecision = String(1 + Math.floor(rand() ** 2 * 3));
    const assoc = rand() < 0.2 ? 'Testville Youth Militia; Other Group' : '';
    const source = pick(SOURCES);
    const scale = pick(['National', 'Local', 'Subnational-National', 'International']);
    const tags = type === 'Protests' ? `crowd size=around ${10 * (1 + Math.floor(rand() * 50))}` : '';
    const row = (actor: [string, string], other: [string, string] | null) =>
      [
        `TST${id}`,
        date,
        String(day.getUTCFullYear()),
        timePrecision,
        disorder,
        type,
        sub,
        actor[0],
        assoc,
        actor[1],
        other?.[0] ?? '',
        '',
        other?.[1] ?? '',
        other ? `${actor[1]}-${other[1]}` : `${actor[1]} only`,
        type === 'Violence against civilians' ? 'Civilian targeting' : '',
        '999',
        'Nowhere Region',
        'Testland',
        place.admin1,
        place.admin2,
        '',
        place.name,
        place.lat,
        place.lon,
        geoPrecision,
        source,
        scale,
        `On ${date}, ${sub.toLowerCase()} near ${place.name}, "${type}", with commas, reported by local sources. ${fatalities} reported fatalities.`,
        String(fatalities),
        tags,
        String(1700000000 + id),
      ]
        .map(cell)
        .join(',');
    lines.push(row(a1, a2));
    // Monadic: the same event again, one row per actor, actor2 empty on both.
    if (monadic) lines.push(row(pick(ACTORS.filter((a) => a !== a1)), null));
  }
  return `${lines.join('\r\n')}\r\n`;
}
