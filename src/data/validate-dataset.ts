import { type DatasetIssue, DatasetValidationError } from '../errors.js';
import { issue, pushZodIssues } from './issues.js';
import { greatCircleKm } from '../geo/great-circle.js';
import { closestIds } from '../internal/closest-ids.js';
import { deepFreeze } from '../internal/freeze.js';
import { unitFitsCommodity } from '../model/capacity.js';
import { type DatasetMetadata, datasetMetadataSchema } from '../model/dataset.js';
import { type LinkRecord, linkFeatureSchema } from '../model/link.js';
import { type NodeRecord, nodeFeatureSchema } from '../model/node.js';
import type { LonLat } from '../model/position.js';

/**
 * A published length may fall short of the great-circle distance between a link's end nodes only by
 * this fraction before a warning is raised (node points are often a city or terminal, not the exact
 * pipeline end): 1 %.
 */
const GREAT_CIRCLE_SLACK = 0.01;

/**
 * A non-fatal finding about a dataset, e.g. a published length shorter than the great-circle distance
 * between the link's ends. `code` names the kind of finding; `id` is the node or link concerned.
 */
export interface DatasetWarning {
  readonly code: string;
  readonly id: string;
  readonly message: string;
}

/** The validated content of a dataset: frozen records in dataset order, metadata and warnings. */
export interface ValidatedDataset {
  readonly nodes: readonly NodeRecord[];
  readonly links: readonly LinkRecord[];
  readonly metadata: DatasetMetadata | null;
  readonly warnings: readonly DatasetWarning[];
}

/** Outcome of {@link validateDataset}: the validated dataset, or the error listing every issue. */
export type DatasetValidationResult =
  | { readonly success: true; readonly dataset: ValidatedDataset }
  | { readonly success: false; readonly error: DatasetValidationError };

/**
 * Validates a dataset without building a network (`parseNetwork` builds one and documents the rules):
 * the zod schemas on every feature, then references across features.
 *
 * @param dataset - the parsed JSON of a dataset.
 * @returns `{ success: true, dataset }` with frozen records, or `{ success: false, error }` whose
 *   `issues` list every problem with its path and offending id.
 */
export function validateDataset(dataset: unknown): DatasetValidationResult {
  const issues: DatasetIssue[] = [];
  const warnings: DatasetWarning[] = [];
  const nodes: { record: NodeRecord; index: number }[] = [];
  const links: { record: LinkRecord; index: number }[] = [];
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

  const nodeById = new Map<string, NodeRecord>();
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
    dataset: { nodes: nodes.map((n) => n.record), links: links.map((l) => l.record), metadata, warnings },
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
function checkLinkCapacity(issues: DatasetIssue[], link: LinkRecord, index: number): void {
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
