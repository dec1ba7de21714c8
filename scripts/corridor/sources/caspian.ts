/**
 * Sources added for the Caspian ports and sea links, oil and gas, and the southern alternatives, keyed by citation key (keys follow `shared/reference/china-europe-facts.md`
 * and `corridor-facts.md` where the source is listed there). A key must not repeat one of another
 * registry file unless the record is identical.
 */
import type { Source } from '../types.js';

export const CASPIAN_SOURCES: Readonly<Record<string, Source>> = {};
