import { type DatasetIssue, DatasetValidationError, describeValue, InvalidOptionError } from '../errors.js';
import { issue, pushZodIssues } from './issues.js';
import { fastLinkRecord, fastNodeRecord, RecordInterner } from './fast-validate.js';
import { borderSetFor, countryAt, distanceToCountryKm } from '../geo/borders.js';
import { greatCircleKm } from '../geo/great-circle.js';
import { closestIds, suggestionBudget } from '../internal/closest-ids.js';
import { deepFreeze, freezeRecord } from '../internal/freeze.js';
import { type CapacityUnit, type PublishedCapacity, unitFitsCommodity } from '../model/capacity.js';
import type { Commodity } from '../model/commodity.js';
import { type DatasetMetadata, datasetMetadataSchema } from '../model/dataset.js';
import { type LinkProperties, type LinkRecord, linkFeatureSchema } from '../model/link.js';
import { type NodeProperties, type NodeRecord, nodeFeatureSchema } from '../model/node.js';
import type { LonLat } from '../model/position.js';
import { SEA_AREA } from '../model/km-by-country.js';

/**
 * A published length may fall short of the great-circle distance between a link's end nodes only by
 * this fraction before a warning is raised (node points are often a city or terminal, not the exact
 * pipeline end): 1 %.
 */
const GREAT_CIRCLE_SLACK = 0.01;

/**
 * A length more than this many times the great-circle distance between a link's ends (and at least
 * {@link FAR_ABOVE_MIN_EXTRA_KM} longer) is flagged as a likely unit mistake (metres or miles): 3×.
 * The bundled corridor's most winding link is 1.7× (the Georgian section of the BTK railway).
 */
const FAR_ABOVE_GREAT_CIRCLE = 3;
const FAR_ABOVE_MIN_EXTRA_KM = 100;

/**
 * A link geometry's first and last points may lie this far from its `from` and `to` nodes before a
 * warning is raised: 5 km (the bundled geometry ends within 0.5 km of its nodes).
 */
const GEOMETRY_END_TOLERANCE_KM = 5;

/** `kmByCountry` may disagree with `geometryLengthKm` by this fraction before a warning: 1 %. */
const KM_BY_COUNTRY_SLACK = 0.01;

/**
 * A `kmByCountry` stretch in a country missing from `transitCountries` is flagged above this length:
 * 5 km (generalised borders clip a few kilometres of neighbours where a line runs along a border).
 */
const UNDECLARED_STRETCH_KM = 5;

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

/**
 * Options of {@link validateDataset} and `parseNetwork`: `checkNodeCountries` (default true) locates
 * every node with the bundled Natural Earth borders and warns when it lies outside its declared
 * country (see {@link NODE_COUNTRY_TOLERANCE_KM}). Turn it off for synthetic data whose countries
 * are not real places.
 */
export interface ValidateDatasetOptions {
  readonly checkNodeCountries?: boolean;
}

/**
 * How far outside its declared country's outline a node may lie before a `node-outside-country`
 * warning, in km: 10 km in the corridor region (1:50m borders), 25 km elsewhere (1:110m), since
 * ports and border crossings sit on coastlines and borders that generalised outlines move.
 */
export const NODE_COUNTRY_TOLERANCE_KM = { corridor: 10, world: 25 } as const;

/**
 * Outcome of {@link validateDataset}: the validated dataset, or the error: a
 * {@link DatasetValidationError} listing every issue of the dataset, or an {@link InvalidOptionError}
 * when the options are wrong (then the dataset is not read).
 */
export type DatasetValidationResult =
  | { readonly success: true; readonly dataset: ValidatedDataset }
  | { readonly success: false; readonly error: DatasetValidationError | InvalidOptionError };

/**
 * The most features a dataset may have: 10,000,000 (a sparse array of length 2³² − 1 would otherwise
 * mean billions of "missing feature" issues).
 */
export const MAX_FEATURES = 10_000_000;

/**
 * Validates a dataset without building a network (`parseNetwork` builds one and documents the rules):
 * the zod schemas on every feature (through a fast check that accepts exactly what they accept and
 * builds the same records, zod itself running only on the features it rejects, for their issues; see
 * `fast-validate.ts`), then references across features. Never throws: bad options, too
 * many features (more than {@link MAX_FEATURES}) and values that throw when read (getters, revoked
 * proxies) are failures too. Suggestions of close ids for unknown references stop once their work
 * budget is spent (20 million character pairs compared), so that a dataset with many dangling
 * references is still validated in linear time.
 *
 * @param dataset - the parsed JSON of a dataset.
 * @param options - see {@link ValidateDatasetOptions}; only own properties are read.
 * @returns `{ success: true, dataset }` with frozen records, or `{ success: false, error }`: a
 *   {@link DatasetValidationError} whose `issues` list every problem with its path and offending id,
 *   or an {@link InvalidOptionError} naming the option at fault.
 */
export function validateDataset(dataset: unknown, options: ValidateDatasetOptions = {}): DatasetValidationResult {
  const checked = checkValidateOptions(options);
  if (checked instanceof InvalidOptionError) return { success: false, error: checked };
  try {
    return validateFeatures(dataset, checked.checkNodeCountries);
  } catch (error) {
    // Plain JSON cannot throw when read; getters and proxies can. Their error becomes an issue.
    const text = error instanceof Error ? error.message : describeValue(error);
    return { success: false, error: new DatasetValidationError([issue('unreadable', [], undefined, `the dataset could not be read: ${describeValue(text, 200)}`)]) };
  }
}

function validateFeatures(dataset: unknown, checkNodeCountries: boolean): DatasetValidationResult {
  const issues: DatasetIssue[] = [];
  const warnings: DatasetWarning[] = [];
  const nodes: { record: NodeRecord; index: number }[] = [];
  const links: { record: LinkRecord; index: number }[] = [];
  let metadata: DatasetMetadata | null = null;

  if (!isObject(dataset) || dataset['type'] !== 'FeatureCollection') {
    const hint = typeof dataset === 'string' ? ' (got a string: parse the file with JSON.parse first, or use readNetworkFile from transcaspian/node)' : '';
    issues.push(issue('invalid_root', [], undefined, `expected a GeoJSON FeatureCollection (an object with type "FeatureCollection")${hint}`));
    return { success: false, error: new DatasetValidationError(issues) };
  }
  const features = dataset['features'];
  if (!Array.isArray(features)) {
    issues.push(issue('invalid_type', ['features'], undefined, 'expected an array of features'));
    return { success: false, error: new DatasetValidationError(issues) };
  }
  if (features.length > MAX_FEATURES) {
    issues.push(issue('too_big', ['features'], undefined, `has ${features.length} entries; at most ${MAX_FEATURES.toLocaleString('en-US')} features are accepted`));
    return { success: false, error: new DatasetValidationError(issues) };
  }
  if (dataset['metadata'] !== undefined) {
    const parsed = datasetMetadataSchema.safeParse(dataset['metadata']);
    if (parsed.success) metadata = deepFreeze(parsed.data);
    else pushZodIssues(issues, parsed.error.issues, ['metadata'], undefined);
  }

  // Ids and references are checked on every feature that has them, including features that failed
  // their schema (read raw), so one run reports every problem rather than the first layer of them.
  const failedNodeIds: { id: string; index: number }[] = [];
  const failedLinks: { id: string | undefined; index: number; from: unknown; to: unknown }[] = [];
  const intern = new RecordInterner();

  for (let index = 0; index < features.length; index++) {
    const feature: unknown = features[index];
    const properties = isObject(feature) ? feature['properties'] : undefined;
    const kind = isObject(properties) ? properties['type'] : undefined;
    if (kind === 'node') {
      // The fast path accepts exactly what zod accepts and builds the same frozen record; zod runs
      // only on the features it rejects, for the detailed issues.
      const fast = fastNodeRecord(feature, intern);
      if (fast !== undefined) {
        if ((feature as Record<string, unknown>)['id'] !== undefined) checkFeatureId(issues, feature, ['features', index], fast.id);
        nodes.push({ record: fast, index });
        continue;
      }
      const parsed = nodeFeatureSchema.safeParse(feature);
      if (!parsed.success) {
        const rawId = rawString(properties, 'id');
        if (rawId !== undefined) failedNodeIds.push({ id: rawId, index });
        pushZodIssues(issues, parsed.error.issues, ['features', index], rawId);
        continue;
      }
      const { geometry, properties: props } = parsed.data;
      if ((feature as Record<string, unknown>)['id'] !== undefined) checkFeatureId(issues, feature, ['features', index], props.id);
      // zod's output is a fresh object owned here: extend it in place rather than copy it.
      const record = props as NodeProperties & { lonLat?: LonLat };
      record.lonLat = [geometry.coordinates[0]!, geometry.coordinates[1]!];
      nodes.push({ record: freezeRecord(record as NodeRecord), index });
    } else if (kind === 'link') {
      const fast = fastLinkRecord(feature, intern);
      if (fast !== undefined) {
        if ((feature as Record<string, unknown>)['id'] !== undefined) checkFeatureId(issues, feature, ['features', index], fast.id);
        links.push({ record: fast, index });
        continue;
      }
      const parsed = linkFeatureSchema.safeParse(feature);
      if (!parsed.success) {
        const raw = properties as Record<string, unknown>;
        failedLinks.push({ id: rawString(raw, 'id'), index, from: raw['from'], to: raw['to'] });
        pushZodIssues(issues, parsed.error.issues, ['features', index], rawString(raw, 'id'));
        continue;
      }
      const { geometry, properties: props } = parsed.data;
      if ((feature as Record<string, unknown>)['id'] !== undefined) checkFeatureId(issues, feature, ['features', index], props.id);
      const record = props as LinkProperties & { geometry?: LinkRecord['geometry'] };
      record.geometry = geometry === null ? null : { type: 'LineString', coordinates: geometry.coordinates };
      links.push({ record: freezeRecord(record as LinkRecord), index });
    } else {
      const base = ['features', index];
      const path = isObject(feature) ? (isObject(properties) ? [...base, 'properties', 'type'] : [...base, 'properties']) : base;
      issues.push(
        issue(
          'invalid_feature',
          path,
          rawString(properties, 'id'),
          isObject(feature)
            ? `properties.type must be "node" or "link" (got ${kind === undefined ? 'nothing' : describeValue(kind)})`
            : 'expected a GeoJSON Feature object',
        ),
      );
    }
  }

  // Duplicate ids and unknown references. Valid records come in dataset order; features that failed
  // their schema are merged in only when there are any. Without failures, one map from id to the
  // record's position in `nodes` serves the duplicate check, the known ids and the lookup of ends.
  const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
  const nodeIds: { id: string; index: number }[] = [];
  let knownNodeIds: ReadonlySet<string> | ReadonlyMap<string, number>;
  let firstNode: Map<string, number> | null = null;
  if (failedNodeIds.length === 0) {
    firstNode = new Map<string, number>();
    for (let i = 0; i < nodes.length; i++) {
      const { record, index } = nodes[i]!;
      const seen = firstNode.get(record.id);
      if (seen === undefined) firstNode.set(record.id, i);
      else issues.push(duplicateIssue(record.id, index, nodes[seen]!.index, 'node'));
    }
    knownNodeIds = firstNode;
  } else {
    for (const { record, index } of nodes) nodeIds.push({ id: record.id, index });
    for (const failed of failedNodeIds) nodeIds.push(failed);
    nodeIds.sort(byIndex);
    checkDuplicates(issues, nodeIds, 'node');
    const known = new Set<string>();
    for (const { id } of nodeIds) known.add(id);
    knownNodeIds = known;
  }
  if (failedLinks.length === 0) {
    const firstLink = new Map<string, number>();
    for (const { record, index } of links) {
      const seen = firstLink.get(record.id);
      if (seen === undefined) firstLink.set(record.id, index);
      else issues.push(duplicateIssue(record.id, index, seen, 'link'));
    }
  } else {
    const linkIds: { id: string; index: number }[] = links.map(({ record, index }) => ({ id: record.id, index }));
    for (const { id, index } of failedLinks) if (id !== undefined) linkIds.push({ id, index });
    linkIds.sort(byIndex);
    checkDuplicates(issues, linkIds, 'link');
  }
  const candidateIds: Iterable<string> = { [Symbol.iterator]: () => knownNodeIds.keys() };
  // Suggestions: one search per distinct unknown id, all within one work budget.
  const budget = suggestionBudget();
  const suggested = new Map<string, string[]>();
  const unknownReference = (id: string | undefined, index: number, end: 'from' | 'to', ref: unknown) => {
    if (typeof ref !== 'string' || knownNodeIds.has(ref)) return;
    let suggestions = suggested.get(ref);
    if (suggestions === undefined) {
      suggestions = closestIds(ref, candidateIds, 5, budget);
      suggested.set(ref, suggestions);
    }
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((x) => `"${x}"`).join(', ')}?` : '';
    issues.push(issue('unknown_node', ['features', index, 'properties', end], id, `link "${id ?? '(no id)'}" refers to unknown node ${describeValue(ref)}${hint}`));
  };
  const referenceIssuesFrom = issues.length;
  for (const { record, index } of links) {
    unknownReference(record.id, index, 'from', record.from);
    unknownReference(record.id, index, 'to', record.to);
  }
  for (const { id, index, from, to } of failedLinks) {
    unknownReference(id, index, 'from', from);
    unknownReference(id, index, 'to', to);
  }
  if (failedLinks.length > 0) {
    const referenceIssues = issues.splice(referenceIssuesFrom).sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
    for (const referenceIssue of referenceIssues) issues.push(referenceIssue);
  }

  for (const { record: link, index } of links) checkLinkCapacity(issues, link, index);

  // The first valid node of each id.
  let nodeOf: (id: string) => NodeRecord | undefined;
  if (firstNode !== null) {
    const positions = firstNode;
    nodeOf = (id) => {
      const at = positions.get(id);
      return at === undefined ? undefined : nodes[at]!.record;
    };
  } else {
    const byId = new Map<string, NodeRecord>();
    for (const { record } of nodes) if (!byId.has(record.id)) byId.set(record.id, record);
    nodeOf = (id) => byId.get(id);
  }
  for (const { record: link, index } of links) {
    const from = nodeOf(link.from);
    const to = nodeOf(link.to);
    if (from === undefined || to === undefined) continue;
    const countries = link.transitCountries;
    if (countries[0] === from.country && countries[countries.length - 1] === to.country) {
      checkLinkLengths(warnings, link, from, to);
      continue;
    }
    const base = ['features', index, 'properties'];
    if (countries[0] !== from.country) {
      issues.push(
        issue(
          'country_mismatch',
          [...base, 'transitCountries'],
          link.id,
          `link "${link.id}" starts at "${from.id}" in ${from.country}, so transitCountries must start with "${from.country}" (got ${describeValue(countries)})`,
        ),
      );
    }
    if (countries[countries.length - 1] !== to.country) {
      issues.push(
        issue(
          'country_mismatch',
          [...base, 'transitCountries'],
          link.id,
          `link "${link.id}" ends at "${to.id}" in ${to.country}, so transitCountries must end with "${to.country}" (got ${describeValue(countries)})`,
        ),
      );
    }
    checkLinkLengths(warnings, link, from, to);
  }

  if (issues.length > 0) return { success: false, error: new DatasetValidationError(issues) };
  checkDwellEntries(warnings, nodes, links);
  if (checkNodeCountries) for (const { record } of nodes) checkNodeCountry(warnings, record);
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
    else issues.push(duplicateIssue(id, index, seen, what));
  }
}

/** The `duplicate_id` issue of the feature at `index` whose id was first used at `firstIndex`. */
function duplicateIssue(id: string, index: number, firstIndex: number, what: 'node' | 'link'): DatasetIssue {
  return issue('duplicate_id', ['features', index, 'properties', 'id'], id, `${what} id "${id}" is used again (first at features[${firstIndex}]); ids must be unique`);
}

/** A link's capacity must measure a commodity the link carries. */
function checkLinkCapacity(issues: DatasetIssue[], link: LinkRecord, index: number): void {
  const capacity = link.capacity;
  if (capacity === undefined || 'unlimited' in capacity) return;
  const isList = Array.isArray(capacity);
  const count = isList ? capacity.length : 1;
  for (let i = 0; i < count; i++) {
    const entry = isList ? capacity[i]! : (capacity as PublishedCapacity);
    // The path is built only for an issue: this runs on every link of large networks.
    const path = (): (string | number)[] => (isList ? ['features', index, 'properties', 'capacity', i] : ['features', index, 'properties', 'capacity']);
    if (entry.commodities !== undefined) {
      for (const commodity of entry.commodities) {
        if (!link.commodities.includes(commodity)) {
          issues.push(issue('capacity_mismatch', [...path(), 'commodities'], link.id, `link "${link.id}" has a capacity for "${commodity}", which it does not carry (commodities: ${link.commodities.join(', ')})`));
        }
      }
    } else if (!fitsSome(entry.unit, link.commodities)) {
      issues.push(issue('capacity_mismatch', [...path(), 'unit'], link.id, `link "${link.id}" has a capacity in ${entry.unit}, which measures none of its commodities (${link.commodities.join(', ')})`));
    }
  }
}

/** True when a figure in `unit` measures one of `commodities`. */
function fitsSome(unit: CapacityUnit, commodities: readonly Commodity[]): boolean {
  for (const c of commodities) if (unitFitsCommodity(unit, c)) return true;
  return false;
}

function checkFeatureId(issues: DatasetIssue[], feature: unknown, base: (string | number)[], id: string): void {
  if (!isObject(feature) || feature['id'] === undefined) return;
  if (feature['id'] !== id) {
    issues.push(
      issue('id_mismatch', [...base, 'id'], id, `Feature id ${describeValue(feature['id'])} differs from properties.id "${id}"`),
    );
  }
}

/** The options of {@link validateDataset} from their own properties (inherited keys are ignored), or the error. */
function checkValidateOptions(options: unknown): { checkNodeCountries: boolean } | InvalidOptionError {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return new InvalidOptionError('parseNetwork', 'options', options, 'expected an object such as { checkNodeCountries: false }, or nothing');
  }
  let checkNodeCountries = true;
  try {
    for (const key of Object.keys(options)) {
      const value = (options as Record<string, unknown>)[key];
      if (key !== 'checkNodeCountries') return new InvalidOptionError('parseNetwork', key, value, 'unknown option (allowed: checkNodeCountries)');
      if (typeof value !== 'boolean') return new InvalidOptionError('parseNetwork', key, value, 'expected true or false');
      checkNodeCountries = value;
    }
  } catch {
    return new InvalidOptionError('parseNetwork', 'options', undefined, 'could not be read (a proxy or a getter that throws)');
  }
  return { checkNodeCountries };
}

/**
 * Length checks of one link whose ends are known, as warnings (a figure may be right and the node
 * coordinates approximate, so none of these rejects the dataset):
 * - `length-below-great-circle`: `lengthKm` (published or computed) is more than 1 % shorter than the
 *   great-circle distance between the end nodes;
 * - `length-far-above-great-circle`: `lengthKm` is more than 3× that distance and 100 km longer
 *   (a length in metres or miles, or a wrong node);
 * - `geometry-end-far-from-node`: the geometry starts or ends more than 5 km from its node (with a
 *   hint when it runs from `to` to `from`);
 * - `km-by-country-mismatch`: the `kmByCountry` stretches do not sum to `geometryLengthKm` within 1 %;
 * - `km-by-country-undeclared`: `kmByCountry` puts more than 5 km in a country that `transitCountries`
 *   does not list.
 */
function checkLinkLengths(warnings: DatasetWarning[], link: LinkRecord, from: NodeRecord, to: NodeRecord): void {
  const straightKm = greatCircleKm(from.lonLat, to.lonLat);
  const basis = link.lengthBasis === 'published' ? 'published' : 'computed';
  if (link.lengthKm < straightKm * (1 - GREAT_CIRCLE_SLACK)) {
    warnings.push({
      code: 'length-below-great-circle',
      id: link.id,
      message: `link "${link.id}": ${basis} lengthKm ${link.lengthKm} is shorter than the great-circle distance ${straightKm.toFixed(1)} km between "${from.id}" and "${to.id}"; check the length or the node coordinates`,
    });
  }
  if (link.lengthKm > straightKm * FAR_ABOVE_GREAT_CIRCLE && link.lengthKm > straightKm + FAR_ABOVE_MIN_EXTRA_KM) {
    const times = straightKm > 0 ? `${(link.lengthKm / straightKm).toFixed(1)}× the great-circle distance ${straightKm.toFixed(1)} km between` : `long although its ends are at the same position:`;
    warnings.push({
      code: 'length-far-above-great-circle',
      id: link.id,
      message: `link "${link.id}": ${basis} lengthKm ${link.lengthKm} is ${times} "${from.id}" and "${to.id}"; check the unit (kilometres, not metres or miles) and the nodes`,
    });
  }
  const line = link.geometry?.coordinates;
  if (line !== undefined && line.length >= 2) {
    const first = line[0] as LonLat;
    const last = line[line.length - 1] as LonLat;
    const startKm = greatCircleKm(first, from.lonLat);
    const endKm = greatCircleKm(last, to.lonLat);
    if (startKm > GEOMETRY_END_TOLERANCE_KM || endKm > GEOMETRY_END_TOLERANCE_KM) {
      const reversed = greatCircleKm(first, to.lonLat) <= GEOMETRY_END_TOLERANCE_KM && greatCircleKm(last, from.lonLat) <= GEOMETRY_END_TOLERANCE_KM;
      warnings.push({
        code: 'geometry-end-far-from-node',
        id: link.id,
        message: `link "${link.id}": its geometry starts ${startKm.toFixed(1)} km from "${from.id}" and ends ${endKm.toFixed(1)} km from "${to.id}" (more than ${GEOMETRY_END_TOLERANCE_KM} km)${reversed ? '; the line seems to run from "to" to "from": reverse its coordinates' : '; check the geometry or the node coordinates'}`,
      });
    }
  }
  if (link.kmByCountry !== undefined) {
    const undeclared = new Map<string, number>();
    for (const { country, km } of link.kmByCountry) {
      if (country !== SEA_AREA && !link.transitCountries.includes(country)) undeclared.set(country, (undeclared.get(country) ?? 0) + km);
    }
    for (const [country, km] of undeclared) {
      if (km <= UNDECLARED_STRETCH_KM) continue;
      warnings.push({
        code: 'km-by-country-undeclared',
        id: link.id,
        message: `link "${link.id}": kmByCountry puts ${km.toFixed(1)} km in ${country}, which transitCountries ${describeValue(link.transitCountries)} does not list; add it (in order) or correct the figures`,
      });
    }
  }
  if (link.kmByCountry !== undefined && link.geometryLengthKm !== undefined) {
    const sumKm = link.kmByCountry.reduce((sum, s) => sum + s.km, 0);
    if (Math.abs(sumKm - link.geometryLengthKm) > link.geometryLengthKm * KM_BY_COUNTRY_SLACK) {
      warnings.push({
        code: 'km-by-country-mismatch',
        id: link.id,
        message: `link "${link.id}": kmByCountry sums to ${sumKm.toFixed(1)} km but geometryLengthKm is ${link.geometryLengthKm} (more than 1 % apart); route kmByCountry uses the shares only, scaled to lengthKm`,
      });
    }
  }
}

/**
 * `dwell-never-applies` warnings: a node's dwell entry that no route can trigger, given the links that
 * meet at the node (a likely data slip, e.g. a gauge change where every rail link has the same gauge):
 * - `gauge-change`: fewer than two distinct `gaugeMm` among the node's rail links;
 * - `mode-change`: fewer than two modes among the node's links (or not both of the entry's `modes`);
 * - any trigger: none of the entry's commodities is carried by two of the node's links, or none is
 *   carried by any link (a passage needs a link in and a link out).
 */
function checkDwellEntries(
  warnings: DatasetWarning[],
  nodes: readonly { record: NodeRecord }[],
  links: readonly { record: LinkRecord }[],
): void {
  const withDwell = new Map<string, LinkRecord[]>();
  for (const { record } of nodes) if (record.dwell !== undefined) withDwell.set(record.id, []);
  if (withDwell.size === 0) return;
  for (const { record } of links) {
    withDwell.get(record.from)?.push(record);
    if (record.to !== record.from) withDwell.get(record.to)?.push(record);
  }
  for (const { record: node } of nodes) {
    const incident = withDwell.get(node.id);
    if (node.dwell === undefined || incident === undefined) continue;
    node.dwell.forEach((entry, i) => {
      const carrying = incident.filter((l) => l.commodities.some((c) => entry.commodities.includes(c)));
      let why: string | undefined;
      if (carrying.length < 2) {
        why = `fewer than two of its links carry ${entry.commodities.join(' or ')}`;
      } else if (entry.trigger === 'gauge-change') {
        const gauges = new Set(carrying.filter((l) => l.mode === 'rail' && l.gaugeMm !== undefined).map((l) => l.gaugeMm));
        if (gauges.size < 2) why = `its rail links do not have two different gaugeMm (found ${gauges.size === 0 ? 'none' : [...gauges].join(', ')} mm)`;
      } else if (entry.trigger === 'mode-change') {
        const modes = new Set(carrying.map((l) => l.mode));
        if (entry.modes !== undefined && !(modes.has(entry.modes[0]) && modes.has(entry.modes[1]))) {
          why = `its links carrying ${entry.commodities.join(' or ')} are not of both modes ${entry.modes.join(' and ')} (found ${[...modes].join(', ')})`;
        } else if (modes.size < 2) {
          why = `its links carrying ${entry.commodities.join(' or ')} are all of one mode (${[...modes].join(', ')})`;
        }
      }
      if (why !== undefined) {
        warnings.push({
          code: 'dwell-never-applies',
          id: node.id,
          message: `node "${node.id}": dwell[${i}] (${entry.trigger}, ${entry.activity}) can never be charged: ${why}`,
        });
      }
    });
  }
}

/**
 * The `node-outside-country` warning of a node, if any (internal; `parseNetwork` runs it on every
 * node, `applyScenario` on added nodes).
 */
export function nodeCountryWarnings(node: NodeRecord): DatasetWarning[] {
  const warnings: DatasetWarning[] = [];
  checkNodeCountry(warnings, node);
  return warnings;
}

/** Warns when a node lies outside its declared country, with a hint when its coordinates look swapped. */
function checkNodeCountry(warnings: DatasetWarning[], node: NodeRecord): void {
  const set = borderSetFor(node.lonLat);
  const distanceKm = distanceToCountryKm(node.lonLat, node.country);
  if (distanceKm === null || distanceKm <= NODE_COUNTRY_TOLERANCE_KM[set]) return;
  const [lon, lat] = node.lonLat;
  const located = countryAt(node.lonLat);
  const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90 && countryAt([lat, lon]) === node.country;
  const where = located === null ? 'at sea or outside any country' : `in ${located}`;
  const hint = swapped
    ? `; [${lat}, ${lon}] lies in ${node.country}: longitude and latitude look swapped (GeoJSON order is [longitude, latitude])`
    : '; check the coordinates (GeoJSON order is [longitude, latitude]) and the country code';
  warnings.push({
    code: 'node-outside-country',
    id: node.id,
    message: `node "${node.id}" is declared in ${node.country} but its position [${lon}, ${lat}] lies ${where}, ${distanceKm.toFixed(0)} km from ${node.country}${hint}`,
  });
}

function rawString(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const v = value[key];
  return typeof v === 'string' ? v : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
