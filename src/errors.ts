/**
 * The error family of transcaspian.
 *
 * Every error the library throws on purpose is a {@link TranscaspianError} with a stable `code`;
 * subclasses carry the offending item (node id, link id, option name) as fields so that callers can
 * react without parsing messages. "No route" is not an error: it is an empty result with a reason.
 *
 * @module
 */

/** Stable machine-readable codes of {@link TranscaspianError} subclasses. */
export type TranscaspianErrorCode =
  | 'DATASET_INVALID'
  | 'UNKNOWN_NODE'
  | 'UNKNOWN_LINK'
  | 'INVALID_OPTION'
  | 'INVALID_ARGUMENT'
  | 'COMMODITY_MISMATCH'
  | 'SCENARIO_INVALID'
  | 'NETWORK_MUTATED'
  | 'SEARCH_LIMIT';

/**
 * Base class of every error thrown on purpose by transcaspian.
 *
 * @example
 * ```ts
 * try { findRoutes(network, 'tengiz', 'trieste', { k: 0 }); }
 * catch (e) { if (isTranscaspianError(e)) console.log(e.code); } // 'INVALID_OPTION'
 * ```
 */
export class TranscaspianError extends Error {
  /** Stable code; see {@link TranscaspianErrorCode}. */
  readonly code: TranscaspianErrorCode;

  constructor(code: TranscaspianErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    // A brand that survives a second copy of the package (its ESM and CommonJS builds loaded in the
    // same process), where `instanceof` cannot: see isTranscaspianError.
    Object.defineProperty(this, ERROR_BRAND, { value: true, enumerable: false });
  }
}

const ERROR_BRAND = Symbol.for('transcaspian.error');

/**
 * One problem found while validating a dataset.
 *
 * - `code`: what kind of problem (`invalid_type`, `unknown_node`, `duplicate_id`, `invalid_country`,
 *   `country_mismatch`, `unrecognized_keys`, …; zod's own issue codes are passed through).
 * - `path`: where it is, as keys from the dataset root, e.g. `['features', 12, 'properties', 'lengthKm']`.
 * - `pathString`: the same path written `features[12].properties.lengthKm`.
 * - `id`: the id of the offending node or link when it has a readable one.
 * - `message`: a sentence naming the item and the fix.
 */
export interface DatasetIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly pathString: string;
  readonly id?: string;
  readonly message: string;
}

/** Writes a path such as `['features', 3, 'properties', 'from']` as `features[3].properties.from`. */
export function formatIssuePath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Thrown by `parseNetwork` (and the functions that take dataset features, such as scenarios) when the
 * input is not a valid transcaspian dataset. `issues` lists every problem found, not only the first;
 * nothing is coerced or dropped.
 */
export class DatasetValidationError extends TranscaspianError {
  /** Every problem found, in dataset order. Never empty. */
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[], context = 'parseNetwork') {
    const shown = issues.slice(0, 10).map(issueLine);
    const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more (see error.issues)` : '';
    super(
      'DATASET_INVALID',
      `${context}: the dataset has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}`,
    );
    this.issues = issues;
  }
}

/** One issue as a line of an error message, cut to 300 characters (ids, keys and values in data can be any length). */
function issueLine(i: DatasetIssue): string {
  const line = `  - ${i.pathString}${i.id ? ` (${i.id})` : ''}: ${i.message}`;
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** Thrown when a node id given to a function is not in the network. `suggestions` are the closest ids. */
export class UnknownNodeError extends TranscaspianError {
  /** The id that was not found. */
  readonly nodeId: string;
  /** Up to five existing node ids closest to `nodeId` (edit distance), best first. */
  readonly suggestions: readonly string[];
  /** The option or argument that carried the id (`origin`, `destination`, `avoidNodes`, …). */
  readonly argument: string;

  constructor(fn: string, argument: string, nodeId: string, suggestions: readonly string[]) {
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    super('UNKNOWN_NODE', `${fn}: ${argument} node ${describeValue(nodeId)} is not in the network.${hint}`);
    this.nodeId = nodeId;
    this.suggestions = suggestions;
    this.argument = argument;
  }
}

/** Thrown when a link id given to a function is not in the network. `suggestions` are the closest ids. */
export class UnknownLinkError extends TranscaspianError {
  /** The id that was not found. */
  readonly linkId: string;
  /** Up to five existing link ids closest to `linkId` (edit distance), best first. */
  readonly suggestions: readonly string[];
  /** The option or argument that carried the id (`closedLinks`, …). */
  readonly argument: string;

  constructor(fn: string, argument: string, linkId: string, suggestions: readonly string[]) {
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    super('UNKNOWN_LINK', `${fn}: ${argument} link ${describeValue(linkId)} is not in the network.${hint}`);
    this.linkId = linkId;
    this.suggestions = suggestions;
    this.argument = argument;
  }
}

/** Thrown when an option has a value the function cannot use (wrong type, out of range, unknown enum). */
export class InvalidOptionError extends TranscaspianError {
  /** The option at fault, e.g. `k`, `modes`, `weight`. */
  readonly option: string;
  /** The value given (as received). */
  readonly value: unknown;

  constructor(fn: string, option: string, value: unknown, expectation: string) {
    super('INVALID_OPTION', `${fn}: option "${option}" ${describeValue(value)} is invalid: ${expectation}`);
    this.option = option;
    this.value = value;
  }
}

/**
 * Thrown when a positional argument is of the wrong kind, e.g. a raw GeoJSON object passed where a
 * `Network` (from `parseNetwork`) is expected.
 */
export class InvalidArgumentError extends TranscaspianError {
  /** The argument at fault, e.g. `network`, `origin`. */
  readonly argument: string;

  constructor(fn: string, argument: string, expectation: string) {
    super('INVALID_ARGUMENT', `${fn}: argument "${argument}" is invalid: ${expectation}`);
    this.argument = argument;
  }
}

/**
 * Thrown by `applyScenario` (and `compareScenarios`) when a scenario is invalid: an unknown key, an
 * unknown link or node id, a derating factor outside [0, 1], a factor on an element whose capacity is
 * unknown, a capacity whose unit does not measure the element's commodities, or added features that
 * are not a valid dataset. `issues` list every problem, with paths inside the scenario.
 */
export class ScenarioValidationError extends TranscaspianError {
  /** The scenario's id, when it has a readable one. */
  readonly scenarioId: string | undefined;
  /** Every problem found. Never empty. */
  readonly issues: readonly DatasetIssue[];

  constructor(scenarioId: string | undefined, issues: readonly DatasetIssue[]) {
    const shown = issues.slice(0, 10).map(issueLine);
    const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more (see error.issues)` : '';
    super(
      'SCENARIO_INVALID',
      `applyScenario: scenario ${scenarioId === undefined ? '(no id)' : describeValue(scenarioId)} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}`,
    );
    this.scenarioId = scenarioId;
    this.issues = issues;
  }
}

/**
 * Thrown when a capacity is used for a commodity its unit does not measure (a figure in bcm/yr for
 * crude oil, in tonnes for containers): figures of different commodities are never converted or summed.
 */
export class CommodityMismatchError extends TranscaspianError {
  /** The link or node whose capacity is at fault. */
  readonly elementId: string;
  /** The capacity's unit. */
  readonly unit: string;
  /** The commodity asked for. */
  readonly commodity: string;

  constructor(elementId: string, unit: string, commodity: string, expectedUnit: string) {
    super(
      'COMMODITY_MISMATCH',
      `capacity of "${elementId}" is in ${unit}, which does not measure ${commodity} (expected a unit convertible to ${expectedUnit})`,
    );
    this.elementId = elementId;
    this.unit = unit;
    this.commodity = commodity;
  }
}

/**
 * Thrown when `network.graph` was changed structurally (a node or edge added or dropped, or the graph
 * cleared) after the network was built. The analyses read the network's immutable records, so a
 * changed graph would silently disagree with them; build a new network instead (`parseNetwork`).
 */
export class NetworkMutatedError extends TranscaspianError {
  constructor(fn: string, event: string) {
    super(
      'NETWORK_MUTATED',
      `${fn}: network.graph was modified after the network was built (${event}). ` +
        'The graph is a read-only view; build a new network from a dataset (parseNetwork) to change it.',
    );
  }
}

/**
 * Thrown when a search for loopless routes would exceed its work limit. Happens only when nodes charge
 * so much for a change of mode or gauge that the cheapest walks pass nodes twice, in networks built to
 * make that common (see the message for what to ask instead); the message names the function.
 */
export class SearchLimitError extends TranscaspianError {
  constructor(fn: string, detail: string) {
    super('SEARCH_LIMIT', `${fn}: ${detail}`);
  }
}

/**
 * True when `error` is one of the library's own errors (any subclass of {@link TranscaspianError}),
 * also when it comes from the other build of the package (ESM and CommonJS loaded side by side), where
 * `instanceof` is false.
 */
export function isTranscaspianError(error: unknown): error is TranscaspianError {
  return error instanceof TranscaspianError || (typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[ERROR_BRAND] === true);
}

/**
 * How the library's messages show an input value: JSON-like text of at most `maxLength` characters
 * (default 80; longer text ends in `...`), which never throws and does work bounded by `maxLength`
 * whatever the value. Numbers keep `NaN`, `Infinity` and `-0` (JSON would write `null` or `0`),
 * BigInts end in `n`, symbols show as `Symbol(description)`, functions as `(a function)`; inside
 * objects and arrays, a value seen again on the way down shows as `[Circular]`, getters as `[Getter]`
 * (never called), and what is nested more than three levels deep or past the length as `…`. An
 * object whose keys cannot be read (a revoked proxy) shows as `(an object)`.
 *
 * @param value - any value, as received from a caller.
 * @param maxLength - the longest text returned, in characters (at least 10).
 * @returns the description, e.g. `["ship"]`, `{"k":3}`, `12n`, `"tengis"`.
 * @example
 * ```ts
 * describeValue({ a: 1n, b: [NaN] }); // '{"a":1n,"b":[NaN]}'
 * ```
 */
export function describeValue(value: unknown, maxLength = 80): string {
  const max = Math.max(10, Math.floor(Number.isFinite(maxLength) ? maxLength : 80));
  const out: string[] = [];
  let length = 0;
  // Past this many characters nothing more is written: the text is cut at `max` anyway.
  const budget = max + 4;
  const write = (text: string) => {
    if (length >= budget) return;
    const piece = text.length > budget - length ? text.slice(0, budget - length) : text;
    out.push(piece);
    length += piece.length;
  };
  const ancestors: object[] = [];
  // Recursion is bounded by MAX_DEPTH, not by the value's depth.
  const MAX_DEPTH = 3;
  const visit = (v: unknown, depth: number): void => {
    if (length >= budget) return;
    switch (typeof v) {
      case 'string':
        write(JSON.stringify(v.length > budget ? v.slice(0, budget) : v));
        return;
      case 'number':
        write(Object.is(v, -0) ? '-0' : String(v));
        return;
      case 'bigint':
        write(`${v.toString()}n`);
        return;
      case 'boolean':
      case 'undefined':
        write(String(v));
        return;
      case 'symbol': {
        const description = v.description;
        write(description === undefined ? 'Symbol()' : `Symbol(${description.length > budget ? description.slice(0, budget) : description})`);
        return;
      }
      case 'function':
        write('(a function)');
        return;
    }
    if (v === null) {
      write('null');
      return;
    }
    const object = v as object;
    if (ancestors.includes(object)) {
      write('[Circular]');
      return;
    }
    const isArray = Array.isArray(object);
    if (depth >= MAX_DEPTH) {
      write(isArray ? '[…]' : '{…}');
      return;
    }
    ancestors.push(object);
    try {
      write(isArray ? '[' : '{');
      if (isArray) {
        const items = object as unknown[];
        for (let i = 0; i < items.length && length < budget; i++) {
          if (i > 0) write(',');
          const own = Object.getOwnPropertyDescriptor(items, i);
          if (own !== undefined && own.get !== undefined) write('[Getter]');
          else visit(own?.value, depth + 1);
        }
      } else {
        let first = true;
        for (const key in object) {
          if (length >= budget) break;
          const own = Object.getOwnPropertyDescriptor(object, key);
          if (own === undefined || !own.enumerable) continue;
          if (!first) write(',');
          first = false;
          write(`${JSON.stringify(key.length > budget ? key.slice(0, budget) : key)}:`);
          if (own.get !== undefined) write('[Getter]');
          else visit(own.value, depth + 1);
        }
      }
      write(isArray ? ']' : '}');
    } finally {
      ancestors.pop();
    }
  };
  try {
    visit(value, 0);
  } catch {
    return typeof value === 'object' && value !== null ? '(an object)' : `(${typeof value})`;
  }
  const text = out.join('');
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
