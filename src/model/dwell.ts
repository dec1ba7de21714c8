import * as z from 'zod';
import { commoditySchema } from './commodity.js';
import { modeSchema } from './mode.js';
import { sourcesSchema } from './source.js';

/**
 * When a node's dwell entry is charged to a route passing through the node:
 *
 * - `gauge-change`: the route arrives and leaves on rail links of different `gaugeMm` (bogie exchange
 *   or transshipment between 1,435 mm and 1,520 mm wagons, e.g. Dostyk, Brest–Małaszewicze);
 * - `mode-change`: the route arrives and leaves by different modes (rail to ship at a port), optionally
 *   only between the two `modes` the entry names;
 * - `passage`: every route through the node, whatever it arrives and leaves by (customs and border
 *   formalities, a locomotive change).
 *
 * Entries are never charged at a route's origin or destination.
 */
export const DWELL_TRIGGERS = ['gauge-change', 'mode-change', 'passage'] as const;

/** See {@link DWELL_TRIGGERS}. */
export type DwellTrigger = (typeof DWELL_TRIGGERS)[number];

/**
 * How a time figure was obtained: `published` by a source as a time; `derived-from-speed` as a
 * published length ÷ a published average speed; `derived-from-schedule` from a published schedule or
 * end-to-end figure (e.g. departure and arrival days, or a published total less its published parts).
 * The figure's note says which source and which arithmetic.
 */
export const TIME_BASES = ['published', 'derived-from-speed', 'derived-from-schedule'] as const;

/** See {@link TIME_BASES}. */
export type TimeBasis = (typeof TIME_BASES)[number];

/** zod schema of {@link TimeBasis}. */
export const timeBasisSchema = z.enum(TIME_BASES);

/** Upper bound of a dwell figure, hours (about 1.1 years): larger values are unit mistakes. */
export const MAX_DWELL_HOURS = 10_000;

const hoursSchema = z.number().nonnegative().max(MAX_DWELL_HOURS, `must be at most ${MAX_DWELL_HOURS.toLocaleString('en-US')} hours (is it in minutes?)`);

/**
 * zod schema of one dwell entry of a node: time (and, where published, cost) that freight of some
 * commodities spends at the node when a route triggers it.
 *
 * - `trigger`: when it is charged (see {@link DWELL_TRIGGERS});
 * - `activity`: what happens, in words ("reloading containers between 1,435 mm and 1,520 mm wagons");
 * - `commodities`: the commodities it applies to (non-empty, no repeats);
 * - `modes`: with `trigger: 'mode-change'` only, the two modes between which it applies, either way
 *   (e.g. `['rail', 'sea']`); absent = any change of mode;
 * - `hours`: the typical time, hours (≥ 0, at most {@link MAX_DWELL_HOURS}); `minHours`/`maxHours`:
 *   the range the sources give (`minHours ≤ hours ≤ maxHours`);
 * - `basis`: how `hours` was obtained (`published` or `derived-from-schedule`; see {@link TIME_BASES});
 * - `year`: the year the figure describes;
 * - `costUsdPerTeu` / `costUsdPerTonne`: a published handling or border cost in US dollars (nominal),
 *   with the `costYear` it applies to (required with either cost);
 * - `note`: where the figure comes from and what exactly it measures (required);
 * - `sources`: the sources of this figure (the node's own `sources` list them too).
 *
 * Unknown keys are rejected.
 */
export const dwellEntrySchema = z
  .strictObject({
    trigger: z.enum(DWELL_TRIGGERS),
    activity: z.string().trim().min(1),
    commodities: z
      .array(commoditySchema)
      .min(1, 'needs at least one commodity')
      .refine((list) => new Set(list).size === list.length, 'lists a commodity twice'),
    modes: z.tuple([modeSchema, modeSchema]).optional(),
    hours: hoursSchema,
    minHours: hoursSchema.optional(),
    maxHours: hoursSchema.optional(),
    basis: z.enum(['published', 'derived-from-schedule']),
    year: z.number().int().min(1800).max(2100).optional(),
    costUsdPerTeu: z.number().nonnegative().max(1_000_000).optional(),
    costUsdPerTonne: z.number().nonnegative().max(1_000_000).optional(),
    costYear: z.number().int().min(1800).max(2100).optional(),
    note: z.string().trim().min(1),
    sources: sourcesSchema.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.modes !== undefined) {
      if (entry.trigger !== 'mode-change') {
        ctx.addIssue({ code: 'custom', path: ['modes'], message: `is only meaningful with trigger "mode-change" (got "${entry.trigger}")` });
      } else if (entry.modes[0] === entry.modes[1]) {
        ctx.addIssue({ code: 'custom', path: ['modes'], message: `names "${entry.modes[0]}" twice; a change of mode is between two different modes` });
      }
    }
    if (entry.minHours !== undefined && entry.minHours > entry.hours) {
      ctx.addIssue({ code: 'custom', path: ['minHours'], message: `is more than hours (${entry.minHours} > ${entry.hours})` });
    }
    if (entry.maxHours !== undefined && entry.maxHours < entry.hours) {
      ctx.addIssue({ code: 'custom', path: ['maxHours'], message: `is less than hours (${entry.maxHours} < ${entry.hours})` });
    }
    const hasCost = entry.costUsdPerTeu !== undefined || entry.costUsdPerTonne !== undefined;
    if (hasCost && entry.costYear === undefined) {
      ctx.addIssue({ code: 'custom', path: ['costYear'], message: 'is required when costUsdPerTeu or costUsdPerTonne is given' });
    }
    if (!hasCost && entry.costYear !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['costYear'], message: 'is given without costUsdPerTeu or costUsdPerTonne' });
    }
  });

/** A dwell entry; see {@link dwellEntrySchema}. */
export type DwellEntry = z.infer<typeof dwellEntrySchema>;
