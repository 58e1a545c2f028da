/**
 * Text from outside (a file's name, a URL's value) as a message shows it: control, zero-width-space
 * and bidi characters written as \uXXXX escapes, so a name cannot hide in a message or turn it around
 * (U+202E in "x\u202Evsc.geojson" would make the rest of the line read right to left). The joiners
 * U+200C and U+200D stay: Persian and Indic names and emoji are written with them. Applied where a
 * message is shown; the data keeps the text as it came.
 */
export function visibleText(value: string): string {
  return value.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control and bidi characters is what this regex is for
    /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
