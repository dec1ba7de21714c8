/**
 * The fast path of dataset validation: a hand-written check of one node or link feature that accepts
 * exactly what the zod schemas (`nodeFeatureSchema`, `linkFeatureSchema`) accept and builds, in the
 * same pass, the same record zod's output gives (same keys in the same order, strings trimmed where
 * the schema trims, `meta` copied, present-but-`undefined` optional keys kept as `undefined`), already
 * frozen. When it rejects a feature, `validateDataset` runs zod on that feature for the detailed issues,
 * so messages and paths are zod's.
 *
 * Why not a JSON Schema compiled by Ajv: the schemas trim strings before checking their length,
 * check ISO codes, URLs and cross-field rules in refinements and copy `meta` in a transform; a JSON
 * Schema validator would need hand-written code for all of that and a second walk to build the
 * records. This mirror is kept honest by `tests/data/fast-validate.test.ts`: a property test that it
 * and zod agree (accept/reject and output) on many generated and corrupted records, and a snapshot of
 * `z.toJSONSchema` of the schemas that fails when they change, so that this file is reviewed with them.
 *
 * Reads follow zod's: every schema key is read with `input[key]` and tested for presence with `key in
 * input` (inherited keys count), unknown keys are found with `for…in`. The one delegated check is a
 * source's `url`, which runs zod's own URL schema (rare, and zod's URL rules are intricate).
 */
import { CAPACITY_LIMITS, CAPACITY_MINIMUMS, CAPACITY_UNIT_TABLE, type CapacityUnit, unitFitsCommodity } from '../model/capacity.js';
import { type Commodity, COMMODITY_TABLE } from '../model/commodity.js';
import { isCountryCode } from '../model/country-code.js';
import { DWELL_TRIGGERS, MAX_DWELL_HOURS, TIME_BASES } from '../model/dwell.js';
import { readJsonValue } from '../model/json-object.js';
import { SEA_AREA } from '../model/km-by-country.js';
import { LENGTH_BASES, LINK_LIMITS, type LinkRecord } from '../model/link.js';
import { LINK_STATUSES } from '../model/link-status.js';
import { LINK_DIRECTIONS } from '../model/direction.js';
import { MODES } from '../model/mode.js';
import { NODE_KINDS } from '../model/node-kind.js';
import type { NodeRecord } from '../model/node.js';
import { sourceSchema } from '../model/source.js';

/** Returned by the checks below for a value the schema rejects. */
const FAIL: unique symbol = Symbol('fail');
type Fail = typeof FAIL;
type Obj = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const NODE_KIND_SET: ReadonlySet<unknown> = new Set(NODE_KINDS);
const MODE_SET: ReadonlySet<unknown> = new Set(MODES);
const DIRECTION_SET: ReadonlySet<unknown> = new Set(LINK_DIRECTIONS);
const STATUS_SET: ReadonlySet<unknown> = new Set(LINK_STATUSES);
const LENGTH_BASIS_SET: ReadonlySet<unknown> = new Set(LENGTH_BASES);
const TIME_BASIS_SET: ReadonlySet<unknown> = new Set(TIME_BASES);
const DWELL_TRIGGER_SET: ReadonlySet<unknown> = new Set(DWELL_TRIGGERS);
const DWELL_BASIS_SET: ReadonlySet<unknown> = new Set(['published', 'derived-from-schedule']);
const COMMODITY_SET: ReadonlySet<unknown> = new Set(Object.keys(COMMODITY_TABLE));
const UNIT_SET: ReadonlySet<unknown> = new Set(Object.keys(CAPACITY_UNIT_TABLE));

const NODE_KEYS = new Set(['type', 'id', 'name', 'kind', 'country', 'sources', 'capacity', 'dwell', 'locode', 'aliases', 'coordinatesNote', 'notes', 'meta']);
const LINK_KEYS = new Set([
  'type', 'id', 'name', 'from', 'to', 'mode', 'commodities', 'direction', 'lengthKm', 'lengthBasis', 'transitCountries', 'capacity', 'status',
  'transitTimeHours', 'transitTimeBasis', 'gaugeMm', 'tariffUsdPerTonne', 'tariffYear', 'operator', 'startYear', 'lengthNote', 'transitTimeNote',
  'tariffNote', 'geometryLengthKm', 'kmByCountry', 'geometryNote', 'sources', 'notes', 'meta',
]);
const SOURCE_KEYS = new Set(['title', 'url', 'publisher', 'date', 'key', 'note']);
const CAPACITY_KEYS = new Set(['value', 'unit', 'commodities', 'year', 'note', 'lowerBound']);
const UNLIMITED_KEYS = new Set(['unlimited', 'note']);
const DWELL_KEYS = new Set(['trigger', 'activity', 'commodities', 'modes', 'hours', 'minHours', 'maxHours', 'basis', 'year', 'costUsdPerTeu', 'costUsdPerTonne', 'costYear', 'note', 'sources']);
const KM_KEYS = new Set(['country', 'km']);

const urlSchema = sourceSchema.shape.url;

/**
 * Shares equal frozen values between the records of one dataset: lists of one or two strings
 * (`commodities`, `transitCountries`) and source lists of one source with only a `title` (the records
 * of large generated networks often cite one source). Records are frozen, so sharing is invisible
 * except through `===`; it saves several objects per record. One per validation, so that nothing
 * outlives it.
 */
export class RecordInterner {
  private readonly lists = new Map<string, readonly string[]>();
  private readonly pairs = new Map<string, Map<string, readonly string[]>>();
  private readonly titleOnly = new Map<string, readonly Obj[]>();

  /** The shared copy of a frozen list of strings (lists longer than two are returned as they are). */
  list<T extends string>(list: readonly T[]): T[] {
    if (list.length === 1) {
      const a = list[0]!;
      const known = this.lists.get(a);
      if (known !== undefined) return known as T[];
      this.lists.set(a, list);
    } else if (list.length === 2) {
      const a = list[0]!;
      const b = list[1]!;
      let inner = this.pairs.get(a);
      if (inner === undefined) this.pairs.set(a, (inner = new Map()));
      const known = inner.get(b);
      if (known !== undefined) return known as T[];
      inner.set(b, list);
    }
    return list as T[];
  }

  /** The shared copy of a frozen source list, when it is one source with only a title. */
  sources(list: readonly Obj[]): Obj[] {
    if (list.length !== 1) return list as Obj[];
    const only = list[0]!;
    const title = only['title'] as string;
    for (const key in only) if (key !== 'title') return list as Obj[];
    const known = this.titleOnly.get(title);
    if (known !== undefined) return known as Obj[];
    this.titleOnly.set(title, list);
    return list as Obj[];
  }
}

/** zod's `util.isObject`: a non-null, non-array object. */
function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when every key `for…in` yields (own and inherited enumerable) is one of `keys` (zod's strictObject). */
function onlyKeys(v: Obj, keys: ReadonlySet<string>): boolean {
  for (const key in v) if (!keys.has(key)) return false;
  return true;
}

/** A finite number (zod's `z.number()`). */
function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** `z.string().trim().min(1)`: the trimmed string, or FAIL. */
function text(v: unknown): string | Fail {
  if (typeof v !== 'string') return FAIL;
  const t = v.trim();
  return t.length >= 1 ? t : FAIL;
}

function isSlug(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 64 && SLUG.test(v);
}

/** `z.number().int().min(1800).max(2100)`. */
function isYear(v: unknown): boolean {
  return isNum(v) && Number.isInteger(v) && v >= 1800 && v <= 2100;
}

/** `z.array(commoditySchema).min(1)`, with `unique` the "lists a commodity twice" refinement. */
function commodities(v: unknown, unique: boolean): Commodity[] | Fail {
  if (!Array.isArray(v) || v.length < 1) return FAIL;
  const out: Commodity[] = [];
  for (let i = 0; i < v.length; i++) {
    const c: unknown = v[i];
    if (!COMMODITY_SET.has(c)) return FAIL;
    out.push(c as Commodity);
  }
  if (unique && out.length > 1 && new Set(out).size !== out.length) return FAIL;
  return Object.freeze(out) as Commodity[];
}

/** `sourceSchema`: a frozen copy in schema key order, or FAIL. */
function source(v: unknown): Obj | Fail {
  if (!isObj(v) || !onlyKeys(v, SOURCE_KEYS)) return FAIL;
  const title = text(v['title']);
  if (title === FAIL) return FAIL;
  const out: Obj = { title };
  const url = v['url'];
  if (url !== undefined) {
    const parsed = urlSchema.safeParse(url);
    if (!parsed.success) return FAIL;
    out['url'] = parsed.data;
  } else if ('url' in v) out['url'] = undefined;
  for (const key of ['publisher', 'date', 'key', 'note'] as const) {
    const x = v[key];
    if (x !== undefined) {
      if (key === 'date') {
        if (typeof x !== 'string' || !PARTIAL_DATE.test(x)) return FAIL;
        out[key] = x;
      } else {
        const t = text(x);
        if (t === FAIL) return FAIL;
        out[key] = t;
      }
    } else if (key in v) out[key] = undefined;
  }
  return Object.freeze(out);
}

/** A frozen list of what `item` makes of each element of `v` (at least `minLength` of them), or FAIL. */
function frozenList<T>(v: unknown, minLength: number, item: (x: unknown) => T | Fail): T[] | Fail {
  if (!Array.isArray(v) || v.length < minLength) return FAIL;
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const x = item(v[i]);
    if (x === FAIL) return FAIL;
    out.push(x as T);
  }
  return Object.freeze(out) as T[];
}

/** `sourcesSchema` (non-empty list of sources). */
function sources(v: unknown): Obj[] | Fail {
  return frozenList(v, 1, source);
}

/** `publishedCapacitySchema` with its refinement (range per unit, commodities measured by the unit). */
function publishedCapacity(v: unknown): Obj | Fail {
  if (!isObj(v) || !onlyKeys(v, CAPACITY_KEYS)) return FAIL;
  const value = v['value'];
  const unit = v['unit'];
  if (!isNum(value) || !(value > 0) || !UNIT_SET.has(unit)) return FAIL;
  const u = unit as CapacityUnit;
  if (value > CAPACITY_LIMITS[u] || value < CAPACITY_MINIMUMS[u]) return FAIL;
  const out: Obj = { value, unit: u };
  const list = v['commodities'];
  if (list !== undefined) {
    const cs = commodities(list, false);
    if (cs === FAIL) return FAIL;
    for (const c of cs) if (!unitFitsCommodity(u, c)) return FAIL;
    out['commodities'] = cs;
  } else if ('commodities' in v) out['commodities'] = undefined;
  const year = v['year'];
  if (year !== undefined) {
    if (!isYear(year)) return FAIL;
    out['year'] = year;
  } else if ('year' in v) out['year'] = undefined;
  const note = v['note'];
  if (note !== undefined) {
    const t = text(note);
    if (t === FAIL) return FAIL;
    out['note'] = t;
  } else if ('note' in v) out['note'] = undefined;
  const lowerBound = v['lowerBound'];
  if (lowerBound !== undefined) {
    if (lowerBound !== true) return FAIL;
    out['lowerBound'] = true;
  } else if ('lowerBound' in v) out['lowerBound'] = undefined;
  return Object.freeze(out);
}

/** `capacitySchema`: a published figure, `{ unlimited: true, note }`, or a list of published figures. */
function capacity(v: unknown): unknown {
  if (Array.isArray(v)) {
    if (v.length < 1) return FAIL;
    const out: Obj[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < v.length; i++) {
      const entry = publishedCapacity(v[i]);
      if (entry === FAIL) return FAIL;
      const cs = entry['commodities'] as readonly string[] | undefined;
      if (cs === undefined) return FAIL;
      for (const c of cs) {
        if (seen.has(c)) return FAIL;
        seen.add(c);
      }
      out.push(entry);
    }
    return Object.freeze(out);
  }
  const published = publishedCapacity(v);
  if (published !== FAIL) return published;
  if (!isObj(v) || !onlyKeys(v, UNLIMITED_KEYS) || v['unlimited'] !== true) return FAIL;
  const note = text(v['note']);
  if (note === FAIL) return FAIL;
  return Object.freeze({ unlimited: true, note });
}

/** `z.number().nonnegative().max(max)`. */
function inRange(v: unknown, max: number): v is number {
  return isNum(v) && v >= 0 && v <= max;
}

/** `dwellEntrySchema` with its refinement. */
function dwellEntry(v: unknown): Obj | Fail {
  if (!isObj(v) || !onlyKeys(v, DWELL_KEYS)) return FAIL;
  const trigger = v['trigger'];
  if (!DWELL_TRIGGER_SET.has(trigger)) return FAIL;
  const activity = text(v['activity']);
  if (activity === FAIL) return FAIL;
  const cs = commodities(v['commodities'], true);
  if (cs === FAIL) return FAIL;
  const out: Obj = { trigger, activity, commodities: cs };
  const modes = v['modes'];
  if (modes !== undefined) {
    if (!Array.isArray(modes) || modes.length !== 2) return FAIL;
    const m0: unknown = modes[0];
    const m1: unknown = modes[1];
    if (!MODE_SET.has(m0) || !MODE_SET.has(m1)) return FAIL;
    if (trigger !== 'mode-change' || m0 === m1) return FAIL;
    out['modes'] = Object.freeze([m0, m1]);
  } else if ('modes' in v) out['modes'] = undefined;
  const hours = v['hours'];
  if (!inRange(hours, MAX_DWELL_HOURS)) return FAIL;
  out['hours'] = hours;
  const minHours = v['minHours'];
  if (minHours !== undefined) {
    if (!inRange(minHours, MAX_DWELL_HOURS) || minHours > hours) return FAIL;
    out['minHours'] = minHours;
  } else if ('minHours' in v) out['minHours'] = undefined;
  const maxHours = v['maxHours'];
  if (maxHours !== undefined) {
    if (!inRange(maxHours, MAX_DWELL_HOURS) || maxHours < hours) return FAIL;
    out['maxHours'] = maxHours;
  } else if ('maxHours' in v) out['maxHours'] = undefined;
  const basis = v['basis'];
  if (!DWELL_BASIS_SET.has(basis)) return FAIL;
  out['basis'] = basis;
  const year = v['year'];
  if (year !== undefined) {
    if (!isYear(year)) return FAIL;
    out['year'] = year;
  } else if ('year' in v) out['year'] = undefined;
  const costUsdPerTeu = v['costUsdPerTeu'];
  if (costUsdPerTeu !== undefined) {
    if (!inRange(costUsdPerTeu, 1_000_000)) return FAIL;
    out['costUsdPerTeu'] = costUsdPerTeu;
  } else if ('costUsdPerTeu' in v) out['costUsdPerTeu'] = undefined;
  const costUsdPerTonne = v['costUsdPerTonne'];
  if (costUsdPerTonne !== undefined) {
    if (!inRange(costUsdPerTonne, 1_000_000)) return FAIL;
    out['costUsdPerTonne'] = costUsdPerTonne;
  } else if ('costUsdPerTonne' in v) out['costUsdPerTonne'] = undefined;
  const costYear = v['costYear'];
  if (costYear !== undefined) {
    if (!isYear(costYear)) return FAIL;
    out['costYear'] = costYear;
  } else if ('costYear' in v) out['costYear'] = undefined;
  const hasCost = costUsdPerTeu !== undefined || costUsdPerTonne !== undefined;
  if (hasCost !== (costYear !== undefined)) return FAIL;
  const note = text(v['note']);
  if (note === FAIL) return FAIL;
  out['note'] = note;
  const src = v['sources'];
  if (src !== undefined) {
    const s = sources(src);
    if (s === FAIL) return FAIL;
    out['sources'] = s;
  } else if ('sources' in v) out['sources'] = undefined;
  return Object.freeze(out);
}

/** `z.array(z.string().trim().min(1))` (a node's aliases). */
function texts(v: unknown): string[] | Fail {
  return frozenList(v, 0, text);
}

/** `jsonObjectSchema`: a deep-frozen copy of a JSON object, or FAIL. */
function jsonObject(v: unknown): Obj | Fail {
  if (!isObj(v)) return FAIL;
  const read = readJsonValue<Obj>(v);
  if (!read.ok) return FAIL;
  return deepFreezeJson(read.value);
}

/** Freezes a fresh copy of JSON data (made by `readJsonValue`, so no cycles), iteratively. */
function deepFreezeJson<T extends object>(value: T): T {
  const pending: object[] = [value];
  while (pending.length > 0) {
    const o = pending.pop()!;
    if (Object.isFrozen(o)) continue;
    Object.freeze(o);
    for (const key of Object.keys(o)) {
      const inner = (o as Obj)[key];
      if (inner !== null && typeof inner === 'object') pending.push(inner);
    }
  }
  return value;
}

/** `positionSchema`: a frozen copy of `[lon, lat]` or `[lon, lat, altitude]` within range, or FAIL. */
function position(v: unknown): number[] | Fail {
  if (!Array.isArray(v)) return FAIL;
  const n = v.length;
  if (n < 2 || n > 3) return FAIL;
  const lon: unknown = v[0];
  const lat: unknown = v[1];
  if (!isNum(lon) || !isNum(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) return FAIL;
  if (n === 2) return Object.freeze([lon, lat]) as number[];
  const alt: unknown = v[2];
  if (!isNum(alt)) return FAIL;
  return Object.freeze([lon, lat, alt]) as number[];
}

/**
 * The frozen node record of a node feature (its properties, as `nodeFeatureSchema` outputs them, plus
 * `lonLat`), or `undefined` when `nodeFeatureSchema` would reject the feature.
 *
 * @param feature - one entry of a dataset's `features`, whose `properties.type` is `"node"`.
 * @param intern - shares equal small frozen values with earlier records (see {@link RecordInterner}).
 * @returns a record equal to, and with the same key order as, the zod path's record; never aliases
 *   `feature` or anything in it.
 */
export function fastNodeRecord(feature: unknown, intern?: RecordInterner): NodeRecord | undefined {
  if (!isObj(feature) || feature['type'] !== 'Feature') return undefined;
  const geometry = feature['geometry'];
  if (!isObj(geometry) || geometry['type'] !== 'Point') return undefined;
  const point = position(geometry['coordinates']);
  if (point === FAIL) return undefined;
  const p = feature['properties'];
  if (!isObj(p) || !onlyKeys(p, NODE_KEYS) || p['type'] !== 'node') return undefined;
  const id = p['id'];
  if (!isSlug(id)) return undefined;
  const name = text(p['name']);
  if (name === FAIL) return undefined;
  const kind = p['kind'];
  if (!NODE_KIND_SET.has(kind)) return undefined;
  const country = p['country'];
  if (!isCountryCode(country)) return undefined;
  const src = sources(p['sources']);
  if (src === FAIL) return undefined;
  const out: Obj = { type: 'node', id, name, kind, country, sources: intern === undefined ? src : intern.sources(src) };
  const cap = p['capacity'];
  if (cap !== undefined) {
    const c = capacity(cap);
    if (c === FAIL) return undefined;
    out['capacity'] = c;
  } else if ('capacity' in p) out['capacity'] = undefined;
  const dwell = p['dwell'];
  if (dwell !== undefined) {
    if (!Array.isArray(dwell) || dwell.length < 1) return undefined;
    const entries: Obj[] = [];
    for (let i = 0; i < dwell.length; i++) {
      const e = dwellEntry(dwell[i]);
      if (e === FAIL) return undefined;
      entries.push(e);
    }
    out['dwell'] = Object.freeze(entries);
  } else if ('dwell' in p) out['dwell'] = undefined;
  const locode = p['locode'];
  if (locode !== undefined) {
    if (typeof locode !== 'string' || !LOCODE.test(locode)) return undefined;
    out['locode'] = locode;
  } else if ('locode' in p) out['locode'] = undefined;
  const aliases = p['aliases'];
  if (aliases !== undefined) {
    const a = texts(aliases);
    if (a === FAIL) return undefined;
    out['aliases'] = a;
  } else if ('aliases' in p) out['aliases'] = undefined;
  for (const key of ['coordinatesNote', 'notes'] as const) {
    const x = p[key];
    if (x !== undefined) {
      const t = text(x);
      if (t === FAIL) return undefined;
      out[key] = t;
    } else if (key in p) out[key] = undefined;
  }
  const meta = p['meta'];
  if (meta !== undefined) {
    const m = jsonObject(meta);
    if (m === FAIL) return undefined;
    out['meta'] = m;
  } else if ('meta' in p) out['meta'] = undefined;
  out['lonLat'] = Object.freeze([point[0]!, point[1]!]);
  return Object.freeze(out) as unknown as NodeRecord;
}

/** `z.number().positive().max(max)`. */
function positiveUpTo(v: unknown, max: number): v is number {
  return isNum(v) && v > 0 && v <= max;
}

/** `kmByCountry`: non-empty list of `{ country, km }` with some km > 0. */
function kmByCountry(v: unknown): Obj[] | Fail {
  if (!Array.isArray(v) || v.length < 1) return FAIL;
  const out: Obj[] = [];
  let someKm = false;
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    if (!isObj(s) || !onlyKeys(s, KM_KEYS)) return FAIL;
    const country = s['country'];
    if (country !== SEA_AREA && !isCountryCode(country)) return FAIL;
    const km = s['km'];
    if (!inRange(km, 50_000)) return FAIL;
    if (km > 0) someKm = true;
    out.push(Object.freeze({ country, km }));
  }
  return someKm ? (Object.freeze(out) as Obj[]) : FAIL;
}

/**
 * The frozen link record of a link feature (its properties, as `linkFeatureSchema` outputs them, plus
 * `geometry`: a `{ type: 'LineString', coordinates }` copy or `null`), or `undefined` when
 * `linkFeatureSchema` would reject the feature.
 *
 * @param feature - one entry of a dataset's `features`, whose `properties.type` is `"link"`.
 * @param intern - shares equal small frozen values with earlier records (see {@link RecordInterner}).
 * @returns a record equal to, and with the same key order as, the zod path's record; never aliases
 *   `feature` or anything in it.
 */
export function fastLinkRecord(feature: unknown, intern?: RecordInterner): LinkRecord | undefined {
  if (!isObj(feature) || feature['type'] !== 'Feature') return undefined;
  const geometry = feature['geometry'];
  let line: { type: 'LineString'; coordinates: readonly number[][] } | null = null;
  if (geometry !== null) {
    if (!isObj(geometry) || geometry['type'] !== 'LineString') return undefined;
    const coordinates = geometry['coordinates'];
    if (!Array.isArray(coordinates) || coordinates.length < 2) return undefined;
    const copy: number[][] = [];
    for (let i = 0; i < coordinates.length; i++) {
      const pos = position(coordinates[i]);
      if (pos === FAIL) return undefined;
      copy.push(pos);
    }
    line = Object.freeze({ type: 'LineString' as const, coordinates: Object.freeze(copy) as number[][] });
  }
  const p = feature['properties'];
  if (!isObj(p) || !onlyKeys(p, LINK_KEYS) || p['type'] !== 'link') return undefined;
  const id = p['id'];
  if (!isSlug(id)) return undefined;
  const name = text(p['name']);
  if (name === FAIL) return undefined;
  const from = p['from'];
  const to = p['to'];
  if (!isSlug(from) || !isSlug(to) || from === to) return undefined;
  const mode = p['mode'];
  if (!MODE_SET.has(mode)) return undefined;
  const cs = commodities(p['commodities'], true);
  if (cs === FAIL) return undefined;
  const sharedCommodities = intern === undefined ? cs : intern.list(cs);
  const direction = p['direction'];
  if (!DIRECTION_SET.has(direction)) return undefined;
  const lengthKm = p['lengthKm'];
  if (!positiveUpTo(lengthKm, LINK_LIMITS.lengthKm)) return undefined;
  const lengthBasis = p['lengthBasis'];
  if (!LENGTH_BASIS_SET.has(lengthBasis)) return undefined;
  const tc = p['transitCountries'];
  if (!Array.isArray(tc) || tc.length < 1) return undefined;
  const transitCountries: string[] = [];
  for (let i = 0; i < tc.length; i++) {
    const code: unknown = tc[i];
    if (!isCountryCode(code) || (i > 0 && transitCountries[i - 1] === code)) return undefined;
    transitCountries.push(code);
  }
  const out: Obj = {
    type: 'link',
    id,
    name,
    from,
    to,
    mode,
    commodities: sharedCommodities,
    direction,
    lengthKm,
    lengthBasis,
    transitCountries: intern === undefined ? Object.freeze(transitCountries) : intern.list(Object.freeze(transitCountries)),
  };
  const cap = p['capacity'];
  if (cap !== undefined) {
    const c = capacity(cap);
    if (c === FAIL) return undefined;
    out['capacity'] = c;
  } else if ('capacity' in p) out['capacity'] = undefined;
  const status = p['status'];
  if (!STATUS_SET.has(status)) return undefined;
  out['status'] = status;
  const transitTimeHours = p['transitTimeHours'];
  if (transitTimeHours !== undefined) {
    if (!positiveUpTo(transitTimeHours, LINK_LIMITS.transitTimeHours)) return undefined;
    out['transitTimeHours'] = transitTimeHours;
  } else if ('transitTimeHours' in p) out['transitTimeHours'] = undefined;
  const transitTimeBasis = p['transitTimeBasis'];
  if (transitTimeBasis !== undefined) {
    if (!TIME_BASIS_SET.has(transitTimeBasis) || transitTimeHours === undefined) return undefined;
    out['transitTimeBasis'] = transitTimeBasis;
  } else if ('transitTimeBasis' in p) out['transitTimeBasis'] = undefined;
  const gaugeMm = p['gaugeMm'];
  if (gaugeMm !== undefined) {
    if (!isNum(gaugeMm) || !Number.isInteger(gaugeMm) || gaugeMm < 381 || gaugeMm > 1676 || mode !== 'rail') return undefined;
    out['gaugeMm'] = gaugeMm;
  } else if ('gaugeMm' in p) out['gaugeMm'] = undefined;
  const tariff = p['tariffUsdPerTonne'];
  if (tariff !== undefined) {
    if (!inRange(tariff, LINK_LIMITS.tariffUsdPerTonne)) return undefined;
    out['tariffUsdPerTonne'] = tariff;
  } else if ('tariffUsdPerTonne' in p) out['tariffUsdPerTonne'] = undefined;
  const tariffYear = p['tariffYear'];
  if (tariffYear !== undefined) {
    if (!isYear(tariffYear)) return undefined;
    out['tariffYear'] = tariffYear;
  } else if ('tariffYear' in p) out['tariffYear'] = undefined;
  if ((tariff === undefined) !== (tariffYear === undefined)) return undefined;
  const operator = p['operator'];
  if (operator !== undefined) {
    const t = text(operator);
    if (t === FAIL) return undefined;
    out['operator'] = t;
  } else if ('operator' in p) out['operator'] = undefined;
  const startYear = p['startYear'];
  if (startYear !== undefined) {
    if (!isYear(startYear)) return undefined;
    out['startYear'] = startYear;
  } else if ('startYear' in p) out['startYear'] = undefined;
  for (const key of ['lengthNote', 'transitTimeNote', 'tariffNote'] as const) {
    const x = p[key];
    if (x !== undefined) {
      const t = text(x);
      if (t === FAIL) return undefined;
      out[key] = t;
    } else if (key in p) out[key] = undefined;
  }
  const geometryLengthKm = p['geometryLengthKm'];
  if (geometryLengthKm !== undefined) {
    if (!isNum(geometryLengthKm) || !(geometryLengthKm > 0)) return undefined;
    out['geometryLengthKm'] = geometryLengthKm;
  } else if ('geometryLengthKm' in p) out['geometryLengthKm'] = undefined;
  const km = p['kmByCountry'];
  if (km !== undefined) {
    const k = kmByCountry(km);
    if (k === FAIL) return undefined;
    out['kmByCountry'] = k;
  } else if ('kmByCountry' in p) out['kmByCountry'] = undefined;
  const geometryNote = p['geometryNote'];
  if (geometryNote !== undefined) {
    const t = text(geometryNote);
    if (t === FAIL) return undefined;
    out['geometryNote'] = t;
  } else if ('geometryNote' in p) out['geometryNote'] = undefined;
  const src = sources(p['sources']);
  if (src === FAIL) return undefined;
  out['sources'] = intern === undefined ? src : intern.sources(src);
  const notes = p['notes'];
  if (notes !== undefined) {
    const t = text(notes);
    if (t === FAIL) return undefined;
    out['notes'] = t;
  } else if ('notes' in p) out['notes'] = undefined;
  const meta = p['meta'];
  if (meta !== undefined) {
    const m = jsonObject(meta);
    if (m === FAIL) return undefined;
    out['meta'] = m;
  } else if ('meta' in p) out['meta'] = undefined;
  out['geometry'] = line;
  return Object.freeze(out) as unknown as LinkRecord;
}
