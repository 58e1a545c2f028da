/**
 * Local label fonts through maplibre's `font-faces`: Noto Sans (Latin, Azerbaijani Latin,
 * Cyrillic) and Noto Sans Armenian, as woff2 files bundled with the app. No glyph server.
 * Unicode ranges are those of the @fontsource CSS, but for latin-ext's split (see scripts/subset-fonts.sh).
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import { absoluteUrl as abs } from '../config/absolute-url.ts';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
// latin-ext split in two by scripts/subset-fonts.sh: Azerbaijani's letters alone are 2 KB of its 54.
import latinExtAz from './fonts/noto-sans-latin-ext-az-400-normal.woff2?url';
import latinExtRest from './fonts/noto-sans-latin-ext-rest-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import armenian from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff2?url';

export const LABEL_FONT = 'Noto Sans Regular';

export function fontFaces(): FontFacesSpecification {
  return {
    [LABEL_FONT]: [
      {
        url: abs(latin),
        'unicode-range': [
          'U+0000-00FF',
          'U+0131',
          'U+0152-0153',
          'U+02BB-02BC',
          'U+02C6',
          'U+02DA',
          'U+02DC',
          'U+0304',
          'U+0308',
          'U+0329',
          'U+2000-206F',
          'U+20AC',
          'U+2122',
          'U+2191',
          'U+2193',
          'U+2212',
          'U+2215',
          'U+FEFF',
          'U+FFFD',
        ],
      },
      // Keep these two in step with scripts/subset-fonts.sh.
      { url: abs(latinExtAz), 'unicode-range': ['U+011E-011F', 'U+0130', 'U+015E-015F', 'U+018F', 'U+0259'] },
      {
        url: abs(latinExtRest),
        'unicode-range': [
          'U+0100-011D',
          'U+0120-012F',
          'U+0132-015D',
          'U+0160-018E',
          'U+0190-0258',
          'U+025A-02BA',
          'U+02BD-02C5',
          'U+02C7-02CC',
          'U+02CE-02D7',
          'U+02DD-02FF',
          'U+1D00-1DBF',
          'U+1E00-1E9F',
          'U+1EF2-1EFF',
          'U+2020',
          'U+20A0-20AB',
          'U+20AD-20C0',
          'U+2113',
          'U+2C60-2C7F',
          'U+A720-A7FF',
        ],
      },
      { url: abs(cyrillic), 'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'] },
      { url: abs(cyrillicExt), 'unicode-range': ['U+0460-052F', 'U+1C80-1C8A', 'U+20B4', 'U+2DE0-2DFF', 'U+A640-A69F', 'U+FE2E-FE2F'] },
      { url: abs(armenian), 'unicode-range': ['U+0530-058F', 'U+2010', 'U+2024', 'U+FB13-FB17'] },
    ],
  };
}
