/**
 * UCDP's source columns to Claimline sources. GED gives, per event, `source_article` (a citation,
 * sometimes a link), `source_office` (the outlet), `source_date` and `source_headline`; when an
 * event rests on several reports, each column is a `;`-separated list in the same order. Lists of
 * equal length are zipped into one source per report; otherwise (a headline that itself contains
 * `;`) the columns are kept whole as one source, so no text is lost or misattributed.
 * Only an http(s) article becomes a `url`; any other article text is the title when there is no
 * headline, else it stays in the event's `extra.source_article`.
 */
import { parseDate } from './dates.ts';
import type { ImportedSource } from './types.ts';
import { httpUrl } from './values.ts';
import { recoverQuotes, splitList } from './ucdp-text.ts';

export type SourceCells = { article: string; office: string; date: string; headline: string };

export type SourceResult = { sources: ImportedSource[]; articleLeftOver: string | null };

function one(article: string, office: string, date: string, headline: string): { source: ImportedSource; leftOver: string | null } {
  const url = httpUrl(article);
  const articleText = url === null ? article : '';
  const title = headline !== '' ? headline : articleText;
  const leftOver = headline !== '' && articleText !== '' && articleText !== headline ? articleText : null;
  return { source: { title, publisher: office, url, date: parseDate(date) }, leftOver };
}

export function readSources(cells: SourceCells): SourceResult {
  const lists = [splitList(cells.article), splitList(cells.office), splitList(cells.date), splitList(cells.headline)];
  const lengths = lists.map((l) => l.length).filter((n) => n > 0);
  if (lengths.length === 0) return { sources: [], articleLeftOver: null };
  const n = lengths[0];
  if (n > 1 && lengths.every((k) => k === n)) {
    const sources: ImportedSource[] = [];
    const left: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = one(lists[0][i] ?? '', lists[1][i] ?? '', lists[2][i] ?? '', lists[3][i] ?? '');
      sources.push(r.source);
      if (r.leftOver) left.push(r.leftOver);
    }
    return { sources, articleLeftOver: left.length ? left.join('; ') : null };
  }
  const r = one(recoverQuotes(cells.article), recoverQuotes(cells.office), recoverQuotes(cells.date), recoverQuotes(cells.headline));
  return { sources: [r.source], articleLeftOver: r.leftOver };
}
