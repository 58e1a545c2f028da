/**
 * One direction: the pure layers (style/, data/, geo/, i18n/) import nothing from map/ or ui/.
 * Reads the import specifiers of every .ts file under them (static, re-exports, dynamic) and
 * resolves relative ones against the file's folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const PURE = ['style', 'data', 'geo', 'i18n'];
const FORBIDDEN = ['map', 'ui'];

/** Every .ts file under a folder, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The module specifiers a source imports or re-exports, statically or with import(); comments are skipped. */
function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
  const patterns = [
    // import x from '…', import { a, b } from '…', import type …, export … from '…' (also over several lines)
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;()]*?\bfrom\s*['"]([^'"]+)['"]/g,
    // import '…' (side effects only, e.g. a stylesheet)
    /\bimport\s*['"]([^'"]+)['"]/g,
    // import('…') and import(`…${x}`): the part before the first substitution
    /\bimport\s*\(\s*['"`]([^'"`$]+)/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1] ?? ''));
}

/** "file imports 'specifier' (src/map/…)" for each specifier of `source` that resolves into a forbidden folder. */
function forbiddenImports(file: string, source: string): string[] {
  return importSpecifiers(source).flatMap((specifier) => {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) return []; // a package
    const target = relative(SRC, specifier.startsWith('/') ? specifier : resolve(dirname(file), specifier));
    const top = target.split(sep)[0];
    if (!top || !FORBIDDEN.includes(top)) return [];
    return [`${relative(resolve(SRC, '..'), file)} imports '${specifier}' (src/${target.split(sep).join('/')})`];
  });
}

describe('layering', () => {
  it('forbiddenImports() names every static, re-exported and dynamic import into map/ or ui/', () => {
    const file = join(SRC, 'style', 'nested', 'made-up.ts');
    const source = [
      "import { addMarkerImages } from '../../map/icons.ts';",
      'import {',
      '  createLegend,',
      "} from '../../ui/legend.ts';",
      "import type { Theme } from '../theme.ts';",
      "export { TimeFilter } from '../../map/time-filter.ts';",
      "import '../../ui/app.css';",
      "const lazy = () => import('../../ui/timeline.ts');",
      `const byName = (n: string) => import(\`../../map/\${n}.ts\`);`,
      "import { max } from 'd3';",
      "import { SIDES } from '../../data/schema.ts';",
      "// import { el } from '../../ui/dom.ts';",
      "/* import { MapView } from '../../map/map-view.ts'; */",
      "const url = 'https://example.org/ui/x'; // a string, not an import",
    ].join('\n');
    expect(forbiddenImports(file, source)).toEqual([
      "src/style/nested/made-up.ts imports '../../map/icons.ts' (src/map/icons.ts)",
      "src/style/nested/made-up.ts imports '../../ui/legend.ts' (src/ui/legend.ts)",
      "src/style/nested/made-up.ts imports '../../map/time-filter.ts' (src/map/time-filter.ts)",
      "src/style/nested/made-up.ts imports '../../ui/app.css' (src/ui/app.css)",
      "src/style/nested/made-up.ts imports '../../ui/timeline.ts' (src/ui/timeline.ts)",
      "src/style/nested/made-up.ts imports '../../map/' (src/map)",
    ]);
  });

  it('forbiddenImports() lets a pure module import its own folder, other pure folders and packages', () => {
    const file = join(SRC, 'style', 'layers.ts');
    const source = "import { a } from './theme.ts';\nimport { b } from '../data/schema.ts';\nimport { c } from 'maplibre-gl';\n";
    expect(forbiddenImports(file, source)).toEqual([]);
  });

  it('style/, data/, geo/ and i18n/ import nothing from map/ or ui/', () => {
    const files = PURE.flatMap((folder) => tsFiles(join(SRC, folder)));
    // The walk found the modules (an empty list would pass vacuously).
    expect(files.map((f) => relative(SRC, f).split(sep).join('/'))).toEqual(
      expect.arrayContaining(['style/layers.ts', 'style/markers.ts', 'style/time-expressions.ts', 'data/schema.ts', 'i18n/index.ts']),
    );
    expect(files.flatMap((file) => forbiddenImports(file, readFileSync(file, 'utf8')))).toEqual([]);
  });
});
