/**
 * transcaspian: the Trans-Caspian ("Middle") corridor as a graph.
 *
 * The core entry point: runs in Node, Deno and browsers (no file-system access). Node-only helpers
 * (reading datasets from disk) are in `transcaspian/node`.
 *
 * @module
 */
export * from './errors.js';
export * from './model/index.js';
export {
  validateDataset,
  NODE_COUNTRY_TOLERANCE_KM,
  type ValidateDatasetOptions,
  type DatasetValidationResult,
  type DatasetWarning,
  type ValidatedDataset,
} from './data/validate-dataset.js';
export { parseNetwork, safeParseNetwork, type SafeParseNetworkResult } from './graph/parse-network.js';
export {
  edgeKey,
  type ScenarioState,
  countriesInTravelOrder,
  type Network,
  type NetworkNode,
  type NetworkLink,
  type NetworkWarning,
  type CorridorGraph,
  type GraphNodeAttributes,
  type GraphEdgeAttributes,
} from './graph/network.js';
export { greatCircleKm } from './geo/great-circle.js';
export * from './results/index.js';
export {
  DEFAULT_STATUSES,
  type DefaultDwellHours,
  type RouteConstraints,
  type RouteWeight,
  type LinkWeightFunction,
} from './routing/options.js';
export { findRoutes, type FindRoutesOptions } from './routing/find-routes.js';
export { paretoRoutes, type ParetoCriterion, type ParetoRoutesOptions } from './routing/pareto-routes.js';
export { transitDependency, type TransitDependencyOptions } from './analysis/transit-dependency.js';
export { corridorDataset } from './data/bundled.js';
export { loadCorridorNetwork } from './graph/corridor-network.js';
export { formatTable, type FormatTableOptions, type Row } from './tables/format-table.js';
export { toRows, type RowsSource } from './tables/to-rows.js';
export {
  DEFAULT_BARRELS_PER_TONNE,
  BARRELS_PER_TONNE_RANGE,
  barrelsPerTonneFromApiGravity,
  canonicalUnitOf,
  toCanonicalCapacity,
  resolveCapacity,
  type BarrelsPerTonne,
  type ResolvedCapacity,
} from './model/capacity-units.js';
export { maxFlow, type MaxFlowOptions } from './analysis/max-flow.js';
export { capacityDependency } from './analysis/capacity-dependency.js';
export { criticalElements } from './analysis/critical-elements.js';
export { applyScenario } from './analysis/apply-scenario.js';
export { compareScenarios, type ScenarioQuery } from './analysis/compare-scenarios.js';
export { corridorScenarios } from './data/bundled-scenarios.js';
export { findMustPassCountries, type OdPair } from './analysis/must-pass-countries.js';
export {
  BORDERS_ATTRIBUTION,
  CORRIDOR_EXTENT,
  countryAt,
  countryShapes,
  distanceToCountryKm,
  type BorderSet,
  type CountryShape,
} from './geo/borders.js';
export { kmByCountry, countriesAlong, type KmByCountryOptions } from './geo/km-by-country.js';
export { lineLengthKm } from './geo/line-length.js';
export { toGeoJSON, type GeoJSONSource, type MapProperties } from './export/to-geojson.js';
export { svgDisplay, JUPYTER_DISPLAY, type MimeBundle } from './display/jupyter.js';
export { renderMap, MODE_COLOURS, STATUS_DASHES, type RenderMapOptions } from './export/render-map.js';
export { renderRouteChart, type ChartMeasure, type RenderRouteChartOptions } from './export/render-chart.js';
