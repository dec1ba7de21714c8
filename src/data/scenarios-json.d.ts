/** The JSON text of the bundled scenarios (`data/scenarios.json`), unparsed (internal). */
export declare function scenariosJsonText(): string;
