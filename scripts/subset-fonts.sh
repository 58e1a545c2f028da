#!/bin/sh
# Splits Noto Sans's latin-ext subset in two, so that a first view with Azerbaijani place names
# fetches only the seven letters Azerbaijani takes from latin-ext (Ğ ğ İ Ş ş Ə ə), not all 54 KB.
# Glyphs are copied unchanged, so labels draw the same. Output is committed; rerun after a
# @fontsource/noto-sans update. Needs fontTools with brotli (Debian: python3-fonttools python3-brotli).
set -eu
cd "$(dirname "$0")/.."
SRC=node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2
OUT=src/style/fonts
# Keep these two lists in step with the unicode-ranges in src/style/fonts.ts.
AZ=U+011E-011F,U+0130,U+015E-015F,U+018F,U+0259
REST=U+0100-011D,U+0120-012F,U+0132-015D,U+0160-018E,U+0190-0258,U+025A-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF
subset() {
  /usr/bin/python3 -m fontTools.subset "$SRC" --unicodes="$1" --flavor=woff2 --layout-features='*' \
    --output-file="$OUT/$2"
}
subset "$AZ" noto-sans-latin-ext-az-400-normal.woff2
subset "$REST" noto-sans-latin-ext-rest-400-normal.woff2
