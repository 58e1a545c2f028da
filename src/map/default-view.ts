/** Where the map opens when the URL names no view: the 2022 border area. */
import type { MapView } from '../state/app-state.ts';

export const DEFAULT_VIEW: MapView = { lng: 45.9, lat: 39.9, zoom: 7 };
