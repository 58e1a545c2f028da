/**
 * The map's cell layers (data/columns/cells.ts): a circle per cell, its area following the count,
 * filled with the page's panel colour and ringed in its dominant group's colour (the feature's
 * `colour`, from style/group-colours.ts), with the count written on it in the label font.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from './fonts.ts';
import type { Theme } from './theme.ts';

export const CELLS_SOURCE = 'cells';
export const CELL_CIRCLES = 'cell-circles';
export const CELL_COUNTS = 'cell-counts';

export function cellLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: CELL_CIRCLES,
      type: 'circle',
      source: CELLS_SOURCE,
      paint: {
        // Radius by √count on fixed stops (1 → 9 px, 100 → 16 px, 10,000 → 30 px): sizes compare across slider steps.
        'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 9, 10, 16, 100, 30],
        'circle-color': theme.panel,
        'circle-opacity': 0.9,
        'circle-stroke-color': ['get', 'colour'],
        'circle-stroke-width': 3,
      },
    },
    {
      id: CELL_COUNTS,
      type: 'symbol',
      source: CELLS_SOURCE,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': theme.text },
    },
  ];
}
