/**
 * Background far outside the period (the 1990s and 2020 wars) on its own strip, so it does not
 * stretch the slider: one chip per period; the other accounts of a period are linked from its details.
 */
import type { Incident } from '../../data/schema.ts';
import { formatDays, t } from '../../i18n/index.ts';
import { el } from '../dom.ts';

export function createContextStrip(doc: Document, context: readonly Incident[], onOpen: (id: string) => void): HTMLElement {
  const strip = el(doc, 'div', { class: 'cl-timeline__context' });
  if (context.length === 0) return strip;
  strip.append(el(doc, 'span', { class: 'cl-timeline__context-title' }, `${t('contextStrip')}:`));
  const periods = new Map<string, Incident>();
  for (const f of context) {
    const key = `${f.properties.day}-${f.properties.day_end}`;
    if (!periods.has(key)) periods.set(key, f);
  }
  for (const f of periods.values()) {
    const p = f.properties;
    const b = el(doc, 'button', { type: 'button', class: 'cl-chip', title: p.summary }, formatDays(p.day, p.day_end));
    b.addEventListener('click', () => onOpen(p.id));
    strip.append(b);
  }
  return strip;
}
