/**
 * The files `?data=` (or the build's default data) names: each fetched from the page's origin (or
 * an origin the host allows), imported in the worker and joined to the datasets. A file that fails
 * becomes one banner line naming it; the others still load. A file of COLUMNS_FROM events or more
 * comes back as columns (large-import.ts) and is shown alone: the other files are not shown (the
 * banner names them), and those after it not even read.
 * Loaded on demand only.
 */
import type { ConvertedImport } from './data/import/to-incidents.ts';
import { dataFileName } from './config/data-file-name.ts';
import { t } from './i18n/index.ts';
import type { LargeImport } from './large-import.ts';

export async function loadDataUrls(
  urls: readonly string[],
  onStatus: (text: string) => void,
): Promise<{ imports: ConvertedImport[]; errors: string[]; columns: LargeImport | null }> {
  const [{ importInWorker }, { convertImport, reportLine }] = await Promise.all([
    import('./data/import/client.ts'),
    import('./data/import/convert.ts'),
  ]);
  const imports: ConvertedImport[] = [];
  const errors: string[] = [];
  for (const url of urls) {
    const name = dataFileName(url);
    let bytes: Uint8Array;
    try {
      const response = await fetch(url);
      if (!response.ok) {
        errors.push(`?data=${name}: could not be loaded (HTTP ${response.status})`);
        continue;
      }
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (e) {
      errors.push(`?data=${name}: could not be loaded (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    const job = importInWorker(
      { name, bytes },
      { onProgress: (f) => onStatus(t('loadingFile', { file: name, percent: Math.round(f * 100) })) },
    );
    const result = await job.promise;
    if (result.eventFile) {
      const { openLargeImport } = await import('./large-import.ts');
      const large = await openLargeImport(name, result.eventFile);
      if (result.report.skipped.length || result.report.warnings.length) errors.push(reportLine(result));
      errors.push(...large.messages);
      if (large.data) {
        const others = urls.filter((u) => u !== url).map(dataFileName);
        if (others.length) errors.push(`?data=${others.join(', ')}: not shown (${name} is shown alone)`);
        return { imports: [], errors, columns: large.data };
      }
      continue;
    }
    const { converted, messages } = convertImport(result, { builtIn: null, imports });
    if (converted) imports.push(converted);
    if (converted && (result.report.skipped.length || result.report.warnings.length)) errors.push(reportLine(result));
    errors.push(...messages);
  }
  return { imports, errors, columns: null };
}
