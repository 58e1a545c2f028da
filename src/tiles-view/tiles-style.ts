/**
 * The viewer's map style, pure: the theme's water, the claims as circles coloured per group
 * (style/group-colours.ts, the group indexes of the tiles mapped to the metadata's group ids), and
 * the date filter with literal numbers (a new filter per change; the tiles stay loaded). The world
 * basemap (map/world-basemap.ts) is slid in under the claims once the style is up.
 */
import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { fontFaces } from '../style/fonts.ts';
import { groupColours } from '../style/group-colours.ts';
import type { Theme } from '../style/theme.ts';

export const CLAIMS_LAYER = 'tile-claims';
/** The ring around the picked point. */
export const PICKED_LAYER = 'tile-claims-picked';
export const CLAIMS_SOURCE = 'tile-claims';
/** The tiles' layer name (scripts/tiles/point-tiles.ts). */
export const SOURCE_LAYER = 'claims';
/** Larger than any day a dataset holds; an undated row has day 2³⁰ and day_end −2³⁰, outside every window. */
export const OPEN_END = 2 ** 30 - 1;

/** The group's colour for each group index of the metadata. */
export function colourList(groups: readonly string[], theme: Theme): string[] {
  const colours = groupColours(
    groups.map((id) => ({ id })),
    theme,
  );
  return groups.map((id) => colours.get(id) ?? theme.markerNeutral);
}

/** The picked point's features (a point near a tile's edge is in two tiles); '' picks none. */
export function pickedFilter(id: string): FilterSpecification {
  return ['==', ['get', 'id'], id];
}

/** Rows whose days overlap [from, to], both relative to the archive's first_day. */
export function dayFilter(from: number, to: number): FilterSpecification {
  return ['all', ['<=', ['get', 'day'], to], ['>=', ['get', 'day_end'], from]];
}

export type TilesStyleOptions = {
  archiveUrl: string;
  groups: readonly string[];
  theme: Theme;
  from: number;
  to: number;
  /** The archive's credit line, plain text (maplibre reads it as HTML: escaped here). */
  credit: string;
};

export function tilesStyle(o: TilesStyleOptions): StyleSpecification {
  const colours = colourList(o.groups, o.theme);
  const colour: ExpressionSpecification | string =
    colours.length === 0
      ? o.theme.markerNeutral
      : (['match', ['get', 'group'], ...colours.flatMap((c, i) => [i, c]), o.theme.markerNeutral] as unknown as ExpressionSpecification);
  return {
    version: 8,
    'font-faces': fontFaces(),
    sources: { [CLAIMS_SOURCE]: { type: 'vector', url: `pmtiles://${o.archiveUrl}`, attribution: escapeHtml(o.credit) } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': o.theme.water } },
      {
        id: CLAIMS_LAYER,
        type: 'circle',
        source: CLAIMS_SOURCE,
        'source-layer': SOURCE_LAYER,
        filter: dayFilter(o.from, o.to),
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 2.5, 10, 6],
          'circle-color': colour,
          'circle-stroke-color': o.theme.markerStroke,
          'circle-stroke-width': 0.8,
        },
      },
      {
        id: PICKED_LAYER,
        type: 'circle',
        source: CLAIMS_SOURCE,
        'source-layer': SOURCE_LAYER,
        filter: pickedFilter(''),
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 6, 10, 10],
          'circle-color': o.theme.selected,
          'circle-opacity': 0, // a ring: the stroke only
          'circle-stroke-color': o.theme.selected,
          'circle-stroke-width': 2.5,
        },
      },
    ],
  };
}

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
