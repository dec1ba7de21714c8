import type { NoRouteReason } from '../results/find-routes.js';
import type { SearchSpace } from './search-space.js';
import type { Topology } from './topology.js';



/**
 * Reasons that hold before any search: same node, avoided ends, nothing permitted, isolated ends.
 * Returns `null` when a search is needed to tell.
 */
export function reasonBeforeSearch(space: SearchSpace, origin: number, destination: number): NoRouteReason | null {
  const { topology, constraints, nodeAllowed } = space;
  const originId = topology.nodeIds[origin]!;
  const destinationId = topology.nodeIds[destination]!;
  if (origin === destination) {
    return { code: 'same-origin-and-destination', message: `origin and destination are both "${originId}"` };
  }
  for (const [end, index, code] of [
    ['origin', origin, 'origin-avoided'],
    ['destination', destination, 'destination-avoided'],
  ] as const) {
    if (nodeAllowed[index] === 0) {
      const node = topology.nodes[index]!;
      const why = constraints.avoidCountries.includes(node.country)
        ? `it lies in ${node.country}, which is in avoidCountries`
        : 'it is in avoidNodes';
      return { code, message: `the ${end} "${node.id}" is excluded: ${why}` };
    }
  }
  if (space.allowedArcCount === 0) {
    return { code: 'no-permitted-links', message: `no link passes the constraints: ${explainEmpty(space)}` };
  }
  if (!hasAllowedArc(space, topology.outStart, null, origin)) {
    return {
      code: 'origin-isolated',
      message: `no permitted link leaves "${originId}" under the constraints (${describeConstraints(space)})${weightHint(space)}`,
    };
  }
  if (!hasAllowedArc(space, topology.inStart, topology.inArcs, destination)) {
    return {
      code: 'destination-isolated',
      message: `no permitted link reaches "${destinationId}" under the constraints (${describeConstraints(space)})${weightHint(space)}`,
    };
  }
  return null;
}

/** The reason when a search found nothing although both ends have permitted links. */
export function unreachableReason(space: SearchSpace, origin: number, destination: number): NoRouteReason {
  const { nodeIds } = space.topology;
  return {
    code: 'unreachable',
    message: `no sequence of permitted links joins "${nodeIds[origin]}" to "${nodeIds[destination]}" under the constraints (${describeConstraints(space)})${weightHint(space)}`,
  };
}

function hasAllowedArc(space: SearchSpace, start: Int32Array, index: Int32Array | null, node: number): boolean {
  for (let i = start[node]!; i < start[node + 1]!; i++) {
    const a = index === null ? i : index[i]!;
    if (space.arcAllowed[a] === 1) return true;
  }
  return false;
}

function describeConstraints(space: SearchSpace): string {
  const c = space.constraints;
  const parts = [`statuses ${c.statuses.join('/')}`];
  if (c.modes !== null) parts.push(`modes ${c.modes.join('/')}`);
  if (c.commodity !== null) parts.push(`commodity ${c.commodity}`);
  if (c.avoidCountries.length > 0) parts.push(`avoiding ${c.avoidCountries.join(', ')}`);
  if (c.avoidNodes.length > 0) parts.push(`avoiding nodes ${c.avoidNodes.join(', ')}`);
  if (c.closedLinks.length > 0) parts.push(`closed links ${c.closedLinks.join(', ')}`);
  return parts.join('; ');
}

function weightHint(space: SearchSpace): string {
  const missing = space.linksWithoutWeight.length;
  if (missing === 0) return '';
  return `; ${missing} otherwise permitted link${missing === 1 ? '' : 's'} lack ${space.weightName} and were left out`;
}

function explainEmpty(space: SearchSpace): string {
  const { links }: Topology = space.topology;
  const c = space.constraints;
  const withStatus = links.filter((l) => c.statuses.includes(l.status));
  if (withStatus.length === 0) return `no link has status ${c.statuses.join(' or ')}`;
  const withMode = c.modes === null ? withStatus : withStatus.filter((l) => c.modes!.includes(l.mode));
  if (withMode.length === 0) return `no ${c.statuses.join('/')} link has mode ${c.modes!.join(' or ')}`;
  const withCommodity = c.commodity === null ? withMode : withMode.filter((l) => l.commodities.includes(c.commodity!));
  if (withCommodity.length === 0) return `no ${c.statuses.join('/')} ${c.modes?.join('/') ?? ''} link carries ${c.commodity}`.replace(/ {2,}/g, ' ');
  return `every candidate link is closed, avoided or lacks ${space.weightName} (${describeConstraints(space)})`;
}
