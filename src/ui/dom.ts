/** Small DOM helpers. Text is always set with textContent: data never becomes markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * A link whose target depends on state that keeps changing (the current view): the href is
 * computed when the reader is about to use it (pointer down, focus, click), not on every change.
 */
export function liveHref(a: HTMLAnchorElement, compute: () => string): void {
  const refresh = () => {
    a.href = compute();
  };
  for (const event of ['pointerdown', 'focus', 'click'] as const) a.addEventListener(event, refresh);
  refresh();
}

/** Saves a generated file (an export) under a name, without leaving the page. */
export function download(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = el(doc, 'a', { href: url, download: filename });
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Only http(s) URLs become links; anything else is returned as null and shown as text. So does one
 * with a user name or password: "https://news.example@elsewhere.example/" leads to elsewhere.example.
 */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return null;
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
