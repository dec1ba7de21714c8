import * as z from 'zod';

/** A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * zod schema of a source a figure is traceable to: `{ title, url?, publisher?, date?, key?, note? }`.
 * `key` is the citation key used in the project's research notes (e.g. `BP-BTC`); `note` says which
 * figure the source supports or how it disagrees with others. `url` must be an `http`, `https` or
 * `ftp` address (so `javascript:` or `file:` links cannot reach a rendered report).
 */
export const sourceSchema = z.strictObject({
  title: z.string().trim().min(1),
  url: z.url({ protocol: /^(https?|ftp)$/, error: 'must be an http(s) or ftp address' }).optional(),
  publisher: z.string().trim().min(1).optional(),
  date: partialDate.optional(),
  key: z.string().trim().min(1).optional(),
  note: z.string().trim().min(1).optional(),
});

/** A source record; see {@link sourceSchema}. */
export type Source = z.infer<typeof sourceSchema>;

/** zod schema of a non-empty list of sources (every record in a dataset needs at least one). */
export const sourcesSchema = z.array(sourceSchema).min(1, 'needs at least one source');
