/**
 * Every colour comes from the theme: the slots are plain colours, the page gets one CSS custom
 * property per slot, the stylesheets use only those, and no colour is written anywhere else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAlpha } from '../../src/style/colour.ts';
import { themes, type Theme } from '../../src/style/theme.ts';
import { applyThemeVars, themeVarName } from '../../src/ui/theme-vars.ts';

const SRC = resolve(import.meta.dirname, '../../src');
const THEME_FILE = 'style/theme.ts';

/** Every slot of a theme as [path of keys, value], nested objects flattened. */
const slots = (o: object, keys: string[] = []): [string[], unknown][] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? slots(v, [...keys, k]) : [[[...keys, k], v] as [string[], unknown]]));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ext);
    return entry.isFile() && entry.name.endsWith(ext) ? [path] : [];
  });
}
const srcPath = (file: string) => relative(SRC, file).split(sep).join('/');

// The CSS named colours (CSS Color 4), apart from transparent and currentColor.
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue ' +
    'chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey ' +
    'darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray ' +
    'darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen ' +
    'fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen ' +
    'lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
    'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
    'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke ' +
    'yellow yellowgreen'
  ).split(' '),
);

/** Colour literals in a source: hex, rgb()/hsl() and relatives with numbers, and in CSS named colours. */
function colourLiterals(source: string, css: boolean): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ');
  const found = [
    ...code.matchAll(/(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi),
    ...code.matchAll(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[-+\d.]/gi),
  ].map((m) => m[0]);
  if (css) {
    // Declaration values only (not selectors), strings left out.
    for (const [, value = ''] of code.replace(/"[^"]*"|'[^']*'/g, '""').matchAll(/[\w-]+\s*:\s*([^;{}]+)[;}]/g)) {
      for (const word of value.toLowerCase().match(/[a-z-]+/g) ?? []) if (NAMED.has(word)) found.push(word);
    }
  }
  return found;
}

describe('theme', () => {
  it('every slot of every theme is a #rrggbb colour', () => {
    for (const [name, theme] of Object.entries(themes))
      for (const [keys, value] of slots(theme)) expect(value, `${name}.${keys.join('.')}`).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('withAlpha() turns a slot and an opacity into rgba()', () => {
    expect(withAlpha('#b58900', 0.15)).toBe('rgba(181,137,0,0.15)');
    expect(withAlpha('#FFF', 0.92)).toBe('rgba(255,255,255,0.92)');
    expect(() => withAlpha('red', 0.5)).toThrow(/not a #rgb or #rrggbb colour/);
  });

  it('themeVarName() derives the custom property from the keys', () => {
    expect(themeVarName(['textMuted'])).toBe('--cl-text-muted');
    expect(themeVarName(['side', 'armenia'])).toBe('--cl-side-armenia');
    expect(themeVarName(['side', 'third_party'])).toBe('--cl-side-third-party');
  });

  it('applyThemeVars() sets one custom property for every slot of every theme', () => {
    for (const [name, theme] of Object.entries(themes)) {
      const set = new Map<string, string>();
      applyThemeVars(
        { style: { setProperty: (property: string, value: string | null) => void set.set(property, String(value)) } },
        theme as Theme,
      );
      const expected = slots(theme).map(([keys, value]) => [themeVarName(keys), value]);
      expect([...set].sort(), name).toEqual(expected.sort());
      expect(set.size, `${name}: two slots share a property name`).toBe(expected.length);
    }
  });

  it('every custom property the stylesheets read is set from the theme (or defined in CSS)', () => {
    const fromTheme = new Set(slots(themes.light).map(([keys]) => themeVarName(keys)));
    const sheets = files(SRC, '.css').map((f) => readFileSync(f, 'utf8'));
    const defined = new Set(sheets.flatMap((css) => [...css.matchAll(/(--cl-[\w-]+)\s*:/g)].map((m) => m[1])));
    const used = new Set(sheets.flatMap((css) => [...css.matchAll(/var\(\s*(--cl-[\w-]+)/g)].map((m) => m[1] ?? '')));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((name) => !fromTheme.has(name) && !defined.has(name))).toEqual([]);
  });

  it('colourLiterals() finds hex, rgb() and hsl() colours, and named colours in CSS values', () => {
    expect(colourLiterals('.a { color: #fff; border: 1px solid rgba(0, 0, 0, 0.5); background: hsl(30 10% 50%) }', true)).toEqual([
      '#fff',
      'rgba(0',
      'hsl(3',
    ]);
    expect(colourLiterals('.a:hover { outline: 2px solid white; color: currentColor; background: transparent }', true)).toEqual(['white']);
    expect(colourLiterals("c.fillStyle = '#1f1d1a'; const id = '#cl-legend'; /* #abc */ ctx.fill('rgb(1,2,3)')", false)).toEqual([
      '#1f1d1a',
      'rgb(1',
    ]);
    expect(colourLiterals('.red-flag { content: "white"; } /* black */ .a { color: var(--cl-text) }', true)).toEqual([]);
  });

  it('no colour is written in src/ outside style/theme.ts', () => {
    const sources = [...files(SRC, '.css'), ...files(SRC, '.ts')].filter((f) => srcPath(f) !== THEME_FILE);
    expect(sources.map(srcPath)).toEqual(expect.arrayContaining(['ui/app.css', 'ui/legend.ts', 'export/map-image.ts']));
    const found = sources.flatMap((f) => colourLiterals(readFileSync(f, 'utf8'), f.endsWith('.css')).map((c) => `${srcPath(f)}: ${c}`));
    expect(found).toEqual([]);
  });
});
