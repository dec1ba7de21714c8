// The bundled dataset is imported as JSON (tsup's loader and the test config map `.geojson` to JSON).
declare module '*.geojson' {
  const dataset: unknown;
  export default dataset;
}
