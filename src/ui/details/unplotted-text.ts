/**
 * Why a claim is not on the map: the reason kind as a sentence in the page's language, and the
 * data's English detail (the place as reported and the build's note) kept beside it so nothing is
 * lost. The detail is marked English on a page in another language.
 */
import type { IncidentProperties } from '../../data/schema.ts';
import { englishText, t } from '../../i18n/index.ts';
import { el } from '../dom.ts';

type UnplottedProps = Pick<IncidentProperties, 'unplotted_kind' | 'unplotted_reason' | 'place_name'>;

/** The translated sentence, and the English detail ("place as reported (note)"), either possibly empty. */
export function unplottedParts(p: UnplottedProps): { sentence: string; detail: string } {
  const sentence = p.unplotted_kind ? t(`unplotted_${p.unplotted_kind}`) : '';
  const reason = p.unplotted_reason ?? '';
  const detail = p.place_name && reason ? `${p.place_name} (${reason})` : p.place_name || reason;
  return { sentence, detail };
}

export function unplottedText(doc: Document, p: UnplottedProps): HTMLElement {
  const { sentence, detail } = unplottedParts(p);
  const node = el(doc, 'span', { class: 'cl-details__unplotted' }, sentence);
  if (detail) node.append(sentence ? ' — ' : '', el(doc, 'span', englishText(), detail));
  return node;
}
