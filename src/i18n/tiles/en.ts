/**
 * The tile viewer's strings (tiles.html, src/tiles-view/): English, the keys every language has.
 * A file of their own, imported only by that page, so the app's first view does not carry them.
 */
export const enTiles = {
  tilesTitle: 'Claimline — tile archive viewer',
  tilesHeading: 'Tile archive',
  tilesNote: 'Every point is a claim by the named side, not a verified fact.',
  tilesLanguage: 'Language',
  tilesLoading: 'Reading {file}…',
  tilesMap: 'Map of the archive’s points',
  tilesMapCanvas: 'Interactive map: drag to move, + and − to zoom, Enter to show the point at the centre',
  tilesZoomIn: 'Zoom in',
  tilesZoomOut: 'Zoom out',
  tilesRange: 'Dates shown',
  tilesFrom: 'From',
  tilesTo: 'To',
  tilesRangeHint: 'An empty field leaves that side open.',
  tilesLegend: 'Groups',
  tilesPick: 'Click a point to see what the archive holds about it, or move it to the centre of the map and press Enter.',
  tilesPoint: 'Selected point',
  tilesNone: 'No point here.',
  tilesId: 'Record id',
  tilesDates: 'Dates',
  tilesGroup: 'Group',
  tilesType: 'Event type',
  tilesPrecision: 'Place precision',
  tilesUndated: 'no date',
  tilesPrecision0: 'not given',
  tilesPrecision1: 'the named place',
  tilesPrecision2: 'near the place',
  tilesPrecision3: 'a wider area or direction',
  tilesPartial: 'This is all the archive holds about the point: the full record (description, sources, casualties) is not in it.',
  tilesCredit: 'Data: {text}',
  tilesLicence: 'Licence: {text}',
  tilesErrNoSrc: 'No archive named: add ?src=file.pmtiles to the address.',
  tilesErrAddress: 'The archive address {value} cannot be used: {why}.',
  tilesWhyInvalid: 'it is not a usable address',
  tilesWhyScheme: 'it is not an http(s) address',
  tilesWhyOrigin: 'this page does not load archives from {origin}',
  tilesErrRead: '{file} could not be read: {why}.',
  tilesErrNotV3: '{file} is not a PMTiles version 3 archive ({why}).',
  tilesErrNotVector: '{file} does not hold vector (MVT) tiles.',
  tilesErrNoMeta: '{file} has no “claimline” metadata: it was not written by npm run tiles.',
};

export type TilesKey = keyof typeof enTiles;
export type TilesStrings = Record<TilesKey, string>;
