import type { NoRouteReason } from './find-routes.js';
import type { Route } from './route.js';

/**
 * A route of a Pareto front: a {@link Route} plus `criteria`, its value on each criterion asked, keyed
 * by the criterion's label (`lengthKm`, `transitTimeHours`, `transitCountries`, `crosses:RU+BY`, …).
 */
export interface ParetoRoute extends Route {
  readonly criteria: Readonly<Record<string, number>>;
}

/**
 * Result of `paretoRoutes`.
 *
 * - `kind`: `'pareto-routes'`;
 * - `origin`, `destination`: the node ids asked for;
 * - `criteria`: the criteria's labels, in the order asked;
 * - `routes`: the non-dominated routes (no other route is as good on every criterion and better on
 *   one), ordered by the first criterion, then the second, …, then by the route order (fewer legs,
 *   then legs by link id); `rank` 1 first; at most `maxRoutes` of them;
 * - `frontSize`: how many routes the whole front has; `truncated`: true when `routes` holds fewer;
 * - `linksWithoutCriterion`: per weight criterion, the links left out because they lack its figure
 *   (sorted ids) — the front is over the links that have every figure asked for;
 * - `dwellAssumedAt`: nodes where a returned route changes mode or gauge without dwell data (the
 *   default was charged; see `findRoutes`);
 * - `reason`: why `routes` is empty (absent when it is not).
 */
export interface ParetoRoutesResult {
  readonly kind: 'pareto-routes';
  readonly origin: string;
  readonly destination: string;
  readonly criteria: readonly string[];
  readonly routes: readonly ParetoRoute[];
  readonly frontSize: number;
  readonly truncated: boolean;
  readonly linksWithoutCriterion: Readonly<Record<string, readonly string[]>>;
  readonly dwellAssumedAt: readonly string[];
  readonly reason?: NoRouteReason;
}
