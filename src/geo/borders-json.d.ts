/** The JSON text of the bundled borders (`data/borders.json`, a TopoJSON topology), unparsed (internal). */
export declare function bordersJsonText(): string;
