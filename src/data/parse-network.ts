import type { z } from 'zod';
import { type DatasetIssue, DatasetValidationError, formatIssuePath } from '../errors.js';
import { greatCircleKm } from '../geo/great-circle.js';
import {
  assembleNetwork,
  type Network,
  type NetworkLink,
  type NetworkNode,
  type NetworkWarning,
} from '../graph/network.js';
import { closestIds } from '../internal/closest-ids.js';
import { deepFreeze } from '../internal/freeze.js';
import { unitFitsCommodity } from '../model/capacity.js';
import { type DatasetMetadata, datasetMetadataSchema } from '../model/dataset.js';
import { linkFeatureSchema } from '../model/link.js';
import { nodeFeatureSchema } from '../model/node.js';
import type { LonLat } from '../model/position.js';

/**
 * A published length may fall short of the great-circle distance between a link's end nodes only by
 * this fraction before a warning is raised (node points are often a city or terminal, not the exact
 * pipeline end): 1 %.
 */
const GREAT_CIRCLE_SLACK = 0.01;

/** Outcome of {@link safeParseNetwork}: the network, or the validation error with every issue. */
export type SafeParseNetworkResult =
  | { readonly success: true; readonly network: Network }
  | { readonly success: false; readonly error: DatasetValidationError };

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
 * Nothing is coerced (`"470"` and `""` are not numbers) and nothing is dropped. Non-fatal findings
 * (a published `lengthKm` shorter than the great-circle distance between the link's ends) go to
 * `network.warnings`. The input is not modified; the network holds frozen copies.
 *
 * @param dataset - the parsed JSON of a dataset (e.g. `JSON.parse` of `data/corridor.geo.json`).
 * @returns the network: records keyed by id, the graphology graph, metadata and warnings.
 * @throws {DatasetValidationError} listing every problem (path, offending id, message).
 * @example
 * ```ts
 * const network = parseNetwork(JSON.parse(text));
 * network.nodes.get('aktau')?.country; // 'KZ'
 * ```
 */
export function parseNetwork(dataset: unknown): Network {
  const result = safeParseNetwork(dataset);
  if (!result.success) throw result.error;
  return result.network;
}

/**
 * Like {@link parseNetwork} but returns `{ success: false, error }` instead of throwing, in the manner
 * of zod's `safeParse`.
 *
 * @param dataset - the parsed JSON of a dataset.
 * @returns `{ success: true, network }` or `{ success: false, error }` (a {@link DatasetValidationError}).
 */
export function safeParseNetwork(dataset: unknown): SafeParseNetworkResult {
  const issues: DatasetIssue[] = [];
  const warnings: NetworkWarning[] = [];
  const nodes: { record: NetworkNode; index: number }[] = [];
  const links: { record: NetworkLink; index: number }[] = [];
  let metadata: DatasetMetadata | null = null;

  if (!isObject(dataset) || dataset['type'] !== 'FeatureCollection') {
    issues.push(issue('invalid_root', [], undefined, 'expected a GeoJSON FeatureCollection (an object with type "FeatureCollection")'));
    return { success: false, error: new DatasetValidationError(issues) };
  }
  const features = dataset['features'];
  if (!Array.isArray(features)) {
    issues.push(issue('invalid_type', ['features'], undefined, 'expected an array of features'));
    return { success: false, error: new DatasetValidationError(issues) };
  }
  if (dataset['metadata'] !== undefined) {
    const parsed = datasetMetadataSchema.safeParse(dataset['metadata']);
    if (parsed.success) metadata = deepFreeze(parsed.data);
    else pushZodIssues(issues, parsed.error.issues, ['metadata'], undefined);
  }

  // Ids and references are checked on every feature that has them, including features that failed
  // their schema, so one run reports every problem rather than the first layer of them.
  const nodeIds: { id: string; index: number }[] = [];
  const linkIds: { id: string; index: number }[] = [];
  const linkEnds: { id: string; index: number; from: unknown; to: unknown }[] = [];

  features.forEach((feature: unknown, index: number) => {
    const base = ['features', index];
    const properties = isObject(feature) ? feature['properties'] : undefined;
    const rawId = isObject(properties) && typeof properties['id'] === 'string' ? properties['id'] : undefined;
    const kind = isObject(properties) ? properties['type'] : undefined;
    if (kind === 'node') {
      if (rawId !== undefined) nodeIds.push({ id: rawId, index });
      const parsed = nodeFeatureSchema.safeParse(feature);
      if (!parsed.success) return pushZodIssues(issues, parsed.error.issues, base, rawId);
      const { geometry, properties: props } = parsed.data;
      checkFeatureId(issues, feature, base, props.id);
      const lonLat: LonLat = [geometry.coordinates[0], geometry.coordinates[1]];
      nodes.push({ record: deepFreeze({ ...props, lonLat }), index });
    } else if (kind === 'link') {
      if (rawId !== undefined) {
        linkIds.push({ id: rawId, index });
        linkEnds.push({ id: rawId, index, from: (properties as Record<string, unknown>)['from'], to: (properties as Record<string, unknown>)['to'] });
      }
      const parsed = linkFeatureSchema.safeParse(feature);
      if (!parsed.success) return pushZodIssues(issues, parsed.error.issues, base, rawId);
      const { geometry, properties: props } = parsed.data;
      checkFeatureId(issues, feature, base, props.id);
      const line = geometry === null ? null : { type: 'LineString' as const, coordinates: geometry.coordinates };
      links.push({ record: deepFreeze({ ...props, geometry: line }), index });
    } else {
      const path = isObject(feature) ? (isObject(properties) ? [...base, 'properties', 'type'] : [...base, 'properties']) : base;
      issues.push(
        issue(
          'invalid_feature',
          path,
          rawId,
          isObject(feature)
            ? `properties.type must be "node" or "link" (got ${JSON.stringify(kind) ?? 'nothing'})`
            : 'expected a GeoJSON Feature object',
        ),
      );
    }
  });

  checkDuplicates(issues, nodeIds, 'node');
  checkDuplicates(issues, linkIds, 'link');
  const knownNodeIds = new Set(nodeIds.map((n) => n.id));
  for (const { id, index, from, to } of linkEnds) {
    for (const [end, ref] of [['from', from], ['to', to]] as const) {
      if (typeof ref !== 'string' || knownNodeIds.has(ref)) continue;
      const suggestions = closestIds(ref, knownNodeIds);
      const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
      issues.push(issue('unknown_node', ['features', index, 'properties', end], id, `link "${id}" refers to unknown node "${ref}"${hint}`));
    }
  }

  for (const { record: link, index } of links) checkLinkCapacity(issues, link, index);

  const nodeById = new Map<string, NetworkNode>();
  for (const { record } of nodes) if (!nodeById.has(record.id)) nodeById.set(record.id, record);
  for (const { record: link, index } of links) {
    const base = ['features', index, 'properties'];
    const from = nodeById.get(link.from);
    const to = nodeById.get(link.to);
    if (from === undefined || to === undefined) continue;
    const countries = link.transitCountries;
    if (countries[0] !== from.country) {
      issues.push(
        issue(
          'country_mismatch',
          [...base, 'transitCountries'],
          link.id,
          `link "${link.id}" starts at "${from.id}" in ${from.country}, so transitCountries must start with "${from.country}" (got ${JSON.stringify(countries)})`,
        ),
      );
    }
    if (countries[countries.length - 1] !== to.country) {
      issues.push(
        issue(
          'country_mismatch',
          [...base, 'transitCountries'],
          link.id,
          `link "${link.id}" ends at "${to.id}" in ${to.country}, so transitCountries must end with "${to.country}" (got ${JSON.stringify(countries)})`,
        ),
      );
    }
    if (link.lengthBasis === 'published') {
      const straightKm = greatCircleKm(from.lonLat, to.lonLat);
      if (link.lengthKm < straightKm * (1 - GREAT_CIRCLE_SLACK)) {
        warnings.push({
          code: 'length-below-great-circle',
          id: link.id,
          message: `link "${link.id}": published lengthKm ${link.lengthKm} is shorter than the great-circle distance ${straightKm.toFixed(1)} km between "${from.id}" and "${to.id}"; check the length or the node coordinates`,
        });
      }
    }
  }

  if (issues.length > 0) return { success: false, error: new DatasetValidationError(issues) };
  return {
    success: true,
    network: assembleNetwork(
      nodes.map((n) => n.record),
      links.map((l) => l.record),
      metadata,
      warnings,
    ),
  };
}

function checkDuplicates(
  issues: DatasetIssue[],
  items: readonly { id: string; index: number }[],
  what: 'node' | 'link',
): void {
  const first = new Map<string, number>();
  for (const { id, index } of items) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else {
      issues.push(
        issue(
          'duplicate_id',
          ['features', index, 'properties', 'id'],
          id,
          `${what} id "${id}" is used again (first at features[${seen}]); ids must be unique`,
        ),
      );
    }
  }
}

/** A link's capacity must measure a commodity the link carries. */
function checkLinkCapacity(issues: DatasetIssue[], link: NetworkLink, index: number): void {
  const capacity = link.capacity;
  if (capacity === undefined || 'unlimited' in capacity) return;
  const entries = Array.isArray(capacity) ? capacity : [capacity];
  entries.forEach((entry, i) => {
    const path = ['features', index, 'properties', 'capacity', ...(Array.isArray(capacity) ? [i] : [])];
    if (entry.commodities !== undefined) {
      for (const commodity of entry.commodities) {
        if (!link.commodities.includes(commodity)) {
          issues.push(issue('capacity_mismatch', [...path, 'commodities'], link.id, `link "${link.id}" has a capacity for "${commodity}", which it does not carry (commodities: ${link.commodities.join(', ')})`));
        }
      }
    } else if (!link.commodities.some((c) => unitFitsCommodity(entry.unit, c))) {
      issues.push(issue('capacity_mismatch', [...path, 'unit'], link.id, `link "${link.id}" has a capacity in ${entry.unit}, which measures none of its commodities (${link.commodities.join(', ')})`));
    }
  });
}

function checkFeatureId(issues: DatasetIssue[], feature: unknown, base: (string | number)[], id: string): void {
  if (!isObject(feature) || feature['id'] === undefined) return;
  if (feature['id'] !== id) {
    issues.push(
      issue('id_mismatch', [...base, 'id'], id, `Feature id ${JSON.stringify(feature['id'])} differs from properties.id "${id}"`),
    );
  }
}

function pushZodIssues(
  issues: DatasetIssue[],
  zodIssues: readonly z.core.$ZodIssue[],
  base: readonly (string | number)[],
  id: string | undefined,
): void {
  for (const zi of flattenUnions(zodIssues)) {
    const path = [...base, ...zi.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    const params = (zi as { params?: { transcaspianCode?: string } }).params;
    const code = params?.transcaspianCode ?? zi.code;
    const subject = id !== undefined ? `"${id}" ` : '';
    issues.push(issue(code, path, id, `${subject}${formatIssuePath(zi.path)}: ${zi.message}`));
  }
}

/**
 * Replaces each `invalid_union` issue by the issues of the union branch the input came closest to
 * matching (fewest issues at the value's own level, then fewest issues), so that a capacity with a
 * misspelt unit reports `capacity.unit` rather than "invalid input" at `capacity`.
 */
function flattenUnions(zodIssues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const zi of zodIssues) {
    if (zi.code !== 'invalid_union' || zi.errors.length === 0) {
      out.push(zi);
      continue;
    }
    const branches = zi.errors.map((branch) => flattenUnions(branch));
    const score = (branch: z.core.$ZodIssue[]) => [
      branch.filter((b) => b.path.length === 0 || b.code === 'unrecognized_keys').length,
      branch.length,
    ] as const;
    let best = branches[0]!;
    for (const branch of branches.slice(1)) {
      const [a1, a2] = score(branch);
      const [b1, b2] = score(best);
      if (a1 < b1 || (a1 === b1 && a2 < b2)) best = branch;
    }
    for (const b of best) out.push({ ...b, path: [...zi.path, ...b.path] });
  }
  return out;
}

function issue(code: string, path: readonly (string | number)[], id: string | undefined, message: string): DatasetIssue {
  const base = { code, path: [...path], pathString: formatIssuePath(path), message };
  return id === undefined ? base : { ...base, id };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
