/**
 * A line of news about the data that is not a problem (a large file shown on its own): a polite
 * status at the foot of the header, apart from the error banner, since nothing failed. Written in
 * the language of the views that mount it, so a language switch re-words it.
 */
import './notice-banner.css';
import { formatNumber, t } from '../i18n/index.ts';
import { el } from './dom.ts';

/** A large file shown alone (large-import.ts): its name, its events, and the size from which a file is shown so. */
export type LargeFileAlone = { file: string; count: number; min: number };

export function noticeBanner(doc: Document, alone: LargeFileAlone): HTMLElement {
  const text = t('largeFileAlone', { file: alone.file, count: formatNumber(alone.count), min: formatNumber(alone.min) });
  return el(doc, 'p', { class: 'cl-notice', role: 'status' }, text);
}
