/**
 * Trusted Types, for pages served with `require-trusted-types-for 'script'` (see the README's
 * Content-Security-Policy). Four strings reach injection sinks: the import and column workers' script URLs, and inside maplibre its
 * worker's script URL (`new Worker(url)`) and the map credits, which maplibre parses as HTML before
 * sanitising them. The default policy lets through exactly those: the worker file of this build,
 * and credit markup made only of text and plain https links. Everything else is refused.
 */
import { workerUrl } from '../map/worker-url.ts';
import { columnsWorkerUrl } from './columns-worker-url.ts';
import { importWorkerUrl } from './import-worker-url.ts';

type Policy = { createScriptURL?: (s: string) => string | null; createHTML?: (s: string) => string | null };
type TrustedTypesLike = { createPolicy: (name: string, rules: Policy) => unknown; defaultPolicy?: unknown };

/** Text, and <a href="https://…">text</a>: the credit lines of the style and the map. */
const CREDIT_HTML = /^(?:[^<>]|<a href="https:\/\/[^"<>\s]*"(?: target="_blank")?(?: rel="[a-z ]*")?>[^<>]*<\/a>)*$/;

export function installTrustedTypes(win: Window = window): void {
  const tt = (win as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt || tt.defaultPolicy) return;
  tt.createPolicy('default', {
    createScriptURL: (url) => {
      const href = new URL(url, win.document.baseURI).href;
      return href === workerUrl || href === importWorkerUrl || href === columnsWorkerUrl ? url : null;
    },
    createHTML: (html) => (CREDIT_HTML.test(html) ? html : null),
  });
}
