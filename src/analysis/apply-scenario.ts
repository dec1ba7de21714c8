import { issue, pushZodIssues } from '../data/issues.js';
import { linkFeatureOf, nodeFeatureOf } from '../data/record-features.js';
import { nodeCountryWarnings, validateDataset } from '../data/validate-dataset.js';
import { type DatasetIssue, DatasetValidationError, describeValue, formatIssuePath, ScenarioValidationError } from '../errors.js';
import { assembleNetwork, assertUnmodified, type Network, type ScenarioState } from '../graph/network.js';
import { closestIds, suggestionBudget } from '../internal/closest-ids.js';
import { ownOptions } from '../internal/own-options.js';
import { compareStrings } from '../internal/compare.js';
import { deepFreeze } from '../internal/freeze.js';
import { type Capacity, CAPACITY_MINIMUMS, type PublishedCapacity, unitFitsCommodity } from '../model/capacity.js';
import type { LinkRecord } from '../model/link.js';
import type { NodeRecord } from '../model/node.js';
import { type Scenario, scenarioSchema } from '../model/scenario.js';

const FN = 'applyScenario';

/**
 * Applies a scenario to a network and returns a new network; the input network is not changed.
 *
 * - `closedLinks`, `closedNodes`, `avoidCountries` and `statuses` become the new network's standing
 *   constraints (`network.scenario`): every analysis on it adds them to its own options (closures and
 *   avoided countries are united; `statuses` is the default when an analysis gives none). Closed
 *   elements stay in the network, so ids remain valid.
 * - `commissionLinks` set those links' status to `operational`.
 * - `derate` multiplies a link's or node's published capacity by a factor in [0, 1] (every entry of a
 *   capacity list; 0 closes the element) or replaces it with a new `{ value, unit }`.
 * - `addNodes`, `addLinks` add features in the dataset format (validated like a dataset; their ids must
 *   be new).
 * Applying a scenario to a scenario network stacks them (closures united, the later `statuses` win).
 *
 * @param network - a network from `parseNetwork`, `loadCorridorNetwork` or `applyScenario`.
 * @param scenario - see `scenarioSchema` (`id`, `name`, `sources` required); only its own properties
 *   are read (an inherited key is ignored).
 * @returns the new network, whose `scenario.scenarioIds` ends with this scenario's id.
 * @throws {ScenarioValidationError} listing every problem: unknown keys, unknown ids (with suggestions),
 *   factors outside [0, 1], a factor on an element of unknown or unlimited capacity, a capacity whose
 *   unit does not measure the element's commodities, invalid added features.
 * @throws {NetworkMutatedError} when `network.graph` was changed structurally.
 * @example
 * ```ts
 * const noRussia = applyScenario(loadCorridorNetwork(), {
 *   id: 'no-russia', name: 'Sanctions: avoid Russia', sources: [{ title: 'EU sanctions' }], avoidCountries: ['RU'],
 * });
 * findRoutes(noRussia, 'tengiz', 'trieste', { commodity: 'crude-oil' }).routes[0]?.countries; // no 'RU'
 * ```
 */
export function applyScenario(network: Network, scenario: Scenario): Network {
  assertUnmodified(network, FN);
  scenario = ownOptions(scenario); // own properties only: an inherited key is not part of the scenario
  const rawId =
    typeof scenario === 'object' && scenario !== null && typeof (scenario as { id?: unknown }).id === 'string'
      ? (scenario as { id: string }).id
      : undefined;
  const parsed = scenarioSchema.safeParse(scenario);
  const issues: DatasetIssue[] = [];
  if (!parsed.success) pushZodIssues(issues, parsed.error.issues, [], rawId);

  // Ids are checked on the raw input too, so that one error lists every problem.
  const raw = typeof scenario === 'object' && scenario !== null ? (scenario as unknown as Record<string, unknown>) : {};
  const addedNodeIds = new Set(idsOf(Array.isArray(raw['addNodes']) ? raw['addNodes'] : []));
  const addedLinkIds = new Set(idsOf(Array.isArray(raw['addLinks']) ? raw['addLinks'] : []));
  // Suggestions: the pools are built once, and all searches share one work budget, so that thousands
  // of unknown ids cost linear time.
  const budget = suggestionBudget();
  const pools: { link?: string[]; node?: string[] } = {};
  const poolOf = (kind: 'link' | 'node') =>
    (pools[kind] ??= kind === 'link' ? [...network.links.keys(), ...addedLinkIds] : [...network.nodes.keys(), ...addedNodeIds]);
  const checkIds = (key: 'closedLinks' | 'closedNodes' | 'commissionLinks', kind: 'link' | 'node') => {
    const list = raw[key];
    if (!Array.isArray(list)) return;
    list.forEach((id: unknown, i) => {
      if (typeof id !== 'string') return; // the schema reports it
      const known = kind === 'link' ? network.links.has(id) || addedLinkIds.has(id) : network.nodes.has(id) || addedNodeIds.has(id);
      if (known) return;
      issues.push(issue(`unknown_${kind}`, [key, i], id, `${key}: unknown ${kind} ${describeValue(id)}${hint(closestIds(id, poolOf(kind), 5, budget))}`));
    });
  };
  checkIds('closedLinks', 'link');
  checkIds('closedNodes', 'node');
  checkIds('commissionLinks', 'link');
  for (const [key, kind] of [['addNodes', 'node'], ['addLinks', 'link']] as const) {
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    list.forEach((feature: unknown, i) => {
      const type = typeof feature === 'object' && feature !== null ? (feature as { properties?: { type?: unknown } }).properties?.type : undefined;
      if (type !== kind) issues.push(issue('wrong_feature_kind', [key, i, 'properties', 'type'], undefined, `${key} holds ${kind} features (properties.type "${kind}"), got ${type === undefined ? 'nothing' : describeValue(type)}`));
    });
  }
  if (rawId !== undefined && network.scenario?.scenarioIds.includes(rawId)) {
    issues.push(issue('repeated_scenario', ['id'], rawId, `scenario ${describeValue(rawId)} is already applied to this network`));
  }
  const rawDerate = raw['derate'];
  if (typeof rawDerate === 'object' && rawDerate !== null && Object.prototype.hasOwnProperty.call(rawDerate, '__proto__')) {
    issues.push(issue('unknown_element', ['derate', '__proto__'], '__proto__', 'derate: "__proto__" is neither a link nor a node'));
  }
  if (!parsed.success) {
    const derate = raw['derate'];
    if (typeof derate === 'object' && derate !== null) {
      let pool: string[] | undefined;
      for (const id of Object.keys(derate).sort(compareStrings)) {
        if (!network.links.has(id) && !network.nodes.has(id)) {
          pool ??= [...network.links.keys(), ...network.nodes.keys()];
          issues.push(issue('unknown_element', ['derate', id], id, `derate: ${describeValue(id)} is neither a link nor a node${hint(closestIds(id, pool, 5, budget))}`));
        }
      }
    }
    throw new ScenarioValidationError(rawId, issues);
  }
  const s = parsed.data;

  // Derating: capacities change on copies of the records.
  const nodeRecords = new Map<string, NodeRecord>(network.nodes);
  const linkRecords = new Map<string, LinkRecord>(network.links);
  const derateClosedLinks: string[] = [];
  const derateClosedNodes: string[] = [];
  let deratePool: string[] | undefined;
  for (const [id, change] of Object.entries(s.derate ?? {}).sort(([a], [b]) => compareStrings(a, b))) {
    const link = linkRecords.get(id);
    const node = nodeRecords.get(id);
    const path = ['derate', id];
    if (link === undefined && node === undefined) {
      const added = addedLinkIds.has(id) || addedNodeIds.has(id);
      issues.push(
        issue(
          'unknown_element',
          path,
          id,
          added
            ? `derate: "${id}" is added by this scenario; give it its capacity in addLinks/addNodes instead`
            : `derate: ${describeValue(id)} is neither a link nor a node${hint(closestIds(id, (deratePool ??= [...linkRecords.keys(), ...nodeRecords.keys()]), 5, budget))}`,
        ),
      );
      continue;
    }
    if (link !== undefined && node !== undefined) {
      issues.push(issue('ambiguous_id', path, id, `derate: "${id}" is both a link and a node id, so the change is ambiguous; rename one of them`));
      continue;
    }
    const element = (link ?? node)!;
    const kind = link !== undefined ? 'link' : 'node';
    if (typeof change === 'number') {
      if (change === 0) {
        (kind === 'link' ? derateClosedLinks : derateClosedNodes).push(id);
        continue;
      }
      const scaled = scaleCapacity(element.capacity, change);
      if (typeof scaled !== 'string' && (Array.isArray(scaled) ? scaled : [scaled]).some((c) => 'value' in c && !(c.value >= CAPACITY_MINIMUMS[c.unit]))) {
        issues.push(issue('capacity_underflow', path, id, `derate: ${kind} "${id}": a factor of ${change} leaves less than the smallest capacity accepted (CAPACITY_MINIMUMS); use 0 to close it`));
        continue;
      }
      if (typeof scaled === 'string') {
        issues.push(issue('capacity_unknown', path, id, `derate: ${kind} "${id}" ${scaled}; give a new capacity { value, unit } instead of a factor`));
        continue;
      }
      if (link !== undefined) linkRecords.set(id, deepFreeze({ ...link, capacity: scaled }));
      else nodeRecords.set(id, deepFreeze({ ...node!, capacity: scaled }));
    } else {
      if (link !== undefined) {
        const notCarried = (change.commodities ?? []).filter((c) => !link.commodities.includes(c));
        if (notCarried.length > 0) {
          issues.push(
            issue('commodity_mismatch', [...path, 'commodities'], id, `derate: link "${id}" does not carry ${notCarried.join(', ')} (it carries ${link.commodities.join(', ')})`),
          );
          continue;
        }
        const fits = (change.commodities ?? link.commodities).filter((c) => unitFitsCommodity(change.unit, c));
        if (fits.length === 0) {
          issues.push(
            issue(
              'commodity_mismatch',
              [...path, 'unit'],
              id,
              `derate: a capacity in ${change.unit} does not measure what link "${id}" carries (${link.commodities.join(', ')})`,
            ),
          );
          continue;
        }
        linkRecords.set(id, deepFreeze({ ...link, capacity: { ...change } }));
      } else {
        nodeRecords.set(id, deepFreeze({ ...node!, capacity: { ...change } }));
      }
    }
  }
  for (const id of s.commissionLinks ?? []) {
    const link = linkRecords.get(id);
    if (link !== undefined) linkRecords.set(id, deepFreeze({ ...link, status: 'operational' as const }));
  }

  // Added features: validated together with the network's records, so references and ids are checked.
  let nodes = [...nodeRecords.values()];
  let links = [...linkRecords.values()];
  let warnings = network.warnings;
  const addNodes = s.addNodes ?? [];
  const addLinks = s.addLinks ?? [];
  if (addNodes.length + addLinks.length > 0 && issues.length === 0) {
    const base = [...nodes.map(nodeFeatureOf), ...links.map(linkFeatureOf)];
    // The network's own nodes were checked (or not) when it was parsed; only added nodes are located.
    const validated = validateDataset({ type: 'FeatureCollection', features: [...base, ...addNodes, ...addLinks] }, { checkNodeCountries: false });
    if (!validated.success) {
      if (!(validated.error instanceof DatasetValidationError)) throw validated.error; // the options above are fixed
      for (const problem of validated.error.issues) {
        const index = typeof problem.path[1] === 'number' ? problem.path[1] : -1;
        const local =
          index >= base.length + addNodes.length
            ? ['addLinks', index - base.length - addNodes.length]
            : index >= base.length
              ? ['addNodes', index - base.length]
              : ['(network)', index];
        const path = [...local, ...problem.path.slice(2)];
        issues.push({ ...problem, path, pathString: formatIssuePath(path) });
      }
    } else {
      nodes = [...validated.dataset.nodes];
      links = [...validated.dataset.links];
      const added = new Set(addedNodeIds);
      warnings = [...validated.dataset.warnings, ...nodes.filter((n) => added.has(n.id)).flatMap((n) => nodeCountryWarnings(n))];
      // A commissioned or derated added link is handled above only for existing ids; apply to new ones.
      links = links.map((link) =>
        (s.commissionLinks ?? []).includes(link.id) && link.status !== 'operational' ? deepFreeze({ ...link, status: 'operational' as const }) : link,
      );
    }
  }
  if (issues.length > 0) throw new ScenarioValidationError(s.id, issues);

  const previous = network.scenario;
  const union = (a: readonly string[] | undefined, b: readonly string[]) => [...new Set([...(a ?? []), ...b])].sort(compareStrings);
  const state: ScenarioState = deepFreeze({
    scenarioIds: [...(previous?.scenarioIds ?? []), s.id],
    name: s.name,
    closedLinks: union(previous?.closedLinks, [...(s.closedLinks ?? []), ...derateClosedLinks]),
    closedNodes: union(previous?.closedNodes, [...(s.closedNodes ?? []), ...derateClosedNodes]),
    avoidCountries: union(previous?.avoidCountries, s.avoidCountries ?? []),
    statuses: s.statuses ? [...new Set(s.statuses)].sort(compareStrings) : (previous?.statuses ?? null),
  });
  return assembleNetwork(nodes, links, network.metadata, warnings, state);
}

/** The capacity multiplied by `factor` (0 < factor ≤ 1), or a reason it cannot be. */
function scaleCapacity(capacity: Capacity | undefined, factor: number): Capacity | string {
  if (capacity === undefined) return 'has no published capacity (unknown)';
  if ('unlimited' in capacity) return 'has an unlimited capacity, which a factor cannot scale';
  const scale = (c: PublishedCapacity): PublishedCapacity => ({
    ...c,
    value: c.value * factor,
    note: `${c.note ? `${c.note}; ` : ''}derated ×${factor} by scenario`,
  });
  return Array.isArray(capacity) ? capacity.map(scale) : scale(capacity);
}

function idsOf(features: readonly unknown[] | undefined): string[] {
  const ids: string[] = [];
  for (const f of features ?? []) {
    const props = typeof f === 'object' && f !== null ? (f as { properties?: { id?: unknown } }).properties : undefined;
    if (typeof props?.id === 'string') ids.push(props.id);
  }
  return ids;
}

function hint(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? `; did you mean ${suggestions.map((x) => `"${x}"`).join(', ')}?` : '';
}
