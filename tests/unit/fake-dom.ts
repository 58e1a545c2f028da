/**
 * A very small DOM for unit tests of views that only build elements, set attributes and text and
 * listen to events (jsdom is not installed). Setting innerHTML throws: data must never become markup.
 */
export class FakeElement extends EventTarget {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  parent: FakeElement | null = null;
  value = '';
  private text = '';
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  get id(): string {
    return this.getAttribute('id') ?? '';
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    this.replaceChildren();
    this.text = value;
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML used');
  }
  append(...nodes: (FakeElement | string)[]): void {
    for (const node of nodes) {
      if (typeof node === 'string') throw new Error('text nodes are not modelled');
      node.remove();
      node.parent = this;
      this.children.push(node);
    }
  }
  replaceChildren(...nodes: FakeElement[]): void {
    for (const c of [...this.children]) c.remove();
    this.text = '';
    this.append(...nodes);
  }
  remove(): void {
    if (!this.parent) return;
    this.parent.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = null;
  }
  click(): void {
    this.dispatchEvent(new Event('click'));
  }
  /** Every element below this one, depth first. */
  all(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.all()]);
  }
  find(match: (e: FakeElement) => boolean): FakeElement[] {
    return this.all().filter(match);
  }
}

export function fakeDocument(): { doc: Document; created: string[] } {
  const created: string[] = [];
  const doc = {
    createElement: (tag: string) => {
      created.push(tag);
      return new FakeElement(tag);
    },
  };
  return { doc: doc as unknown as Document, created };
}

export const byClass = (name: string) => (e: FakeElement) => (e.getAttribute('class') ?? '').split(' ').includes(name);
