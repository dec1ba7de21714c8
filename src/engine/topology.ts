import type { CountryCode } from '../model/country-code.js';
import type { Network, NetworkLink, NetworkNode } from '../graph/network.js';
import { MODES } from '../model/mode.js';

/**
 * A compact, typed-array (CSR) snapshot of a network's structure, built once per network and shared by
 * every search on it. Internal: the public model is the graphology graph and the records.
 *
 * Why not search the graphology graph directly: graphology's traversals cost about 1.2 µs per arc and
 * graphology-shortest-path returns node paths (ambiguous on a multigraph), cannot leave links out
 * without copying the graph, and breaks ties by insertion order. Searches over these arrays run several
 * times faster, take masks for closed or avoided elements, and apply the library's stated tie rule.
 *
 * Layout:
 * - nodes are numbered by id in code-unit order (`nodeIds[i]`);
 * - links are numbered by id in code-unit order (`linkIds[l]`);
 * - arcs are the travel directions of links: arc ids are assigned in (tail node, link, forward-first)
 *   order, so the out-arcs of node `u` are the contiguous range `outStart[u] .. outStart[u + 1]`;
 * - `inStart`/`inArcs` index the same arcs by head node (each range sorted by arc id);
 * - `arcOrderKey[a] = 2 * link + (reverse ? 1 : 0)` orders arcs by link id then direction, the key
 *   used to compare routes leg by leg.
 */
export interface Topology {
  readonly nodeIds: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly nodes: readonly NetworkNode[];
  readonly linkIds: readonly string[];
  readonly linkIndex: ReadonlyMap<string, number>;
  readonly links: readonly NetworkLink[];
  readonly arcCount: number;
  readonly arcTail: Int32Array;
  readonly arcHead: Int32Array;
  readonly arcLink: Int32Array;
  readonly arcReverse: Uint8Array;
  readonly arcOrderKey: Int32Array;
  readonly outStart: Int32Array;
  readonly inStart: Int32Array;
  readonly inArcs: Int32Array;
  /** The two arc ids of each link: `linkArcs[2l]` forward, `linkArcs[2l + 1]` reverse or -1. */
  readonly linkArcs: Int32Array;
  /** Mode of each link, as an index into `MODES`. */
  readonly linkMode: Uint8Array;
  /** Track gauge of each link in mm (`gaugeMm`), 0 when none is given. */
  readonly linkGauge: Int32Array;
  /**
   * 1 for nodes where a route may change mode or gauge (links of two modes, or rail links of two
   * gauges, meet there) or that have dwell entries: the only nodes where transfer costs can apply.
   */
  readonly nodeTransfer: Uint8Array;
  /** Country codes in code-unit order; `nodeCountry[i]` indexes into it. */
  readonly countries: readonly CountryCode[];
  readonly countryIndex: ReadonlyMap<CountryCode, number>;
  readonly nodeCountry: Int32Array;
  /** Nodes located in each country (index into `countries`). */
  readonly countryNodes: readonly Int32Array[];
  /** Links whose `transitCountries` contain each country. */
  readonly countryLinks: readonly Int32Array[];
}

const cache = new WeakMap<Network, Topology>();

/** The {@link Topology} of `network`, built on first use and cached for the network's lifetime. */
export function topologyOf(network: Network): Topology {
  let topology = cache.get(network);
  if (topology === undefined) {
    topology = buildTopology(network);
    cache.set(network, topology);
  }
  return topology;
}

function buildTopology(network: Network): Topology {
  // network.nodes and network.links are already in id order (see assembleNetwork).
  const nodes = [...network.nodes.values()];
  const links = [...network.links.values()];
  // Ids are resolved to indices here, once; everything below works on the indices.
  const nodeIds: string[] = new Array<string>(nodes.length);
  const nodeIndex = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i]!.id;
    nodeIds[i] = id;
    nodeIndex.set(id, i);
  }
  const linkIds: string[] = new Array<string>(links.length);
  const linkIndex = new Map<string, number>();
  for (let l = 0; l < links.length; l++) {
    const id = links[l]!.id;
    linkIds[l] = id;
    linkIndex.set(id, l);
  }
  const n = nodes.length;

  // Count arcs per tail node, then place them: links are visited in id order, so within a tail's
  // range arcs come out ordered by link id; a link's forward and reverse arcs have different tails.
  const outDegree = new Int32Array(n + 1);
  let arcCount = 0;
  const linkFrom = new Int32Array(links.length);
  const linkTo = new Int32Array(links.length);
  const linkBoth = new Uint8Array(links.length);
  for (let l = 0; l < links.length; l++) {
    const link = links[l]!;
    const from = nodeIndex.get(link.from);
    const to = nodeIndex.get(link.to);
    if (from === undefined || to === undefined) throw new Error(`internal: link ${link.id} has unknown ends`);
    linkFrom[l] = from;
    linkTo[l] = to;
    outDegree[from + 1]! += 1;
    arcCount += 1;
    if (link.direction === 'both') {
      linkBoth[l] = 1;
      outDegree[to + 1]! += 1;
      arcCount += 1;
    }
  }
  const outStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) outStart[i + 1] = outStart[i]! + outDegree[i + 1]!;
  const fill = outStart.slice(0, n);
  const arcTail = new Int32Array(arcCount);
  const arcHead = new Int32Array(arcCount);
  const arcLink = new Int32Array(arcCount);
  const arcReverse = new Uint8Array(arcCount);
  const arcOrderKey = new Int32Array(arcCount);
  const linkArcs = new Int32Array(links.length * 2).fill(-1);
  const place = (tail: number, head: number, l: number, reverse: 0 | 1) => {
    const a = fill[tail]!;
    fill[tail] = a + 1;
    arcTail[a] = tail;
    arcHead[a] = head;
    arcLink[a] = l;
    arcReverse[a] = reverse;
    arcOrderKey[a] = 2 * l + reverse;
    linkArcs[2 * l + reverse] = a;
  };
  for (let l = 0; l < links.length; l++) {
    place(linkFrom[l]!, linkTo[l]!, l, 0);
    if (linkBoth[l] === 1) place(linkTo[l]!, linkFrom[l]!, l, 1);
  }
  // Within one tail, arcs were placed in link-id order, and a forward arc and the reverse arc of the
  // same link never share a tail (no self-loops), so each range is ordered by arcOrderKey.

  const inStart = new Int32Array(n + 1);
  for (let a = 0; a < arcCount; a++) inStart[arcHead[a]! + 1]! += 1;
  for (let i = 0; i < n; i++) inStart[i + 1] = inStart[i]! + inStart[i + 1]!;
  const inFill = inStart.slice(0, n);
  const inArcs = new Int32Array(arcCount);
  for (let a = 0; a < arcCount; a++) {
    const h = arcHead[a]!;
    inArcs[inFill[h]!] = a;
    inFill[h]! += 1;
  }

  const linkMode = new Uint8Array(links.length);
  const linkGauge = new Int32Array(links.length);
  for (let l = 0; l < links.length; l++) {
    const link = links[l]!;
    linkMode[l] = MODES.indexOf(link.mode);
    linkGauge[l] = link.gaugeMm ?? 0;
  }
  const nodeTransfer = new Uint8Array(n);
  const firstMode = new Int16Array(n).fill(-1);
  const firstGauge = new Int32Array(n);
  const mark = (v: number, l: number) => {
    const mode = linkMode[l]!;
    if (firstMode[v] === -1) firstMode[v] = mode;
    else if (firstMode[v] !== mode) nodeTransfer[v] = 1;
    const gauge = linkGauge[l]!;
    if (gauge !== 0) {
      if (firstGauge[v] === 0) firstGauge[v] = gauge;
      else if (firstGauge[v] !== gauge) nodeTransfer[v] = 1;
    }
  };
  for (let l = 0; l < links.length; l++) {
    mark(linkFrom[l]!, l);
    mark(linkTo[l]!, l);
  }
  nodes.forEach((node, i) => {
    if (node.dwell !== undefined) nodeTransfer[i] = 1;
  });

  const countrySet = new Set<CountryCode>();
  for (const node of nodes) countrySet.add(node.country);
  for (const link of links) for (const c of link.transitCountries) countrySet.add(c);
  const countries = [...countrySet].sort();
  const countryIndex = new Map(countries.map((c, i) => [c, i] as const));
  const nodeCountry = new Int32Array(n);
  const nodesByCountry: number[][] = countries.map(() => []);
  for (let i = 0; i < n; i++) {
    const c = countryIndex.get(nodes[i]!.country)!;
    nodeCountry[i] = c;
    nodesByCountry[c]!.push(i);
  }
  const linksByCountry: number[][] = countries.map(() => []);
  for (let l = 0; l < links.length; l++) {
    const codes = links[l]!.transitCountries;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (codes.indexOf(code) === i) linksByCountry[countryIndex.get(code)!]!.push(l);
    }
  }

  return {
    nodeIds,
    nodeIndex,
    nodes,
    linkIds,
    linkIndex,
    links,
    arcCount,
    arcTail,
    arcHead,
    arcLink,
    arcReverse,
    arcOrderKey,
    outStart,
    inStart,
    inArcs,
    linkArcs,
    linkMode,
    linkGauge,
    nodeTransfer,
    countries,
    countryIndex,
    nodeCountry,
    countryNodes: nodesByCountry.map((list) => Int32Array.from(list)),
    countryLinks: linksByCountry.map((list) => Int32Array.from(list)),
  };
}
