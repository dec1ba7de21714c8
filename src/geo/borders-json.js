// The bundled Natural Earth borders' JSON text (data/borders.json, TopoJSON); see
// src/data/corridor-json.js for why this is a JavaScript module whose JSON import is a string in the
// package build.
import document from '../../data/borders.json' with { type: 'json' };

let text;

export function bordersJsonText() {
  text ??= typeof document === 'string' ? document : JSON.stringify(document);
  return text;
}
