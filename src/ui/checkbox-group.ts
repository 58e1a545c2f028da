/**
 * A labelled group of checkboxes bound to one set in the store (layers, claimant sides): the
 * store holds the value, the boxes only show it and write it back.
 */
import './checkbox-group.css';
import { type AppEvents, type AppState, PUSH, type Store } from '../state/app-state.ts';
import { el } from './dom.ts';

type SetKey = 'layers' | 'sides';
export type CheckboxItem<T extends string> = { id: T; label: string; swatch?: HTMLElement };

export class CheckboxGroup<K extends SetKey> {
  readonly element: HTMLFieldSetElement;
  private readonly inputs = new Map<string, HTMLInputElement>();
  private readonly off: () => void;

  constructor(
    doc: Document,
    private readonly store: Store,
    private readonly key: K,
    legend: string,
    private readonly items: readonly CheckboxItem<AppState[K] extends ReadonlySet<infer T> ? T & string : never>[],
  ) {
    this.element = el(doc, 'fieldset', { class: `cl-checks cl-checks--${key}` });
    this.element.append(el(doc, 'legend', {}, legend));
    for (const item of items) {
      const id = `cl-${key}-${item.id}`;
      const input = el(doc, 'input', { type: 'checkbox', id, name: item.id });
      input.addEventListener('change', this.onChange);
      const label = el(doc, 'label', { for: id });
      if (item.swatch) label.append(item.swatch);
      label.append(item.label);
      const row = el(doc, 'div', { class: 'cl-checks__row' });
      row.append(input, label);
      this.element.append(row);
      this.inputs.set(item.id, input);
    }
    this.off = store.on(key, (() => this.render()) as (v: AppEvents[K]) => void);
    this.render();
  }

  private onChange = (): void => {
    const chosen = new Set(this.items.filter((i) => this.inputs.get(i.id)?.checked).map((i) => i.id));
    this.store.update({ [this.key]: chosen } as Partial<AppState>, PUSH);
  };

  render(): void {
    const chosen = this.store.state[this.key] as ReadonlySet<string>;
    for (const [id, input] of this.inputs) input.checked = chosen.has(id);
  }

  destroy(): void {
    this.off();
    this.element.remove();
  }
}
