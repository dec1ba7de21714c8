import type { DatasetValidationError, InvalidOptionError } from '../errors.js';
import { type ValidateDatasetOptions, validateDataset } from '../data/validate-dataset.js';
import { assembleNetwork, type Network } from './network.js';

/**
 * Outcome of {@link safeParseNetwork}: the network, or the error: a {@link DatasetValidationError} with
 * every issue of the dataset, or an {@link InvalidOptionError} when the options are wrong.
 */
export type SafeParseNetworkResult =
  | { readonly success: true; readonly network: Network }
  | { readonly success: false; readonly error: DatasetValidationError | InvalidOptionError };

/**
 * Validates a dataset and builds a {@link Network} from it.
 *
 * The dataset is a GeoJSON FeatureCollection whose Point features are nodes (`properties.type:
 * "node"`) and whose LineString features (or `geometry: null`) are links (`properties.type: "link"`);
 * see `nodePropertiesSchema` and `linkPropertiesSchema` for the fields. Validation runs the zod schemas
 * on every feature, then checks references across features:
 * - ids are unique among nodes and among links (`duplicate_id`);
 * - a link's `from` and `to` name existing nodes (`unknown_node`, with the closest ids suggested);
 * - a link's `transitCountries` start with its `from` node's country and end with its `to` node's
 *   country (`country_mismatch`);
 * - a Feature-level `id`, when present, equals `properties.id` (`id_mismatch`).
 * Nothing is coerced (`"470"` and `""` are not numbers) and nothing is dropped. Non-fatal findings go
 * to `network.warnings` as `{ code, id, message }`: `length-below-great-circle` (a `lengthKm` more than
 * 1 % shorter than the great-circle distance between the link's ends), `length-far-above-great-circle`
 * (more than 3× that distance and 100 km longer: metres or miles?), `geometry-end-far-from-node` (a
 * geometry end more than 5 km from its node, with a hint when the line runs backwards),
 * `km-by-country-mismatch` (`kmByCountry` not summing to `geometryLengthKm` within 1 %),
 * `km-by-country-undeclared` (more than 5 km in a country `transitCountries` omits) and
 * `node-outside-country` (below). The input is not modified; the network holds frozen copies.
 *
 * @param dataset - the parsed JSON of a dataset (e.g. `JSON.parse` of `data/corridor.geo.json`).
 * @param options - `checkNodeCountries` (default true): warn (`node-outside-country`) when a node lies
 *   outside its declared country by the bundled Natural Earth borders, with a hint when latitude and
 *   longitude look swapped. Only own properties are read (an inherited key is ignored).
 * @returns the network: records keyed by id, the graphology graph, metadata and warnings.
 * @throws {DatasetValidationError} listing every problem (path, offending id, message).
 * @throws {InvalidOptionError} for an unknown option or one of the wrong type.
 * @example
 * ```ts
 * const network = parseNetwork(JSON.parse(text));
 * network.nodes.get('aktau')?.country; // 'KZ'
 * ```
 */
export function parseNetwork(dataset: unknown, options: ValidateDatasetOptions = {}): Network {
  const result = safeParseNetwork(dataset, options);
  if (!result.success) throw result.error;
  return result.network;
}

/**
 * Like {@link parseNetwork} but returns `{ success: false, error }` instead of throwing, in the manner
 * of zod's `safeParse`; it never throws, also not for bad options.
 *
 * @param dataset - the parsed JSON of a dataset.
 * @param options - as for {@link parseNetwork}.
 * @returns `{ success: true, network }` or `{ success: false, error }`: a {@link DatasetValidationError}
 *   for a bad dataset, an {@link InvalidOptionError} for bad options.
 */
export function safeParseNetwork(dataset: unknown, options: ValidateDatasetOptions = {}): SafeParseNetworkResult {
  const result = validateDataset(dataset, options);
  if (!result.success) return result;
  const { nodes, links, metadata, warnings } = result.dataset;
  return { success: true, network: assembleNetwork(nodes, links, metadata, warnings) };
}
