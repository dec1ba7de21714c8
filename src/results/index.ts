/**
 * The shapes of what the library's analyses return. Every result and every element of a result list
 * carries a `kind`, which `toRows`, `toGeoJSON` and the notebook display switch on.
 *
 * @module
 */
export type { CapacityDependency, CountryCapacityRow } from './capacity-dependency.js';
export type { CriticalElementRow, CriticalElementsResult } from './critical-elements.js';
export type { FindRoutesResult, NoRouteReason, NoRouteReasonCode } from './find-routes.js';
export type { MaxFlowResult } from './max-flow.js';
export type { MustPassCountries } from './must-pass-countries.js';
export type { ParetoRoute, ParetoRoutesResult } from './pareto-routes.js';
export type { Route, RouteLeg, RouteStop } from './route.js';
export type { ScenarioComparisonRow } from './scenario-comparison.js';
export type { TransitCountryDependency, TransitDependencyResult } from './transit-dependency.js';

import type { CapacityDependency } from './capacity-dependency.js';
import type { CriticalElementsResult } from './critical-elements.js';
import type { FindRoutesResult } from './find-routes.js';
import type { MaxFlowResult } from './max-flow.js';
import type { MustPassCountries } from './must-pass-countries.js';
import type { ParetoRoutesResult } from './pareto-routes.js';
import type { Route } from './route.js';
import type { ScenarioComparisonRow } from './scenario-comparison.js';
import type { TransitDependencyResult } from './transit-dependency.js';

/** A result object of one of the library's analyses, told apart by `kind`. */
export type AnalysisResult = FindRoutesResult | ParetoRoutesResult | TransitDependencyResult | MaxFlowResult | CapacityDependency | CriticalElementsResult;

/** An element of a result list (`routes`, `compareScenarios`, `findMustPassCountries`), told apart by `kind`. */
export type ResultListItem = Route | ScenarioComparisonRow | MustPassCountries;

/** Every `kind` a result or a result list element can have. */
export type ResultKind = AnalysisResult['kind'] | ResultListItem['kind'];
