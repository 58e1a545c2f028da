// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ErrorBanner } from '../../src/ui/error-banner.ts';

describe('ErrorBanner', () => {
  it('shows each line as text, a file name’s bidi and control characters as escapes', () => {
    const banner = new ErrorBanner(document);
    banner.add(['?data=\u202evsc.geojson: could not be loaded (HTTP 404)', '<b>x</b>.csv: 2 rows skipped']);
    const lines = [...banner.element.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(['?data=\\u202evsc.geojson: could not be loaded (HTTP 404)', '<b>x</b>.csv: 2 rows skipped']);
    expect(banner.element.querySelector('b')).toBeNull();
    expect(banner.element.hidden).toBe(false);
  });
});
