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
export { parseNetwork, safeParseNetwork, type SafeParseNetworkResult } from './data/parse-network.js';
export {
  edgeKey,
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
