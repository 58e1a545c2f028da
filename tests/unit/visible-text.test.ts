import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/data/visible-text.ts';

describe('visibleText', () => {
  it('writes control, zero-width and bidi characters as escapes, and leaves the rest', () => {
    expect(visibleText('x\u202evsc.geojson')).toBe('x\\u202evsc.geojson');
    expect(visibleText('a\u0000b\u200bc\u2066d\ufeff\u200f')).toBe('a\\u0000b\\u200bc\\u2066d\\ufeff\\u200f');
    // The joiners are part of how Persian and Indic names and emoji are written.
    expect(visibleText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(visibleText('Ստեփանակերտ Xankəndi.csv')).toBe('Ստեփանակերտ Xankəndi.csv');
  });
});
