/**
 * Sources added for the Caucasus railways, Türkiye, the Black Sea and the rail links onward into Europe, keyed by citation key (keys follow `shared/reference/china-europe-facts.md`
 * and `corridor-facts.md` where the source is listed there). A key must not repeat one of another
 * registry file unless the record is identical.
 */
import type { Source } from '../types.js';

export const WEST_SOURCES: Readonly<Record<string, Source>> = {};
