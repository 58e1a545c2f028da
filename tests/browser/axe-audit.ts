/**
 * axe-core run in the page with the WCAG 2.2 A/AA and best-practice rules: the serious and critical
 * violations, one line each (an empty list passes). Shared by the audits of every mode (a11y.test.ts)
 * and of single views (undated-keyboard.test.ts). The app never ships the axe script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Session } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** WCAG 2.0–2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function audit(s: Session): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP and Trusted Types refuse injected <script>s, rightly.
  await s.page.evaluate(AXE_SOURCE);
  const violations = (await s.page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    // The map canvas is WebGL: axe cannot read colours from it, so contrast is checked on the page's own text.
    const result = await axe.run(
      { include: [['body']], exclude: [['.maplibregl-canvas']] },
      { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } },
    );
    return result.violations;
  }, TAGS)) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}
