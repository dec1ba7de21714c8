// The bundled scenarios' JSON text (data/scenarios.json); see corridor-json.js for why this is a
// JavaScript module whose JSON import is a string in the package build.
import document from '../../data/scenarios.json' with { type: 'json' };

let text;

export function scenariosJsonText() {
  text ??= typeof document === 'string' ? document : JSON.stringify(document);
  return text;
}
