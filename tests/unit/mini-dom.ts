/**
 * A minimal DOM for unit tests of UI modules that only build elements, set text and attributes and
 * listen for events (jsdom is not a dependency of this project). Like jsdom, a <dialog> here has no
 * showModal(). Selectors: compounds of tag, .class, #id, [attr] and [attr="value"], joined by spaces.
 */
export class MiniNode extends EventTarget {
  parentNode: MiniElement | null = null;
  constructor(readonly ownerDocument: MiniDocument) {
    super();
  }
  get isConnected(): boolean {
    let n: MiniNode | null = this;
    while (n?.parentNode) n = n.parentNode;
    return n === this.ownerDocument.documentElement;
  }
  get textContent(): string {
    return '';
  }
  remove(): void {
    const p = this.parentNode;
    if (p) p.childNodes.splice(p.childNodes.indexOf(this), 1);
    this.parentNode = null;
  }
}

export class MiniText extends MiniNode {
  constructor(
    doc: MiniDocument,
    public data: string,
  ) {
    super(doc);
  }
  override get textContent(): string {
    return this.data;
  }
}

export class MiniElement extends MiniNode {
  readonly childNodes: MiniNode[] = [];
  private readonly attrs = new Map<string, string>();
  [prop: string]: unknown;
  constructor(
    doc: MiniDocument,
    readonly tagName: string,
  ) {
    super(doc);
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  get id(): string {
    return this.attrs.get('id') ?? '';
  }
  get children(): MiniElement[] {
    return this.childNodes.filter((n): n is MiniElement => n instanceof MiniElement);
  }
  append(...nodes: (MiniNode | string)[]): void {
    for (const n of nodes) {
      const node = typeof n === 'string' ? new MiniText(this.ownerDocument, n) : n;
      node.remove();
      node.parentNode = this;
      this.childNodes.push(node);
    }
  }
  replaceChildren(...nodes: (MiniNode | string)[]): void {
    for (const c of [...this.childNodes]) c.remove();
    this.append(...nodes);
  }
  override get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  override set textContent(text: string) {
    this.replaceChildren(...(text === '' ? [] : [text]));
  }
  focus(): void {
    this.ownerDocument.activeElement = this;
  }
  click(): void {
    this.dispatchEvent(new Event('click'));
  }
  /** Every descendant element, depth first. */
  descendants(): MiniElement[] {
    return this.children.flatMap((c) => [c, ...c.descendants()]);
  }
  querySelectorAll(selector: string): MiniElement[] {
    const parts = selector.trim().split(/\s+/);
    return this.descendants().filter((e) => matchesChain(e, parts, this));
  }
  querySelector(selector: string): MiniElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

function matches(e: MiniElement, compound: string): boolean {
  const re = /([.#]?)([\w-]+)|\[([\w-]+)(?:="([^"]*)")?\]/g;
  for (const m of compound.matchAll(re)) {
    if (m[3]) {
      if (!e.hasAttribute(m[3]) || (m[4] !== undefined && e.getAttribute(m[3]) !== m[4])) return false;
    } else if (m[1] === '.') {
      if (!(e.getAttribute('class') ?? '').split(/\s+/).includes(m[2] ?? '')) return false;
    } else if (m[1] === '#') {
      if (e.id !== m[2]) return false;
    } else if (e.tagName !== m[2]) return false;
  }
  return true;
}

function matchesChain(e: MiniElement, parts: string[], root: MiniElement): boolean {
  const last = parts[parts.length - 1];
  if (last === undefined || !matches(e, last)) return false;
  let rest = parts.slice(0, -1);
  for (let a = e.parentNode; a && a !== root && rest.length > 0; a = a.parentNode) {
    const want = rest[rest.length - 1];
    if (want !== undefined && matches(a, want)) rest = rest.slice(0, -1);
  }
  return rest.length === 0;
}

export class MiniDocument {
  readonly documentElement: MiniElement;
  readonly body: MiniElement;
  activeElement: MiniElement | null = null;
  constructor() {
    this.documentElement = new MiniElement(this, 'html');
    this.body = new MiniElement(this, 'body');
    this.documentElement.append(this.body);
    this.activeElement = this.body;
  }
  createElement(tag: string): MiniElement {
    return new MiniElement(this, tag.toLowerCase());
  }
  createTextNode(text: string): MiniText {
    return new MiniText(this, text);
  }
}

/** A fresh mini document, typed as a Document for the code under test. */
export function miniDocument(): MiniDocument & Document {
  return new MiniDocument() as unknown as MiniDocument & Document;
}
