import { z } from 'zod';
import { capacitySchema } from './capacity.js';
import { commoditySchema } from './commodity.js';
import { countryCodeSchema } from './country-code.js';
import { linkDirectionSchema } from './direction.js';
import { linkStatusSchema } from './link-status.js';
import { modeSchema } from './mode.js';
import { type LineStringGeometry, lineStringSchema } from './position.js';
import { slugSchema } from './slug.js';
import { kmInAreaSchema } from './km-by-country.js';
import { sourcesSchema } from './source.js';
import { jsonObjectSchema } from './json-object.js';
import { timeBasisSchema } from './dwell.js';

/** How a link's `lengthKm` was obtained: `published` by a source, or `computed` (method in `lengthNote`). */
export const LENGTH_BASES = ['published', 'computed'] as const;

/** See {@link LENGTH_BASES}. */
export type LengthBasis = (typeof LENGTH_BASES)[number];

const positiveFinite = z.number().positive();

/**
 * Upper bounds that catch unit mistakes (metres for kilometres, minutes for hours) and keep sums of
 * many legs finite: 50,000 km (more than the Earth's circumference), 100,000 hours (over 11 years),
 * 1,000,000 USD per tonne.
 */
export const LINK_LIMITS = { lengthKm: 50_000, transitTimeHours: 100_000, tariffUsdPerTonne: 1_000_000 } as const;

/**
 * zod schema of a link's GeoJSON properties.
 *
 * Required: `type: "link"`, `id` (slug), `name`, `from` and `to` (node ids), `mode`, `commodities`
 * (non-empty, no repeats), `direction` (`forward` or `both`), `lengthKm` (> 0 and at most 50,000,
 * kilometres; see {@link LINK_LIMITS}),
 * `lengthBasis` (`published` or `computed`), `transitCountries` (ordered ISO codes of every country the
 * link crosses, its ends' countries included), `status`, `sources` (non-empty).
 *
 * Optional: `capacity` (`{ value, unit }` in the source's unit; absent = unknown), `transitTimeHours`
 * (> 0, hours of moving time end to end, without dwell at the nodes) with `transitTimeBasis` (how it was
 * obtained: `published`, `derived-from-speed` or `derived-from-schedule`; needs `transitTimeHours`),
 * `gaugeMm` (rail links only: track gauge in millimetres, 381–1,676, e.g. 1,435 standard or 1,520
 * Russian; a route changing gauge at a node is charged the node's `gauge-change` dwell), `tariffUsdPerTonne` (≥ 0, US dollars per tonne, nominal) with the required
 * `tariffYear` it applies to, `operator`, `startYear`, `lengthNote` (which published figure was chosen
 * or how a computed length was computed), `transitTimeNote` and `tariffNote` (the same for those
 * figures), `geometryLengthKm` (geodesic length of the geometry in km, when there is one),
 * `kmByCountry` (kilometres of the geometry in each country, in order along the link, `sea` for
 * stretches outside every country's land borders), `geometryNote` (where the geometry comes from, why
 * there is none, or why its length differs from `lengthKm`), `notes`, and `meta` (free-form user data,
 * carried, never read; JSON data at most `JSON_OBJECT_MAX_DEPTH` (64) levels deep, see `jsonObjectSchema`).
 * Unknown keys are rejected.
 */
export const linkPropertiesSchema = z
  .strictObject({
    type: z.literal('link'),
    id: slugSchema,
    name: z.string().trim().min(1),
    from: slugSchema,
    to: slugSchema,
    mode: modeSchema,
    commodities: z
      .array(commoditySchema)
      .min(1, 'needs at least one commodity')
      .refine((list) => new Set(list).size === list.length, 'lists a commodity twice'),
    direction: linkDirectionSchema,
    lengthKm: positiveFinite.max(LINK_LIMITS.lengthKm, `must be at most ${LINK_LIMITS.lengthKm.toLocaleString('en-US')} km (is it in metres?)`),
    lengthBasis: z.enum(LENGTH_BASES),
    transitCountries: z.array(countryCodeSchema).min(1, 'needs at least one country'),
    capacity: capacitySchema.optional(),
    status: linkStatusSchema,
    transitTimeHours: positiveFinite.max(LINK_LIMITS.transitTimeHours, `must be at most ${LINK_LIMITS.transitTimeHours.toLocaleString('en-US')} hours`).optional(),
    transitTimeBasis: timeBasisSchema.optional(),
    gaugeMm: z.number().int().min(381).max(1676).optional(),
    tariffUsdPerTonne: z.number().nonnegative().max(LINK_LIMITS.tariffUsdPerTonne, `must be at most ${LINK_LIMITS.tariffUsdPerTonne.toLocaleString('en-US')} USD per tonne`).optional(),
    tariffYear: z.number().int().min(1800).max(2100).optional(),
    operator: z.string().trim().min(1).optional(),
    startYear: z.number().int().min(1800).max(2100).optional(),
    lengthNote: z.string().trim().min(1).optional(),
    transitTimeNote: z.string().trim().min(1).optional(),
    tariffNote: z.string().trim().min(1).optional(),
    geometryLengthKm: positiveFinite.optional(),
    kmByCountry: z
      .array(kmInAreaSchema)
      .min(1)
      .refine((list) => list.some((s) => s.km > 0), 'has no kilometres (every stretch is 0 km)')
      .optional(),
    geometryNote: z.string().trim().min(1).optional(),
    sources: sourcesSchema,
    notes: z.string().trim().min(1).optional(),
    meta: jsonObjectSchema.optional(),
  })
  .superRefine((link, ctx) => {
    if (link.tariffUsdPerTonne !== undefined && link.tariffYear === undefined) {
      ctx.addIssue({ code: 'custom', path: ['tariffYear'], message: 'is required when tariffUsdPerTonne is given' });
    }
    if (link.tariffYear !== undefined && link.tariffUsdPerTonne === undefined) {
      ctx.addIssue({ code: 'custom', path: ['tariffUsdPerTonne'], message: 'is missing although tariffYear is given' });
    }
    if (link.transitTimeBasis !== undefined && link.transitTimeHours === undefined) {
      ctx.addIssue({ code: 'custom', path: ['transitTimeBasis'], message: 'is given without transitTimeHours' });
    }
    if (link.gaugeMm !== undefined && link.mode !== 'rail') {
      ctx.addIssue({ code: 'custom', path: ['gaugeMm'], message: `is only meaningful on rail links (this link's mode is "${link.mode}")` });
    }
    if (link.from === link.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `equals "from" ("${link.from}"): a link joins two different nodes` });
    }
    link.transitCountries.forEach((code, i) => {
      if (i > 0 && link.transitCountries[i - 1] === code) {
        ctx.addIssue({
          code: 'custom',
          path: ['transitCountries', i],
          message: `repeats "${code}" right after itself; list each country once per crossing`,
        });
      }
    });
  });

/** A link's properties as validated by {@link linkPropertiesSchema}. */
export type LinkProperties = z.infer<typeof linkPropertiesSchema>;

/**
 * zod schema of a link feature: a GeoJSON Feature with a LineString geometry, or `geometry: null` when
 * the route is not known (it is then drawn as a straight line between its nodes).
 */
export const linkFeatureSchema = z.looseObject({
  type: z.literal('Feature'),
  geometry: lineStringSchema.nullable(),
  properties: linkPropertiesSchema,
});

/**
 * A validated link: its properties plus its `geometry` (a GeoJSON LineString in `[lon, lat]` degrees,
 * or `null` when the route is unknown and drawn straight between its nodes).
 */
export type LinkRecord = LinkProperties & { readonly geometry: LineStringGeometry | null };
