/**
 * The id an embed puts in its pym.js messages ("pymxPYMx<id>xPYMxheightxPYMx<px>"). A pym.js parent
 * passes it as the `childId` URL parameter; our loader (public/embed.js) passes none and expects
 * "claimline". The parameter comes from whoever wrote the iframe's URL, so it is checked before it
 * goes into a message: an id holding the separator "xPYMx" could forge the rest of the message
 * (`childId=claimlinexPYMxheightxPYMx19999` would make the loader read a height of 19999).
 *
 * public/embed.js applies the same rule to the frames it sizes (tests/unit/embed-loader.test.ts
 * checks that the two agree).
 */
export const DEFAULT_CHILD_ID = 'claimline';

const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SEPARATOR = /xpymx/i;

/** Letters, digits, "_" and "-", 1 to 64 of them, and not the pym separator in any case. */
export function isValidChildId(value: string): boolean {
  return CHILD_ID.test(value) && !SEPARATOR.test(value);
}

/**
 * The id to use for a `childId` URL parameter (null: none given). An invalid one falls back to
 * "claimline", with a warning for the console that names the parameter and shows the start of
 * the value.
 */
export function parseChildId(value: string | null): { id: string; warning: string | null } {
  if (value === null) return { id: DEFAULT_CHILD_ID, warning: null };
  if (isValidChildId(value)) return { id: value, warning: null };
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return {
    id: DEFAULT_CHILD_ID,
    warning: `Claimline embed: ignoring the childId parameter ${JSON.stringify(shown)} (allowed: 1 to 64 letters, digits, "_" or "-", without "xPYMx"); using "${DEFAULT_CHILD_ID}".`,
  };
}
