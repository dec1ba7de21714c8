/**
 * An independent oracle for route times with dwell at the nodes: enumerates every loopless path of a
 * small network by depth-first search over the raw link list and costs it with its own reading of the
 * documented dwell rules (no code shared with the library):
 *
 * - at each node between two legs, for the commodity: every `passage` entry; every `gauge-change`
 *   entry when both legs are rail with different `gaugeMm`; every `mode-change` entry when the modes
 *   differ and the entry names no modes or exactly these two;
 * - a change of mode (of gauge) that no entry of the node covers costs the default: the median of all
 *   the network's `mode-change` (`gauge-change`) entries for the commodity, 0 when there are none;
 * - the route's time is its legs' `transitTimeHours` plus all of the above.
 */
import type { TinyLink, TinyNode } from './tiny-network.js';
import { compareOraclePaths, type OraclePath } from './brute-force.js';

interface Dwell {
  trigger: 'gauge-change' | 'mode-change' | 'passage';
  commodities: string[];
  modes?: [string, string];
  hours: number;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Hours charged at `node` between `a` and `b` for `commodity`, and whether a default was used. */
export function oracleDwell(node: TinyNode, a: TinyLink, b: TinyLink, commodity: string, defaults: { mode: number; gauge: number }): number {
  const entries = ((node.dwell ?? []) as unknown as Dwell[]).filter((e) => e.commodities.includes(commodity));
  const modeA = a.mode ?? 'rail';
  const modeB = b.mode ?? 'rail';
  const modeChange = modeA !== modeB;
  const gaugeChange = !modeChange && modeA === 'rail' && a.gaugeMm !== undefined && b.gaugeMm !== undefined && a.gaugeMm !== b.gaugeMm;
  let hours = 0;
  let modeCovered = false;
  let gaugeCovered = false;
  for (const e of entries) {
    if (e.trigger === 'passage') hours += e.hours;
    if (e.trigger === 'gauge-change' && gaugeChange) {
      hours += e.hours;
      gaugeCovered = true;
    }
    if (e.trigger === 'mode-change' && modeChange) {
      const matches = e.modes === undefined || (e.modes.includes(modeA) && e.modes.includes(modeB));
      if (matches) {
        hours += e.hours;
        modeCovered = true;
      }
    }
  }
  if (modeChange && !modeCovered) hours += defaults.mode;
  if (gaugeChange && !gaugeCovered) hours += defaults.gauge;
  return hours;
}

/** Every loopless path from `origin` to `destination` over operational links carrying `commodity`, costed in hours with dwell, in route order. */
export function allTimedPaths(nodes: TinyNode[], links: TinyLink[], origin: string, destination: string, commodity: string): OraclePath[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const all = nodes.flatMap((n) => ((n.dwell ?? []) as unknown as Dwell[]).filter((e) => e.commodities.includes(commodity)));
  const defaults = {
    mode: median(all.filter((e) => e.trigger === 'mode-change').map((e) => e.hours)),
    gauge: median(all.filter((e) => e.trigger === 'gauge-change').map((e) => e.hours)),
  };
  const arcs: { link: TinyLink; from: string; to: string; label: string }[] = [];
  for (const link of links) {
    if ((link.status ?? 'operational') !== 'operational') continue;
    if (!(link.commodities ?? ['general-cargo']).includes(commodity) || link.transitTimeHours === undefined) continue;
    arcs.push({ link, from: link.from, to: link.to, label: link.id });
    if ((link.direction ?? 'both') === 'both') arcs.push({ link, from: link.to, to: link.from, label: `${link.id}<` });
  }
  const out: OraclePath[] = [];
  if (origin === destination) return out;
  const walk = (at: string, visited: Set<string>, legs: typeof arcs) => {
    if (at === destination) {
      let cost = 0;
      legs.forEach((leg, i) => {
        cost += leg.link.transitTimeHours!;
        if (i > 0) cost += oracleDwell(byId.get(leg.from)!, legs[i - 1]!.link, leg.link, commodity, defaults);
      });
      out.push({ legs: legs.map((l) => l.label), nodes: [origin, ...legs.map((l) => l.to)], cost, countries: new Set() });
      return;
    }
    for (const arc of arcs) {
      if (arc.from !== at || visited.has(arc.to)) continue;
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
