import Heap from 'mnemonist/heap.js';
import { type ArcPath, PathSearch, type SearchBlocks, sameCost } from './path-search.js';
import type { SearchSpace } from './search-space.js';
import { bestSimplePath } from './simple-paths.js';

/**
 * Compares two paths by the library's route order: cost (equal up to rounding, see `sameCost`), then
 * number of legs, then legs compared one by one by link id (code-unit order) and direction (forward
 * first). Returns < 0, 0 or > 0.
 */
export function compareArcPaths(space: SearchSpace, a: ArcPath, b: ArcPath): number {
  if (!sameCost(a.cost, b.cost, Math.max(a.hops, b.hops))) return a.cost < b.cost ? -1 : 1;
  if (a.hops !== b.hops) return a.hops - b.hops;
  const key = space.topology.arcOrderKey;
  for (let i = 0; i < a.arcs.length; i++) {
    const d = key[a.arcs[i]!]! - key[b.arcs[i]!]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** A path with its nodes and prefix costs (what Yen's spur searches start from). */
export interface FoundPath extends ArcPath {
  /** Node indices along the path, origin first. */
  readonly nodes: readonly number[];
  /** prefixCost[i] = cost of the first i legs and of what the nodes between them charge. */
  readonly prefixCost: readonly number[];
  /** Index of the node where this path left its parent (Lawler's refinement): spur from here on. */
  readonly deviation: number;
}

/**
 * The nodes and prefix costs of an arc path from `origin` (costs summed leg by leg, with what each
 * node between two legs charges, in the order the search sums them).
 */
export function completePath(space: SearchSpace, origin: number, path: ArcPath, deviation: number): FoundPath {
  const { arcHead } = space.topology;
  const { arcWeight, transfers } = space;
  const nodes = [origin];
  const prefixCost = [0];
  let cost = 0;
  let previous = -1;
  for (const a of path.arcs) {
    // Summed in the order the search sums them: the leg, then what the node before it charges.
    cost += arcWeight[a]!;
    if (previous >= 0 && transfers !== null) cost += transfers.cost(nodes[nodes.length - 1]!, previous, a);
    nodes.push(arcHead[a]!);
    prefixCost.push(cost);
    previous = a;
  }
  return { arcs: path.arcs, cost, hops: path.arcs.length, nodes, prefixCost, deviation };
}

/** True when no node appears twice on the path. */
function isLoopless(nodes: readonly number[], seen: Uint8Array): boolean {
  let ok = true;
  let i = 0;
  for (; i < nodes.length; i++) {
    if (seen[nodes[i]!] === 1) {
      ok = false;
      break;
    }
    seen[nodes[i]!] = 1;
  }
  for (let j = 0; j < i; j++) seen[nodes[j]!] = 0;
  return ok;
}

/**
 * The best loopless path from a search state to `destination`: the label-setting search's walk when it
 * is loopless (the usual case), else the exact search of `bestSimplePath`.
 */
export function bestLoopless(
  space: SearchSpace,
  search: PathSearch,
  fn: string,
  origin: number,
  root: FoundPath | null,
  spurIndex: number,
  destination: number,
  blocks: SearchBlocks,
  heuristic: Float64Array | undefined,
  scratch: Uint8Array,
): ArcPath | null {
  const sourceNode = root === null ? origin : root.nodes[spurIndex]!;
  const sourceArc = root === null || spurIndex === 0 ? -1 : root.arcs[spurIndex - 1]!;
  const startCost = root === null ? 0 : root.prefixCost[spurIndex]!;
  const source = sourceArc < 0 ? search.startState(sourceNode) : search.stateAfter(sourceArc);
  const walk = search.best(source, destination, blocks, startCost, spurIndex, heuristic);
  if (walk === null || space.stateMode === 'node') return walk;
  const { arcHead } = space.topology;
  const nodes = [sourceNode, ...walk.arcs.map((a) => arcHead[a]!)];
  if (isLoopless(nodes, scratch)) return walk;
  const h = heuristic ?? search.costsTo(destination);
  const arcCount = space.topology.arcCount;
  return bestSimplePath(space, fn, sourceNode, sourceArc, destination, (node, arc) => h[arc < 0 ? arcCount + node : arc]!, blocks, startCost);
}

/**
 * Up to `k` loopless paths from `origin` to `destination` in route order (see
 * {@link compareArcPaths}), by Yen's algorithm over arcs (so parallel links give distinct paths) with
 * Lawler's refinement (a path's spur searches start at its deviation node) and an A* spur search
 * guided by exact costs to the destination, computed once by a reverse search.
 *
 * Work per accepted path is linear in its length besides the spur searches: the root path's nodes are
 * blocked one more at a time as the spur node moves along it (never re-blocked from the start), the
 * legs to leave out at each spur node come from a prefix tree of the accepted paths, and the candidates
 * wait in a priority queue.
 *
 * Written here because graphology's standard library has no k-shortest-paths algorithm and the npm
 * package `k-shortest-path` was found to miss paths (see the project's reference notes).
 *
 * @returns the paths, best first; fewer than `k` when fewer loopless paths exist; empty when none.
 * @throws {SearchLimitError} see `bestSimplePath` (only when nodes charge for transfers).
 */
export function kShortestArcPaths(space: SearchSpace, origin: number, destination: number, k: number, fn: string, blocks: SearchBlocks = {}): ArcPath[] {
  const out: ArcPath[] = [];
  if (k < 1) return out;
  for (const path of loopless(space, origin, destination, fn, blocks)) {
    out.push(path);
    if (out.length >= k) break;
  }
  return out;
}

/**
 * The loopless paths from `origin` to `destination` one by one in route order (Yen's algorithm as in
 * {@link kShortestArcPaths}), for callers that stop on a condition rather than at a count.
 */
export function* loopless(space: SearchSpace, origin: number, destination: number, fn: string, blocks: SearchBlocks = {}): Generator<FoundPath> {
  const search = PathSearch.of(space);
  const nodeCount = space.topology.nodeIds.length;
  const scratch = new Uint8Array(nodeCount);
  const baseNodes = blocks.nodes;
  const baseArcs = blocks.arcs;
  if (baseNodes?.[origin] === 1 || baseNodes?.[destination] === 1) return;
  const first = bestLoopless(space, search, fn, origin, null, 0, destination, blocks, undefined, scratch);
  if (first === null) return;
  const accepted: FoundPath[] = [completePath(space, origin, first, 0)];
  yield accepted[0]!;

  const heuristic = search.costsTo(destination);
  const blockedNodes = baseNodes === undefined ? new Uint8Array(nodeCount) : baseNodes.slice();
  const blockedArcs = baseArcs === undefined ? new Uint8Array(space.topology.arcCount) : baseArcs.slice();
  const trie = new PathTrie();
  trie.insert(first.arcs);
  // Yen's candidate set: a heap in route order (mnemonist's binary heap).
  const candidates = new Heap<FoundPath>((x, y) => compareArcPaths(space, x, y));
  const seen = new Set<string>([first.arcs.join(',')]);

  for (;;) {
    const last = accepted[accepted.length - 1]!;
    // Root nodes before the deviation point stay blocked while the spur node moves along the path.
    const newlyBlocked: number[] = [];
    const block = (v: number) => {
      if (blockedNodes[v] === 0) {
        blockedNodes[v] = 1;
        newlyBlocked.push(v);
      }
    };
    for (let j = 0; j < last.deviation; j++) block(last.nodes[j]!);
    let trieNode = trie.descend(last.arcs, last.deviation);
    for (let i = last.deviation; i < last.arcs.length; i++) {
      if (i > last.deviation) {
        block(last.nodes[i - 1]!);
        trieNode = trieNode?.children.get(last.arcs[i - 1]!);
      }
      // From the spur node, leave out the next leg of every accepted path sharing this root.
      const leftOut: number[] = [];
      if (trieNode !== undefined) {
        for (const a of trieNode.children.keys()) {
          if (blockedArcs[a] === 0) {
            blockedArcs[a] = 1;
            leftOut.push(a);
          }
        }
      }
      const spurPath = bestLoopless(space, search, fn, origin, last, i, destination, { nodes: blockedNodes, arcs: blockedArcs }, heuristic, scratch);
      for (const a of leftOut) blockedArcs[a] = 0;
      if (spurPath === null) continue;
      const arcs = last.arcs.slice(0, i).concat(spurPath.arcs);
      const key = arcs.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(completePath(space, origin, { arcs, cost: spurPath.cost, hops: arcs.length }, i));
    }
    for (const v of newlyBlocked) blockedNodes[v] = 0;
    const next = candidates.pop();
    if (next === undefined) return;
    accepted.push(next);
    trie.insert(next.arcs);
    yield next;
  }
}

interface TrieNode {
  readonly children: Map<number, TrieNode>;
}

/** The accepted paths as a prefix tree of arcs: the legs leaving a shared root are a node's children. */
class PathTrie {
  private readonly root: TrieNode = { children: new Map() };

  insert(arcs: readonly number[]): void {
    let node = this.root;
    for (const a of arcs) {
      let child = node.children.get(a);
      if (child === undefined) node.children.set(a, (child = { children: new Map() }));
      node = child;
    }
  }

  /** The node reached by the first `depth` arcs, or undefined. */
  descend(arcs: readonly number[], depth: number): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < depth && node !== undefined; i++) node = node.children.get(arcs[i]!);
    return node;
  }
}

