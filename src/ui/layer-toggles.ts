/** Checkboxes that show or hide the map's layer groups; state lives in the store. */
import { t, type StringKey } from '../i18n/index.ts';
import { LAYER_IDS, type LayerId, type Store } from '../state/app-state.ts';
import { el } from './dom.ts';

const LABELS: Record<LayerId, StringKey> = { incidents: 'layerIncidents', settlements: 'layerSettlements', regions: 'layerRegions', labels: 'layerLabels' };

export class LayerToggles {
  readonly element: HTMLFieldSetElement;
  private readonly inputs = new Map<LayerId, HTMLInputElement>();
  private readonly off: () => void;

  constructor(doc: Document, private readonly store: Store) {
    this.element = el(doc, 'fieldset', { class: 'cl-layers' });
    this.element.append(el(doc, 'legend', {}, t('layers')));
    for (const id of LAYER_IDS) {
      const input = el(doc, 'input', { type: 'checkbox', id: `cl-layer-${id}`, name: id });
      input.addEventListener('change', this.onChange);
      const label = el(doc, 'label', { for: `cl-layer-${id}` }, t(LABELS[id]));
      const row = el(doc, 'div', { class: 'cl-layers__row' });
      row.append(input, label);
      this.element.append(row);
      this.inputs.set(id, input);
    }
    this.off = store.on('layers', () => this.render());
    this.render();
  }

  private onChange = (): void => {
    this.store.update({ layers: new Set(LAYER_IDS.filter((id) => this.inputs.get(id)!.checked)) });
  };

  render(): void {
    for (const [id, input] of this.inputs) input.checked = this.store.state.layers.has(id);
  }

  destroy(): void {
    this.off();
    this.element.remove();
  }
}
