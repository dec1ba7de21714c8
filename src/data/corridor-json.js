// The bundled corridor dataset's JSON text (data/corridor.geo.json). A JavaScript module with a
// hand-written declaration (corridor-json.d.ts) so that TypeScript never infers a type for the 0.8 MB
// document: that inference made type checks and the declaration build slow. In the package build,
// tsup.config.ts (plugin `json-as-text`) makes the JSON import yield the file's text, a string literal
// that costs next to nothing at import time and is parsed only when a function below is called; under
// vitest and tsx the import yields the parsed object.
import document from '../../data/corridor.geo.json' with { type: 'json' };

let text;

export function corridorJsonText() {
  text ??= typeof document === 'string' ? document : JSON.stringify(document);
  return text;
}
