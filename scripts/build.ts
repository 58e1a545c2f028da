/**
 * `npm run build`: exactly `vite build` (its arguments passed on). With `-- --data file` or
 * CLAIMLINE_DATA=file, the file is converted first by the app's importers, its report printed
 * (a fatal one stops the build, exit 1), and the build then ships it as dist/data/<name>.claimline.geojson,
 * named as the default dataset in every built page of the app. It also writes the same records as an
 * event file (dist/data/<name>.clcol, .cltext, .clcol.json; scripts/build/event-files.ts). From
 * COLUMNS_FROM records on, the pages name the event file as their default dataset instead (the app
 * then holds the records as columns and reads each one's text by range); below, the GeoJSON, which
 * every view reads in full (exports, nearby records). docs/columnar-file.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addDefaultDataMeta, convertDataFile, formatReport, isAppPage, outputName, parseBuildArgs } from './build/default-data.ts';
import { COLUMNS_FROM, eventFileNames, eventFilesOf, formatSizes } from './build/event-files.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

function viteBuild(args: readonly string[]): number {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const run = spawnSync(vite, ['build', ...args], { cwd: ROOT, stdio: 'inherit' });
  if (run.error) console.error(`vite build could not start: ${run.error.message}`);
  return run.status ?? 1;
}

function main(): number {
  const args = parseBuildArgs(process.argv.slice(2), process.env);
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  if (!args.data) return viteBuild(args.viteArgs);

  const path = resolve(process.cwd(), args.data);
  let converted: ReturnType<typeof convertDataFile>;
  try {
    converted = convertDataFile(path);
  } catch (err) {
    console.error(`${args.data}: cannot be read (${err instanceof Error ? err.message : String(err)})`);
    return 1;
  }
  console.log(formatReport(converted));
  if (converted.geojson === null) {
    console.error(`${args.data}: not built; fix the file and build again`);
    return 1;
  }

  const status = viteBuild(args.viteArgs);
  if (status !== 0) return status;
  // After vite, which empties dist/.
  const name = outputName(path);
  mkdirSync(join(DIST, 'data'), { recursive: true });
  writeFileSync(join(DIST, 'data', name), converted.geojson);
  const url = `data/${name}`;
  const names = eventFileNames(name);
  let events: ReturnType<typeof eventFilesOf>;
  try {
    events = eventFilesOf(name, converted.geojson);
  } catch (err) {
    console.error(`dist/${url}: no event file (${err instanceof Error ? err.message : String(err)})`);
    return 1;
  }
  writeFileSync(join(DIST, 'data', names.columns), events.columns);
  writeFileSync(join(DIST, 'data', names.text), events.text);
  writeFileSync(join(DIST, 'data', names.meta), events.metaText);
  const shown = events.meta.count >= COLUMNS_FROM ? `data/${names.columns}` : url;
  let pages = 0;
  for (const file of readdirSync(DIST).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(DIST, file), 'utf8');
    if (!isAppPage(html)) continue;
    const rewritten = addDefaultDataMeta(html, shown);
    if (rewritten === null) {
      console.error(`dist/${file}: no </head> to add the default dataset to`);
      return 1;
    }
    writeFileSync(join(DIST, file), rewritten);
    pages++;
  }
  if (pages === 0) {
    console.error('dist/: no page of the app found to name the default dataset in');
    return 1;
  }
  console.log(`dist/${shown}: the default dataset of ${pages} page(s)`);
  console.log(
    `dist/data/${names.columns}: its ${events.meta.count} records as an event file${shown === url ? ` (shown from ${COLUMNS_FROM} records on; open it with ?data=data/${names.columns})` : ''}`,
  );
  console.log(
    formatSizes([
      { path: `dist/${url}`, bytes: converted.geojson },
      { path: `dist/data/${names.columns}`, bytes: events.columns },
      { path: `dist/data/${names.text}`, bytes: events.text },
      { path: `dist/data/${names.meta}`, bytes: events.metaText },
    ]),
  );
  return 0;
}

process.exitCode = main();
