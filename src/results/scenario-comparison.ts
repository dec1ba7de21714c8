import type { CanonicalCapacityUnit, Commodity } from '../model/commodity.js';
import type { CountryCode } from '../model/country-code.js';

/**
 * One row of `compareScenarios`: one scenario × one query.
 *
 * - `kind`: `'scenario-comparison-row'`;
 * - `scenarioId`, `scenarioName` (`baseline` for the network as given), `queryId`, `commodity`, `unit`;
 * - `bestRouteKm`: shortest route from any origin to any destination, in km (`null` when none);
 *   `bestRouteNodeIds`, `bestRouteLinkIds` (in travel order); `deltaBestRouteKm`: change against the
 *   baseline in km (`null` when either has no route);
 * - `mustPassCountries`: transit countries every route crosses, in the order the best route crosses
 *   them;
 * - `capacity`: maximum flow in `unit`; `deltaCapacity`: change against the baseline;
 *   `capacityShareOfBaseline`: `capacity / baseline capacity` (`null` when the baseline is 0);
 *   `capacityComplete`: false when the capacity depends on links of unknown capacity.
 */
export interface ScenarioComparisonRow {
  readonly kind: 'scenario-comparison-row';
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly queryId: string;
  readonly commodity: Commodity;
  readonly unit: CanonicalCapacityUnit;
  readonly bestRouteKm: number | null;
  readonly bestRouteNodeIds: readonly string[] | null;
  readonly bestRouteLinkIds: readonly string[] | null;
  readonly deltaBestRouteKm: number | null;
  readonly mustPassCountries: readonly CountryCode[];
  readonly capacity: number;
  readonly deltaCapacity: number;
  readonly capacityShareOfBaseline: number | null;
  readonly capacityComplete: boolean;
}
