/**
 * A constant written as a per-feature expression (the same value for every feature). maplibre
 * compiles a shader program per layer type and per set of data-driven paint properties, and on
 * software GL each costs tens of ms on the first view: layers of one type that write the same
 * properties this way share the program of the layer whose values do vary by feature.
 *
 * @example
 * paint: { 'fill-color': perFeature('#eee'), 'fill-opacity': ['match', ['get', 'kind'], 'a', 0.2, 0.1] }
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const perFeature = <T>(value: T): ExpressionSpecification =>
  ['case', ['has', 'id'], value, value] as unknown as ExpressionSpecification;
