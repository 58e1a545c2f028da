import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/ui/dom.ts';

describe('safeHref', () => {
  it('makes links of http(s) URLs only', () => {
    expect(safeHref('https://www.example.org/a?b=1')).toBe('https://www.example.org/a?b=1');
    expect(safeHref('HTTP://example.org')).toBe('http://example.org/');
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//example.org/x', 'example.org', '', null])
      expect(safeHref(url), String(url)).toBeNull();
  });
  it('leaves a URL with a user name or password as text: its host is not the one it seems to name', () => {
    expect(safeHref('https://news.example@elsewhere.example/')).toBeNull();
    expect(safeHref('https://user:secret@example.org/')).toBeNull();
  });
});
