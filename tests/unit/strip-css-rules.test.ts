import { expect, it } from 'vitest';
import { stripCssRules } from '../../scripts/build/strip-css-rules.ts';

it('drops the matching rules, inside @media too, and the @media blocks they leave empty', () => {
  const css =
    '.a{color:red}.ctrl-globe .icon{background:url(x)}@media(forced-colors:active){.ctrl-globe{color:red}}@media screen{.b{color:blue}.ctrl-terrain{x:y}}';
  expect(stripCssRules(css, /ctrl-(globe|terrain)/)).toBe('.a{color:red}@media screen{.b{color:blue}}');
});

it('keeps a rule that still has a selector left, without the unused ones', () => {
  expect(stripCssRules('.canvas,.ctrl-compass{cursor:grab}.ctrl-compass:active,.x{a:b}', /ctrl-compass/)).toBe(
    '.canvas{cursor:grab}.x{a:b}',
  );
});
