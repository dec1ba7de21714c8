import { MultiDirectedGraph } from 'graphology';
import { InvalidArgumentError, NetworkMutatedError } from '../errors.js';
import { compareStrings } from '../internal/compare.js';
import { ReadOnlyMap } from '../internal/read-only-map.js';
import type { CountryCode } from '../model/country-code.js';
import type { DatasetMetadata } from '../model/dataset.js';
import type { TravelDirection } from '../model/direction.js';
import type { LinkStatus } from '../model/link-status.js';
import type { DatasetWarning } from '../data/validate-dataset.js';
import type { LinkProperties, LinkRecord } from '../model/link.js';
import type { LonLat } from '../model/position.js';
import type { NodeProperties, NodeRecord } from '../model/node.js';

/** A node of a {@link Network}: its dataset properties plus its position `lonLat` (degrees, GeoJSON order). */
export type NetworkNode = NodeRecord;

/**
 * A link of a {@link Network}: its dataset properties plus its `geometry` (a GeoJSON LineString in
 * `[lon, lat]` degrees, or `null` when the route is unknown and drawn straight between its nodes).
 */
export type NetworkLink = LinkRecord;

/**
 * A non-fatal finding about a dataset, e.g. a published length shorter than the great-circle distance
 * between the link's ends. `id` is the node or link concerned.
 */
export type NetworkWarning = DatasetWarning;

/** Attributes of a node in {@link CorridorGraph}: a copy of the node's properties and `lonLat`. */
export type GraphNodeAttributes = NodeProperties & { lonLat: LonLat };

/**
 * Attributes of an edge (one travel direction of a link) in {@link CorridorGraph}: the link's
 * properties (without geometry) plus `linkId` and the `travelDirection` the edge stands for; on a
 * reverse edge `transitCountries` are listed in the order travelled.
 */
export type GraphEdgeAttributes = Omit<LinkProperties, 'type'> & {
  linkId: string;
  travelDirection: TravelDirection;
};

/**
 * The graphology view of a network: a `MultiDirectedGraph` whose node keys are node ids and whose
 * edges are link travel directions. A `forward` link gives one edge keyed by the link id; a `both`
 * link gives that edge plus a reverse edge keyed `<link id>:reverse`. Parallel links stay distinct.
 */
export type CorridorGraph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

/**
 * The standing constraints of a network made by `applyScenario`: every analysis on the network applies
 * them on top of its own options (closures and avoided countries are added to the options'; `statuses`
 * is the default when the options give none).
 *
 * - `scenarioIds`: the scenarios applied, in order; `name`: the last one's name;
 * - `closedLinks`, `closedNodes`, `avoidCountries`: sorted ids and codes;
 * - `statuses`: link statuses admitted by default, or `null` for the library default (operational).
 */
export interface ScenarioState {
  readonly scenarioIds: readonly string[];
  readonly name: string;
  readonly closedLinks: readonly string[];
  readonly closedNodes: readonly string[];
  readonly avoidCountries: readonly CountryCode[];
  readonly statuses: readonly LinkStatus[] | null;
}

/**
 * A validated corridor network, built by `parseNetwork` or `loadCorridorNetwork`.
 *
 * - `kind`: `'network'` (as results carry theirs, for `toRows` and `toGeoJSON`).
 * - `nodes`, `links`: the immutable (frozen) records, keyed and iterated by id in code-unit order.
 * - `graph`: a graphology {@link CorridorGraph} built from them on first access (a few seconds for a
 *   100,000-node network; the library's own analyses do not need it), for graphology's own algorithms
 *   (layouts may set node attributes: each node and edge has its own top-level attribute object, while
 *   nested values such as `position`, `capacity` and `sources` are the shared frozen records, so writing
 *   into them throws a `TypeError`; adding or dropping nodes or edges makes the library's functions
 *   throw {@link NetworkMutatedError}, since they read the records, not the graph).
 * - `metadata`: the dataset's `metadata` member, or `null`.
 * - `warnings`: non-fatal findings ({@link NetworkWarning}), in dataset order.
 * - `scenario`: the standing constraints of a network made by `applyScenario`, else `null`.
 */
export interface Network {
  readonly kind: 'network';
  readonly nodes: ReadonlyMap<string, NetworkNode>;
  readonly links: ReadonlyMap<string, NetworkLink>;
  readonly graph: CorridorGraph;
  readonly metadata: DatasetMetadata | null;
  readonly warnings: readonly NetworkWarning[];
  readonly scenario: ScenarioState | null;
}

/** The edge key of one travel direction of a link in {@link CorridorGraph}. */
export function edgeKey(linkId: string, direction: TravelDirection): string {
  return direction === 'forward' ? linkId : `${linkId}:reverse`;
}

/** The countries a link crosses in the order travelled in `direction`. */
export function countriesInTravelOrder(link: LinkProperties, direction: TravelDirection): readonly CountryCode[] {
  return direction === 'forward' ? link.transitCountries : [...link.transitCountries].reverse();
}

const mutations = new WeakMap<Network, string>();
const built = new WeakSet<Network>();

/**
 * Assembles a {@link Network} from already validated, frozen records (internal: use `parseNetwork`).
 * Nodes and links are inserted in id order so that nothing downstream depends on file order.
 */
export function assembleNetwork(
  nodeRecords: readonly NetworkNode[],
  linkRecords: readonly NetworkLink[],
  metadata: DatasetMetadata | null,
  warnings: readonly NetworkWarning[],
  scenario: ScenarioState | null = null,
): Network {
  const sortedNodes = [...nodeRecords].sort((a, b) => compareStrings(a.id, b.id));
  const sortedLinks = [...linkRecords].sort((a, b) => compareStrings(a.id, b.id));
  const nodes = ReadOnlyMap.byKey(sortedNodes, (n) => n.id);
  const links = ReadOnlyMap.byKey(sortedLinks, (l) => l.id);

  let graph: CorridorGraph | undefined;
  const network = {
    kind: 'network' as const,
    nodes,
    links,
    get graph(): CorridorGraph {
      if (graph === undefined) {
        graph = buildGraph(sortedNodes, sortedLinks);
        const mark = (event: string) => () => {
          if (!mutations.has(network)) mutations.set(network, event);
        };
        for (const event of ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const) {
          graph.on(event, mark(event));
        }
      }
      return graph;
    },
    metadata,
    warnings: Object.freeze([...warnings]),
    scenario,
  };
  Object.freeze(network);
  built.add(network);
  return network;
}

/**
 * The graphology view of a network's records: node attributes and edge attributes are shallow copies,
 * so that graphology's own code (layouts setting `x`/`y`, attribute updates) can write to them; nested
 * values stay the frozen records (a deep copy would double the memory of a large network's view).
 */
function buildGraph(nodes: readonly NetworkNode[], links: readonly NetworkLink[]): CorridorGraph {
  const graph: CorridorGraph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>({ allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node.id, { ...node });
  for (const link of links) {
    const { type: _type, geometry: _geometry, ...props } = link;
    graph.addDirectedEdgeWithKey(edgeKey(link.id, 'forward'), link.from, link.to, {
      ...props,
      linkId: link.id,
      travelDirection: 'forward',
    });
    if (link.direction === 'both') {
      graph.addDirectedEdgeWithKey(edgeKey(link.id, 'reverse'), link.to, link.from, {
        ...props,
        transitCountries: [...link.transitCountries].reverse(),
        linkId: link.id,
        travelDirection: 'reverse',
      });
    }
  }
  return graph;
}

/**
 * Throws {@link InvalidArgumentError} when `network` was not built by this library, and
 * {@link NetworkMutatedError} when `network.graph` was changed structurally since it was built.
 * Called at the start of every analysis so that results never silently disagree with the graph.
 */
export function assertUnmodified(network: Network, fn: string): void {
  if (!built.has(network)) {
    throw new InvalidArgumentError(
      fn,
      'network',
      'expected a Network built by parseNetwork or loadCorridorNetwork (got ' +
        (network === null ? 'null' : typeof network) +
        '); pass the dataset through parseNetwork first',
    );
  }
  const event = mutations.get(network);
  if (event !== undefined) throw new NetworkMutatedError(fn, event);
}
