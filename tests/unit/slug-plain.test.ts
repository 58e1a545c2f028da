// slug()'s fast path for text that is already a slug but for case must give what the full steps give.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { slug } from '../../src/data/derive/slug.ts';

const full = (text: string, max: number) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');

it('lowercases plain ASCII ids exactly as the full slug would', () => {
  const part = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
  fc.assert(
    fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 60 }), (parts, max) => {
      const text = parts.join('-');
      expect(slug(text, max)).toBe(full(text, max));
    }),
  );
  expect(slug('SDN-1234')).toBe('sdn-1234');
  expect(slug('Yukarı Şorca (Basargeçer)')).toBe('yukari-sorca-basargecer');
});
