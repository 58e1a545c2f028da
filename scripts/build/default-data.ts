/**
 * `npm run build -- --data file`: the pure parts. Reading the arguments, converting the file with
 * the app's own importers (so the build accepts exactly what a reader could drop on the page), the
 * report as a few lines of text, and the `<meta>` that tells the built page its default dataset.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { toClaimlineGeojson } from '../../src/data/export/claimline.ts';
import { importFile } from '../../src/data/import/index.ts';
import type { ImportReport } from '../../src/data/import/types.ts';

export const DEFAULT_DATA_META = 'claimline-default-data';
/** Report lines printed per kind (skipped, warnings); the counts say how many more there are. */
const SHOWN = 20;

export type BuildArgs = { data: string | null; viteArgs: string[] } | { error: string };

/** `--data path` or `--data=path` (the argument wins over CLAIMLINE_DATA); everything else goes to vite. */
export function parseBuildArgs(argv: readonly string[], env: Record<string, string | undefined>): BuildArgs {
  let data: string | null = env.CLAIMLINE_DATA?.trim() || null;
  const viteArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--data') {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) return { error: '--data needs a file: npm run build -- --data path/to/events.csv' };
      data = next;
    } else if (arg.startsWith('--data=')) {
      data = arg.slice('--data='.length) || null;
      if (!data) return { error: '--data= needs a file: npm run build -- --data=path/to/events.csv' };
    } else viteArgs.push(arg);
  }
  return { data, viteArgs };
}

/** "Sudan events.csv" → "Sudan-events.claimline.geojson": a name that is safe in a URL and an attribute. */
export function outputName(path: string): string {
  const stem = basename(path)
    .replace(/\.[^.]*$/, '')
    .replace(/\.claimline$/i, '');
  const safe = stem.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return `${safe || 'data'}.claimline.geojson`;
}

export type Converted = { report: ImportReport; events: number; regions: number; geojson: string | null };

/** Imports `bytes` as a reader's drop would; `geojson` is null where the build must fail. */
export function convertData(name: string, bytes: Uint8Array): Converted {
  const result = importFile(name, bytes);
  const { report, events, regions } = result;
  const usable = !report.fatal && events.length + regions.length > 0;
  return { report, events: events.length, regions: regions.length, geojson: usable ? toClaimlineGeojson(result) : null };
}

export const convertDataFile = (path: string): Converted => convertData(basename(path), readFileSync(path));

/** The report as the terminal shows it: counts, then the first skipped rows and warnings. */
export function formatReport(c: Converted): string {
  const { report } = c;
  const lines = [`${report.file}: ${report.format}`];
  if (report.fatal) lines.push(`  FATAL: ${report.fatal}`);
  lines.push(
    `  ${c.events} events, ${c.regions} regions; ${report.merged} rows merged, ${report.skipped.length} skipped, ${report.warnings.length} warnings`,
  );
  const where = (line: number | null, column: string | null) =>
    [line === null ? '' : `line ${line}`, column ? `column "${column}"` : ''].filter(Boolean).join(', ') || 'file';
  const list = (label: string, items: { text: string }[]) => {
    for (const { text } of items.slice(0, SHOWN)) lines.push(`  ${label} ${text}`);
    if (items.length > SHOWN) lines.push(`  … ${items.length - SHOWN} more ${label === 'skipped' ? 'skipped rows' : 'warnings'}`);
  };
  list(
    'skipped',
    report.skipped.map((s) => ({ text: `${where(s.line, s.column)}: ${s.reason}` })),
  );
  list(
    'warning',
    report.warnings.map((w) => ({ text: `${where(w.line, w.column)}: ${w.message}` })),
  );
  if (!report.fatal && c.events + c.regions === 0) lines.push('  FATAL: nothing to publish (no events, no regions)');
  return lines.join('\n');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page with `<meta name="{name}" content="{url}">` in the head (an earlier one replaced); null where there is no head. */
export function addMeta(html: string, name: string, url: string): string | null {
  const meta = `<meta name="${name}" content="${escapeAttr(url)}" />`;
  const existing = new RegExp(`<meta name="${name}"[^>]*>`);
  if (existing.test(html)) return html.replace(existing, () => meta);
  if (!/<\/head>/i.test(html)) return null;
  return html.replace(/<\/head>/i, () => `  ${meta}\n  </head>`);
}

/** The page with its default dataset named in the head (an earlier one replaced); null where there is no head. */
export const addDefaultDataMeta = (html: string, url: string): string | null => addMeta(html, DEFAULT_DATA_META, url);

/** A built html page that runs the app (index.html; any other entry with the app's root). */
export const isAppPage = (html: string): boolean => /<div id="app"/.test(html);
