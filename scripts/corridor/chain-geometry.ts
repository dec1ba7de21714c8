/**
 * The line and the opening of the `geometryNote` of a pipeline link whose geometry is a chain of GEM
 * route files ({@link PIPELINE_CHAINS}), for `build-data.ts`.
 */
import type { LonLat } from '../../src/model/position.js';
import { chainRoutes, CONNECTOR_MIN_KM, loadGemRoute, withConnectors } from './gem-routes.js';
import { DRAWN_APPROXIMATION_MARKER, type GemChain } from './geometry.js';

const TRACKERS = { oil: 'Global Energy Monitor, Global Oil Infrastructure Tracker', gas: 'Global Energy Monitor, Global Gas Infrastructure Tracker' } as const;

/** What {@link resolveChain} returns: the line from node to node and the note's opening sentences. */
export interface ResolvedChain {
  readonly line: LonLat[];
  readonly lead: string;
}

/**
 * Chains the link's GEM files between its nodes, adds straight connectors at the ends where needed, and
 * writes where each part comes from, every gap and connector, and, for a drawn approximation, the
 * marker and the reason first.
 *
 * @param link - the link's id and its end nodes' ids (for messages and the note).
 * @param from - the from-node's position, `[lon, lat]` degrees.
 * @param to - the to-node's position, `[lon, lat]` degrees.
 * @param gemDir - the shared snapshot folder (files missing there come from the committed extract).
 * @throws {Error} when a file is missing or has no line.
 */
export function resolveChain(link: { readonly id: string; readonly from: string; readonly to: string }, chain: GemChain, from: LonLat, to: LonLat, gemDir: string): ResolvedChain {
  const linkId = link.id;
  if (chain.steps.length < 2) throw new Error(`buildDataset: link "${linkId}": a chain needs at least two GEM files`);
  const chained = chainRoutes(
    chain.steps.map((step) => ({ route: loadGemRoute(gemDir, step.projectId), method: step.method ?? 'cut' })),
    from,
    to,
  );
  const connected = withConnectors(chained.line, from, to);
  const parts = chain.steps.map((step, i) => {
    const part = chained.parts[i];
    if (part === undefined) throw new Error(`buildDataset: link "${linkId}": chain part ${i} missing`);
    const gap = i > 0 && part.gapBeforeKm > CONNECTOR_MIN_KM ? ` (after a ${part.gapBeforeKm.toFixed(1)} km straight connector from the previous part)` : '';
    return `route ${step.projectId} (${step.title}; ${TRACKERS[step.tracker]}, CC BY 4.0), ${part.km.toFixed(1)} km${gap}`;
  });
  const ends = [
    connected.fromConnectorKm > 0 ? `${connected.fromConnectorKm.toFixed(1)} km from ${link.from} to the line’s start` : undefined,
    connected.toConnectorKm > 0 ? `${connected.toConnectorKm.toFixed(1)} km from the line’s end to ${link.to}` : undefined,
  ].filter((x) => x !== undefined);
  const connectorText = ends.length === 0 ? `No end connector: the line ends within ${CONNECTOR_MIN_KM} km of both nodes.` : `Straight end connectors: ${ends.join('; ')}.`;
  const approximation = chain.approximation === undefined ? '' : `${DRAWN_APPROXIMATION_MARKER} ${chain.approximation} `;
  const lead =
    `${approximation}Route geometry from ${chain.steps.length} Global Energy Monitor route files chained end to start (each cut where the next one meets it): ${parts.join('; ')}. ` +
    `${connectorText}${chain.remark === undefined ? '' : ` ${chain.remark}`}`;
  return { line: connected.line, lead };
}

