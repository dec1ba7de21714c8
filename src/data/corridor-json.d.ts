/**
 * The JSON text of the bundled corridor dataset (`data/corridor.geo.json`), unparsed (internal).
 * Parse it with `JSON.parse` for a fresh copy.
 */
export declare function corridorJsonText(): string;
