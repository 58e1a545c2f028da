/**
 * `npm run tiles -- --data <file> --out <dir/name.pmtiles> [--minzoom 0] [--maxzoom 10] [--max-features 20000]`:
 * a PMTiles archive of the file's points, for datasets larger than a browser tab can hold
 * (docs/pmtiles.md). The file is read by the app's importers, as `npm run build -- --data` does.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { formatReport } from './build/default-data.ts';
import { buildArchive, DEFAULTS, type TilesOptions } from './tiles/build-archive.ts';

const USAGE =
  'usage: npm run tiles -- --data events.csv --out dist/tiles/events.pmtiles [--minzoom 0] [--maxzoom 10] [--max-features 20000]';
const NUMBERS: Record<string, keyof TilesOptions> = { '--minzoom': 'minZoom', '--maxzoom': 'maxZoom', '--max-features': 'maxFeatures' };

type Args = { data: string; out: string; options: TilesOptions } | { error: string };

export function parseTilesArgs(argv: readonly string[]): Args {
  const options = { ...DEFAULTS };
  let data = '';
  let out = '';
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${flag} needs a value\n${USAGE}` };
    if (flag === '--data') data = value;
    else if (flag === '--out') out = value;
    else if (flag in NUMBERS) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) return { error: `${flag}: not a whole number: ${value}` };
      options[NUMBERS[flag] as keyof TilesOptions] = n;
    } else return { error: `unknown argument ${flag}\n${USAGE}` };
  }
  if (!data || !out) return { error: USAGE };
  // Tile x, y and ids stay exact in 32-bit and double arithmetic up to zoom 15.
  if (options.maxZoom > 15 || options.minZoom > options.maxZoom) return { error: '--minzoom ≤ --maxzoom ≤ 15' };
  if (options.maxFeatures < 1) return { error: '--max-features must be at least 1' };
  return { data, out, options };
}

function main(): number {
  const args = parseTilesArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const started = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(process.cwd(), args.data));
  } catch (err) {
    console.error(`${args.data}: cannot be read (${err instanceof Error ? err.message : String(err)})`);
    return 1;
  }
  const built = buildArchive(basename(args.data), bytes, args.options);
  console.log(formatReport({ report: built.report, events: built.features + built.unplaced, regions: 0, geojson: null }));
  if (built.parts === null) {
    console.error(`${args.data}: no archive written (nothing with a point to tile)`);
    return 1;
  }
  const out = resolve(process.cwd(), args.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, Buffer.concat(built.parts));
  const size = built.parts.reduce((n, p) => n + p.length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${args.out}: ${built.features} points (${built.unplaced} without one left out), ${built.tiles} tiles, ` +
      `${(size / 1e6).toFixed(1)} MB in ${seconds} s` +
      (built.thinnedZooms.length ? `; zooms ${built.thinnedZooms.join(', ')} hold samples of dense tiles` : ''),
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exitCode = main();
