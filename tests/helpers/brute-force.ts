/**
 * An independent, exhaustive oracle for small networks: enumerates every loopless path by depth-first
 * search over the raw link list (no shared code with the library's search), applies the constraints
 * itself, and sorts by the documented route order. Exponential: only for tests on tiny graphs.
 */
import type { TinyLink, TinyNode } from './tiny-network.js';

export interface OracleConstraints {
  statuses?: string[];
  modes?: string[];
  avoidCountries?: string[];
  avoidNodes?: string[];
  closedLinks?: string[];
}

export interface OraclePath {
  /** `linkId` or `linkId<` for a reverse leg. */
  legs: string[];
  nodes: string[];
  cost: number;
  countries: Set<string>;
}

function linkCountries(link: TinyLink, byId: Map<string, TinyNode>): string[] {
  if (link.transitCountries) return link.transitCountries;
  const a = byId.get(link.from)!.country;
  const b = byId.get(link.to)!.country;
  return a === b ? [a] : [a, b];
}

/** Every loopless path from `origin` to `destination` under the constraints, in route order. */
export function allSimplePaths(
  nodes: TinyNode[],
  links: TinyLink[],
  origin: string,
  destination: string,
  constraints: OracleConstraints = {},
): OraclePath[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const statuses = constraints.statuses ?? ['operational'];
  const avoided = new Set(constraints.avoidCountries ?? []);
  const nodeOk = (id: string) => !avoided.has(byId.get(id)!.country) && !(constraints.avoidNodes ?? []).includes(id);
  const arcs: { link: TinyLink; from: string; to: string; label: string; reverse: boolean }[] = [];
  for (const link of links) {
    if (!statuses.includes(link.status ?? 'operational')) continue;
    if (constraints.modes && !constraints.modes.includes(link.mode ?? 'rail')) continue;
    if ((constraints.closedLinks ?? []).includes(link.id)) continue;
    if (linkCountries(link, byId).some((c) => avoided.has(c))) continue;
    arcs.push({ link, from: link.from, to: link.to, label: link.id, reverse: false });
    if ((link.direction ?? 'both') === 'both') arcs.push({ link, from: link.to, to: link.from, label: `${link.id}<`, reverse: true });
  }
  const out: OraclePath[] = [];
  if (origin === destination || !nodeOk(origin) || !nodeOk(destination)) return out;
  const walk = (at: string, visited: Set<string>, legs: typeof arcs) => {
    if (at === destination) {
      const countries = new Set<string>([byId.get(origin)!.country]);
      for (const leg of legs) {
        for (const c of linkCountries(leg.link, byId)) countries.add(c);
        countries.add(byId.get(leg.to)!.country);
      }
      let cost = 0;
      for (const leg of legs) cost += leg.link.lengthKm;
      out.push({ legs: legs.map((l) => l.label), nodes: [origin, ...legs.map((l) => l.to)], cost, countries });
      return;
    }
    for (const arc of arcs) {
      if (arc.from !== at || visited.has(arc.to) || !nodeOk(arc.to)) continue;
      visited.add(arc.to);
      legs.push(arc);
      walk(arc.to, visited, legs);
      legs.pop();
      visited.delete(arc.to);
    }
  };
  walk(origin, new Set([origin]), []);
  return out.sort(compareOraclePaths);
}

/**
 * The documented order: cost, legs, then legs by link id (code units), forward before reverse. Costs
 * in these tests are sums of whole numbers or tenths, so equal sums are compared exactly after rounding
 * to 10⁻⁶ (what floating-point summation in another order can change is far below that; any real
 * difference is far above it).
 */
export function compareOraclePaths(a: OraclePath, b: OraclePath): number {
  const ca = Math.round(a.cost * 1e6);
  const cb = Math.round(b.cost * 1e6);
  if (ca !== cb) return ca - cb;
  if (a.legs.length !== b.legs.length) return a.legs.length - b.legs.length;
  for (let i = 0; i < a.legs.length; i++) {
    const [idA, revA] = [a.legs[i]!.replace('<', ''), a.legs[i]!.endsWith('<')];
    const [idB, revB] = [b.legs[i]!.replace('<', ''), b.legs[i]!.endsWith('<')];
    if (idA !== idB) return idA < idB ? -1 : 1;
    if (revA !== revB) return revA ? 1 : -1;
  }
  return 0;
}
