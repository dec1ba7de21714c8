/**
 * Link geometries, as authored: where each link's line comes from. `scripts/build-data.ts` builds the
 * lines at build time from the public files in `shared/data/` (never bundled themselves):
 *
 * - pipelines listed in {@link PIPELINE_GEOMETRY}: a Global Energy Monitor route (GOIT-GGIT pipeline
 *   routes, CC BY 4.0; TANAP and TAP assembled from OpenStreetMap pieces, ODbL), cut or assembled
 *   between the link's end nodes (see `gem-routes.ts`), with straight connectors where the GEM line
 *   stops short of a node;
 * - every sea link: the searoute/MARNET path its sea-route distance walks (see `sea-route.ts`);
 * - every other link: no geometry (`null`, drawn as a straight line between its nodes) and a note
 *   saying why ({@link NO_GEOMETRY}, or the default notes of the build script).
 *
 * Exceptions to the checks the build runs on every geometry (length ratio geometry ÷ lengthKm within
 * 0.75–1.33; declared transit countries entered, no undeclared country entered for more than 5 km) are
 * authored here with their reason and written into `geometryNote` behind a fixed marker phrase, so that
 * tests can list them. Differences within the tolerances are written into `geometryNote` as well; when
 * the line enters an undeclared country at all, the reason must be authored here (`countryNote`).
 */

/** Marker phrase in `geometryNote` that introduces a documented length-ratio exception. */
export const LENGTH_RATIO_MARKER = 'Length ratio outside 0.75–1.33:';

/** Marker phrase in `geometryNote` that introduces a documented country-split exception. */
export const COUNTRY_SPLIT_MARKER = 'Country split exception:';

/** Allowed range of geometryLengthKm ÷ lengthKm (the ratio Global Energy Monitor's own checks use). */
export const LENGTH_RATIO_RANGE = [0.75, 1.33] as const;

/** A declared country not entered by the line still counts when an end of the line is this close to it (km). */
export const END_COUNTRY_TOLERANCE_KM = 5;

/** An undeclared country entered for more than this (km, in total) fails the country check. */
export const UNDECLARED_COUNTRY_MAX_KM = 5;

/** Documented exceptions to the geometry checks (written into `geometryNote` behind the markers). */
export interface GeometryExceptions {
  /** Why geometryLengthKm ÷ lengthKm lies outside {@link LENGTH_RATIO_RANGE}. */
  readonly lengthRatio?: string;
  /** Why the countries the line crosses differ from the declared `transitCountries`. */
  readonly countrySplit?: string;
}

/** Authored remarks on a geometry: documented exceptions and a note on small country differences. */
export interface GeometryRemarks {
  readonly exceptions?: GeometryExceptions;
  /**
   * Why the line crosses an undeclared country for a few km (at most {@link UNDECLARED_COUNTRY_MAX_KM}
   * in total: an artefact, e.g. a sea lane clipping a headland or a node on a border). Required whenever
   * the line enters an undeclared country at all, so that every difference is explained.
   */
  readonly countryNote?: string;
}

/** Which tracker a GEM project belongs to (for the attribution). */
export type GemTracker = 'oil' | 'gas';

/** A pipeline geometry taken from a GEM route file. */
export interface GemGeometry extends GeometryRemarks {
  /** GEM project id, the file name in `gem-pipeline-routes/`. */
  readonly projectId: string;
  readonly tracker: GemTracker;
  /** What the file is (GEM's name or the inferred identification). */
  readonly title: string;
  /**
   * `cut`: the file's lines joined end to start and cut between the points nearest to the link's nodes;
   * `pieces`: OpenStreetMap pieces assembled into one line by a shortest path between the nodes.
   */
  readonly method: 'cut' | 'pieces';
  /** The pieces are OpenStreetMap data (ODbL). */
  readonly openStreetMap?: boolean;
  /** Extra remarks for `geometryNote` (accuracy, identification). */
  readonly remark?: string;
}

const MALEAS =
  'The few km in GR are where the MARNET lane cuts across Cape Maleas, the south-eastern tip of the Peloponnese, on the generalised Natural Earth coastline: ships round the cape at sea, so Greece is not a transit country.';

/** Pipeline links with a GEM geometry, by link id. */
export const PIPELINE_GEOMETRY: Readonly<Record<string, GemGeometry>> = {
  btc: { projectId: 'P0644', tracker: 'oil', title: 'Baku-Tbilisi-Ceyhan Pipeline', method: 'cut', remark: 'GEM rates the route accuracy "high" (202 vertices).' },
  'baku-supsa': { projectId: 'P0643', tracker: 'oil', title: 'Baku-Supsa Oil Pipeline', method: 'cut' },
  'baku-novorossiysk': {
    projectId: 'P0645', tracker: 'oil', title: 'Baku–Novorossiysk (Northern Route) oil pipeline', method: 'cut',
    remark: 'GEM’s line starts about 30 km north of Sangachal, near Baku, so the first part is a straight connector, not the real route.',
  },
  cpc: {
    projectId: 'P0646', tracker: 'oil', title: 'Caspian Pipeline Consortium (CPC) pipeline', method: 'cut',
    remark: 'Coarse: GEM’s line has only 12 vertices (straight segments of up to about 210 km), so the route is generalised and its length and country split are approximate; its straight segments cut across bays of the northern Caspian coast, hence the stretches at sea. The split by country is not published.',
  },
  'atyrau-samara': {
    projectId: 'P0649', tracker: 'oil', title: 'Uzen-Atyrau-Samara (UAS) Pipeline', method: 'cut',
    remark: 'GEM’s file is the whole Uzen–Atyrau–Samara line; the geometry is its part between the points nearest Atyrau and Samara. GEM’s northern end lies about 35 km south-east of the Samara node (a city point), so the last part is a straight connector.',
  },
  'makhachkala-novorossiysk': {
    projectId: 'P0645', tracker: 'oil', title: 'Baku–Novorossiysk (Northern Route) oil pipeline', method: 'cut',
    remark: 'Identification inferred: Transneft’s Makhachkala – Novorossiysk (Sheskharis) route is taken to run on the Russian section of the Baku–Novorossiysk line, which GEM’s route passes about 12 km from the Makhachkala node (a port point), hence the connector; the geometry is GEM’s line between the points nearest Makhachkala and Novorossiysk.',
  },
  scp: { projectId: 'P0759', tracker: 'gas', title: 'South Caucasus Pipeline, segments "Baku-Aghstafa" and "Aghstafa-Vale" joined', method: 'cut' },
  tanap: {
    projectId: 'P0763', tracker: 'gas', title: 'Trans-Anatolian Natural Gas Pipeline (TANAP)', method: 'pieces', openStreetMap: true,
    remark: 'The line crosses the Dardanelles under water (the OpenStreetMap piece "TANAP Boğaz Geçişi Boru Hattı"), hence a stretch at sea inside Türkiye.',
    countryNote:
      'The first few km fall in GE by the Natural Earth border: the line starts at the Türkgözü node, an approximate point on the Georgian–Turkish border (see the node), which the generalised 1:50m border places about 3 km inside Georgia. TANAP starts at the border, so Georgia is not listed.',
  },
  tap: { projectId: 'P0724', tracker: 'gas', title: 'Trans Adriatic Pipeline (TAP)', method: 'pieces', openStreetMap: true },
  'trans-caspian-gas': {
    projectId: 'P0764', tracker: 'gas', title: 'Trans-Caspian Gas Pipeline (proposed; identification inferred: the only gas line in the files from Sangachal to Turkmenistan)', method: 'cut',
    remark: 'A planned route, drawn by GEM; the geometry is its part between the points nearest the Belek node and Sangachal (GEM’s line lands near Turkmenbashi and continues inland to the East–West line near Balkanabat, not to Belek).',
  },
};

/** Remarks on sea links (whose geometry is always the searoute/MARNET path), by link id. */
export const SEA_GEOMETRY: Readonly<Record<string, GeometryRemarks>> = {
  'dardanelles-trieste': { countryNote: MALEAS },
  'ceyhan-trieste': { countryNote: MALEAS },
};

/** Why a link has no geometry, where the build script's default note is not enough, by link id. */
export const NO_GEOMETRY: Readonly<Record<string, string>> = {
  'kazakhstan-china-oil':
    'Only two sections have a public route geometry: Kenkiyak–Atyrau (GEM P5198, a 435 km line) and Atasu–Alashankou (GEM P0648, a 976 km line); the middle section Kenkiyak–Kumkol–Atasu, whose ends are 1,061 km apart in a straight line, has none in the snapshot. A line made of the two sections and a straight gap would misplace the middle section, over 40 % of the route, so none is used and the link is drawn as a straight line between its nodes.',
  'scp-erzurum':
    'No public route geometry is available for BOTAŞ’s line from Türkgözü to Erzurum: GEM’s TANAP file (P0763) runs nearby but is another pipeline, and BTC (P0644) is an oil line. The link is drawn as a straight line between its nodes.',
  'tengiz-aktau':
    'No public route geometry is available: the sources do not say which KazTransOil lines carry Tengiz crude to Aktau (GEM’s Uzen–Atyrau–Samara file, P0649, does not pass Tengiz or Aktau). The link is drawn as a straight line between its nodes.',
  'samara-novorossiysk':
    'No public route geometry is available for Transneft’s lines from Samara to Novorossiysk (no GEM route file in the snapshot covers them). The link is drawn as a straight line between its nodes.',
  'east-west-gas':
    'Not drawn, although a public route exists: GEM’s East–West file (P0745, identification inferred from its end points) runs from Belek to the Shatlyk compressor station at 61.4°E, outside the corridor frame (10–60°E) to which the dataset tests bound every geometry. A cut of it between the Belek and Galkynysh nodes is ready to be enabled (PIPELINE_GEOMETRY, method cut) once that frame is widened. The link is drawn as a straight line between its nodes.',
  'druzhba-samara-schwedt':
    'No public route geometry is available for the Transneft and Druzhba lines from Samara to Schwedt (no GEM route file in the snapshot covers them). The link is drawn as a straight line between its nodes.',
};
