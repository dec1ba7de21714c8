/**
 * Links of the corridor dataset, as authored: the Azerbaijani and Georgian railways, Türkiye, the Black Sea ports and ferries and the rail links onward into Europe, and the Zangezur links.
 * Conventions as in `../links.ts`.
 *
 * Moving times (`transitTime`) of this region come from four kinds of figure:
 * - the delivery-time caps of the BTK memorandum of 1 October 2025 (ADY, Georgian Railway, TCDD
 *   Taşımacılık): Alat–Böyük Kəsik and Gardabani–Akhalkalaki at most 24 h each, Kars–Istanbul at most
 *   70 h, Kars–Mersin at most 60 h, customs and border procedures excluded; Azerbaijani links without a
 *   figure of their own are given the average speed of the Alat–Böyük Kəsik cap (433 km in 24 h), and
 *   the Turkish links Kars → Gebze share the 70 h in proportion to their lengths;
 * - Georgian Railway’s own transit time through Georgia, 24 h including border clearance (director
 *   general L. Abashidze, 2025), shared by the main-line links Gardabani → Poti in proportion to length;
 * - published crossing or sailing times of the Black Sea ferries and feeders;
 * - in the EU and on the Balkan lines, the European Court of Auditors’ average speed of freight trains
 *   on international routes, about 18 km/h (2016).
 */
import type { LinkInput } from '../types.js';
import { OPEN_SEA } from './common.js';

/** Average speed of the BTK memorandum's Alat–Böyük Kəsik cap: 433 km in 24 h (see alat-boyuk-kesik). */
const ADY_KM_PER_HOUR = 433 / 24;
/** Georgian Railway's transit time through Georgia, 24 h, over the 360 km from the Azerbaijani border to Poti. */
const GR_KM_PER_HOUR = 360 / 24;

/** Hours at a speed, rounded to 0.1 h. */
function hoursAt(km: number, kmPerHour: number): number {
  return Math.round((km / kmPerHour) * 10) / 10;
}

const ECA_SPEED = {
  kmPerHour: 18,
  source: 'ECA-SR-2016-08',
  what: 'average speed of freight trains on international routes in the EU, European Court of Auditors special report 08/2016; the Serbian section is outside the EU and is given the same speed',
} as const;

const ECA_SOURCES = [
  { key: 'ECA-SR-2016-08', note: 'freight trains on international routes in the EU average about 18 km/h' },
  { key: 'EURACTIV-ECA-2016', note: '"on average, freight trains travel at 18 kilometres per [hour] on cross-border routes within the EU"' },
] as const;

/** Sources cited by every link whose time comes from the BTK memorandum of October 2025. */
const BTK_MOU = { key: 'TREND-BTK-MOU-2025', note: 'delivery time caps, customs and border procedures excluded: Alat–Böyük Kəsik and Gardabani–Akhalkalaki ≤ 24 h, Yalama–Böyük Kəsik ≤ 48 h, Kars–Mersin ≤ 60 h, Kars–Istanbul ≤ 70 h; Alat → Mersin in 4.5 days' } as const;
const GR_TRANSIT = { key: 'VESTIKAVKAZA-GR-TRANSIT-2025', note: 'transit through Georgia takes 24 hours including customs clearance at the border; to be cut to 12 hours from 2026 (Georgian Railway director general L. Abashidze)' } as const;
const GR_MTT = { key: 'MTT-GR-2010', note: 'transit distances from the Azerbaijani border (Gardabani/Böyük Kəsik): Poti 360 km, Batumi 396 km; Poti–Batumi 172 km' } as const;

/** Kars–Sivas by TCDD's Ankara–Kars passenger route (1,310 km) less Ankara–Sivas (602 km), split at Erzurum in proportion to the great-circle distances. */
const KARS_ERZURUM_KM = 228;
const ERZURUM_SIVAS_KM = 480;
const SIVAS_ANKARA_KM = 602;
const ANKARA_GEBZE_KM = 532.5;

/**
 * TCDD's Kars–Istanbul delivery cap (BTK memorandum, 70 h), taken as Kars → Gebze (the Asian side,
 * where trains for Europe wait for the Marmaray window), shared by length.
 */
export const KARS_GEBZE_KM = KARS_ERZURUM_KM + ERZURUM_SIVAS_KM + SIVAS_ANKARA_KM + ANKARA_GEBZE_KM;
const TCDD_KM_PER_HOUR = KARS_GEBZE_KM / 70;

/** The note of a Turkish link whose time is its share of the Kars–Istanbul cap. */
function tcddShare(km: number): string {
  return `Derived, not published: the BTK memorandum (1 October 2025) caps Kars–Istanbul delivery at 70 h, customs excluded; taken as Kars → Gebze (${KARS_GEBZE_KM} km: ${KARS_ERZURUM_KM} + ${ERZURUM_SIVAS_KM} + ${SIVAS_ANKARA_KM} + ${ANKARA_GEBZE_KM} km), ${TCDD_KM_PER_HOUR.toFixed(1)} km/h on average, so ${km} km take ${hoursAt(km, TCDD_KM_PER_HOUR)} h. If "Istanbul" means Halkalı, the Marmaray crossing falls inside the 70 h and these shares are about 2 % too long. A cap, so an upper bound of the scheduled time.`;
}

export const WEST_LINKS: readonly LinkInput[] = [
  // ------------------------------------------------------------------ Black Sea
  {
    id: 'poti-bosporus', name: 'Poti – Bosporus shipping route', from: 'poti', to: 'bosporus',
    mode: 'sea', commodities: ['containers', 'general-cargo', 'oil-products'], direction: 'both',
    length: { basis: 'computed', method: 'sea-route' },
    transitCountries: ['GE', 'TR'], status: 'operational',
    capacity: OPEN_SEA,
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(1068, 1094 / 60),
      note: 'Derived, not published: the 1,068 km sea-route distance at the average speed of the E60 ferry’s first Constanța → Poti sailing (1,094 km, the poti-constanta sea-route distance, in about 60 h: Tuesday departure, Thursday evening arrival, 2023), 18.2 km/h. No sailing time of a Poti–Istanbul container service was found.',
    },
    sources: [
      { key: 'WB-2023', note: '"the Black Sea route is currently preferred by operators"' },
      { key: 'SEANEWS-POTI-2025', note: '545,297 TEU at Poti in 2024' },
      { key: 'VESTIKAVKAZA-E60', note: 'E60 ferry: left Constanța on a Tuesday, due in Poti on Thursday evening (the sailing speed used for this lane)' },
      'C-GE-PORTS', 'GEO-SEAROUTE',
    ],
  },
  {
    id: 'poti-constanta', name: 'Poti – Constanța ferry (E60 Shipping Line)', from: 'poti', to: 'constanta',
    mode: 'sea', commodities: ['general-cargo', 'containers'], direction: 'both',
    length: { basis: 'computed', method: 'sea-route' },
    transitCountries: ['GE', 'RO'], status: 'operational',
    operator: 'E60 Shipping Line (Maritime Line E60)', startYear: 2023,
    transitTime: {
      basis: 'derived-from-schedule', hours: 60,
      note: 'Derived from the published schedule of the first sailing (2023): the ferry left Constanța on a Tuesday and was due in Poti on Thursday evening, about 2.5 days (60 h; departure hour not given, so ± about half a day). The TITR feeder Batumi–Constanța was planned at 5 days one way (2019), Grampet promised 2 days (2019).',
    },
    sources: [
      { key: 'VESTIKAVKAZA-E60', note: 'ferry service connects Georgia and Romania; weekly, to double; Tuesday departure from Constanța, Thursday evening arrival in Poti' },
      { key: 'WB-2023', note: 'for Middle Corridor cargo "the Black Sea route is currently preferred by operators"' },
      'COMMERSANT-E60', 'GEO-SEAROUTE',
    ],
    notes: 'Truck ferry, weekly, to be doubled (2023); containers travel on trucks and trailers. The Black Sea crossing is the route operators prefer for Middle Corridor cargo (World Bank).',
  },
  {
    id: 'batumi-constanta', name: 'Batumi – Constanța container feeder (TITR Black Sea feeder line)', from: 'batumi', to: 'constanta',
    mode: 'sea', commodities: ['containers'], direction: 'both',
    length: { basis: 'computed', method: 'sea-route' },
    transitCountries: ['GE', 'RO'], status: 'operational',
    operator: 'ASCO / ADY Container, GR Logistics & Terminals, Grampet (TITR consortium)', startYear: 2019,
    transitTime: {
      basis: 'published', hours: 120,
      note: '"The duration of the voyage between the ports of Batumi and Constanta will take 5 days in one direction" (TITR Association, August 2019, planning figure for the feeder line). Grampet (October 2019) aimed at 2 days between the Georgian ports and Constanța; no timetable of the line as operated was found.',
    },
    sources: [
      { key: 'MIDDLECORRIDOR-FEEDER-2019', note: 'regular feeder Batumi/Poti – Constanța; 5 days one way; ASCO vessel' },
      { key: 'TREND-ASCO-FEEDER-2019', note: 'test voyage by 20 September 2019; sailing every ten days' },
      { key: 'RAILWAYGE-FEEDER', note: 'feeder of 210 TEU between Poti/Batumi and Constanța, three voyages a month; first ship 146 TEU from Poti' },
      { key: 'PORTSEUROPE-GRAMPET-2019', note: 'consortium Grampet, GR Logistics & Terminals, ASCO Logistic; aim of 2 days Georgian ports – Constanța' },
      { key: 'TREND-XIAN-TERMINAL', note: 'TITR schedule Altynkol → Poti/Batumi 12 days, → Constanța 20–22 days (May 2024)' },
      'GEO-SEAROUTE',
    ],
    notes: 'The TITR container feeder between the Georgian ports and Constanța (also calling at Poti). Evidence of operation runs from 2019 to the TITR schedule of 2024; no 2025–2026 timetable was found.',
  },
  {
    id: 'batumi-burgas', name: 'Batumi – Burgas ferry', from: 'batumi', to: 'burgas',
    mode: 'sea', commodities: ['general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'sea-route' },
    transitCountries: ['GE', 'BG'], status: 'operational',
    operator: 'PBM (Port Bulgaria West)',
    transitTime: {
      basis: 'derived-from-speed',
      speed: { kmPerHour: 20, source: 'ONMYTODD-FERRY', what: 'speed of the Black Sea rail-road ferry Varna–Batumi on a passenger’s GPS ("at 20kph"), June 2016 — a travel blog, the only speed found' },
      note: 'A travel blog gives "60 hours (2.5 days) ... including boarding time" for Batumi–Burgas (2023; address not recorded); a traveller sailing Batumi → Burgas in October 2025 spent "two days at sea".',
    },
    sources: [
      { key: 'TRIPERSI-FERRY', note: 'PBM ferry Burgas–Batumi' },
      { key: 'ONMYTODD-FERRY', note: 'ferry speed about 20 km/h (GPS), Varna–Batumi, June 2016' },
      { key: 'KAIBIKE-2025', note: 'Batumi → Burgas sailing in October 2025 (left at 08:30, two days at sea)' },
      'GEO-SEAROUTE',
    ],
    notes: 'Weekly Ro-Pax ferry carrying trucks (PBM); still sailing in October 2025.',
  },
  {
    id: 'poti-varna', name: 'Poti – Varna ferry', from: 'poti', to: 'varna',
    mode: 'sea', commodities: ['general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'sea-route' },
    transitTime: {
      basis: 'published', hours: 55,
      note: 'The ferry "runs once a week, takes about 55 hours" (travel blog, Varna → Poti; year not shown, after 2014). Another traveller sailed Varna (Beloslav) → Batumi from Saturday 08:00 to Monday about 18:00, 58 h, after about 22 h waiting on board (June 2016).',
    },
    transitCountries: ['GE', 'BG'], status: 'operational',
    operator: 'Navibulgar',
    sources: [
      { key: 'HOMESGOFAST-2009', note: 'Navibulgar ferry Varna–Poti' },
      { key: 'PEDALPROMISE-FERRY', note: 'weekly, about 55 hours' },
      { key: 'ONMYTODD-FERRY', note: 'Varna (Beloslav) → Batumi 58 h sailing after a 22 h wait (June 2016)' },
      'TRIPERSI-FERRY', 'GEO-SEAROUTE',
    ],
    notes: 'Rail-road ferry (rail wagons and trucks) from the Beloslav terminal at Varna. The latest evidence of sailings found is from travel blogs of 2016 and later; no 2025–2026 timetable was found, so the status is not confirmed for 2026.',
  },
  {
    id: 'chornomorsk-batumi', name: 'Chornomorsk – Batumi rail-road ferry (Ukrferry)', from: 'chornomorsk', to: 'batumi',
    mode: 'sea', commodities: ['general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'sea-route' },
    transitCountries: ['UA', 'GE'], status: 'operational',
    operator: 'Ukrferry', startYear: 2024,
    transitTime: {
      basis: 'published', hours: 60,
      note: 'The crossing takes "about 60 hours" (Ukrferry timetable via LIGA.net, June 2024); the first sailing was scheduled to leave Chornomorsk on 9 July and reach Batumi on 12 July 2024 (Reuters).',
    },
    sources: [
      { key: 'KP-UA-2025', note: 'about 60 hours; ferry Kaunas, 49 rail wagons and 50 TIR trucks' },
      { key: 'EUROMAIDAN-2024', note: 'service halted in February 2022 resumes; first sailing 9 → 12 July 2024' },
      { key: 'PRAVDA-UA-2025', note: 'sailings Chornomorsk → Batumi on 18 and 26 March 2025' },
      'CENSOR-UKRFERRY', 'GEO-SEAROUTE',
    ],
    notes: 'Halted after February 2022; resumed 2024, with sailings reported in March 2025 despite the war. Carries rail wagons and trucks; no container service is stated.',
  },

  // ------------------------------------------------------------------ Azerbaijan
  {
    id: 'baku-alat', name: 'Baku – Alat railway', from: 'baku', to: 'alat',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'published', km: 70, note: 'The port is "70 km to the south" of Baku (Port of Baku’s director general); about 65 km (transukr.dp.ua). Neither is stated as a rail distance.' },
    transitCountries: ['AZ'], status: 'operational',
    gaugeMm: 1520,
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(70, ADY_KM_PER_HOUR),
      note: `Derived, not published: 70 km at the average speed of the BTK memorandum’s Alat–Böyük Kəsik cap (433 km in 24 h, ${ADY_KM_PER_HOUR.toFixed(1)} km/h; October 2025). No time for Baku–Alat itself was found.`,
    },
    operator: 'Azerbaijan Railways (ADY)',
    sources: [{ key: 'INTERMODAL-BAKU', note: '"70 km to the south"' }, { key: 'TRANSUKR-ALAT', note: 'about 65 km' }, BTK_MOU],
    notes: 'The Baku city section of the main line; freight to and from the Port of Baku at Alat continues west on alat-boyuk-kesik without coming back to Baku.',
  },
  {
    id: 'alat-boyuk-kesik', name: 'Alat – Böyük Kəsik railway (Baku–Böyük Kəsik main line west of the Alat junction)', from: 'alat', to: 'gardabani',
    mode: 'rail', commodities: ['containers', 'general-cargo', 'crude-oil', 'oil-products'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 433, note: 'the 503 km Azerbaijani section of the Baku–Tbilisi–Kars route from Baku to the Georgian border (RaillyNews) less the 70 km from Baku to the port at Alat (Port of Baku’s director general; not stated as a rail distance) = 433 km from the Alat junction, where the Port of Baku lies on the main line, to Böyük Kəsik. Alternatives: the main line is called "600-kilometer" (Azernews, ADY) or "500-km" (Region Plus) from Baku; its Ujar–Hajigabul segment is 122 km (ADY, 2025). No published Alat–Böyük Kəsik length was found.' },
    transitCountries: ['AZ', 'GE'], status: 'operational',
    gaugeMm: 1520,
    transitTime: {
      basis: 'published', hours: 24,
      note: 'Delivery time on the Alat–Böyük Kəsik section capped at 24 hours, customs and border procedures excluded (memorandum of ADY, Georgian Railway and TCDD Taşımacılık, 1 October 2025). A cap, so an upper bound of the scheduled time; it may include stops at intermediate stations.',
    },
    operator: 'Azerbaijan Railways (ADY)', startYear: 1883,
    sources: [
      BTK_MOU,
      { key: 'AZUS-BTK-MOU-2025', note: 'the same caps "(excluding customs and border clearance)"' },
      { key: 'RAILLY-BTK', note: '503 km in Azerbaijan' },
      { key: 'INTERMODAL-BAKU', note: 'the port is "70 km to the south" of Baku' },
      { key: 'AZERNEWS-BTK-2018', note: '"600-kilometer" Baku–Böyük Kəsik railway, overhauled 2015–2018' },
      { key: 'AZERNEWS-ADY-2025-11', note: 'Ujar–Hajigabul segment (122 km) of the Baku–Böyük Kəsik mainline switched to AC traction (2025)' },
    ],
    notes: 'The Middle Corridor’s main line west from the Port of Baku at Alat through Hajigabul, Ujar, Yevlakh and Ganja to the Georgian border; AC electrification of the Ujar–Hajigabul segment completed in 2025. Capacity of the Azerbaijani section is not published (the BTK 5 Mt/yr figure concerns the Georgian section).',
  },
  {
    id: 'baku-boyuk-kesik', name: 'Baku – Böyük Kəsik railway (Azerbaijani section of Baku–Tbilisi–Kars, via Alat)', from: 'baku', to: 'gardabani',
    mode: 'rail', commodities: ['containers', 'general-cargo', 'crude-oil', 'oil-products'], direction: 'both',
    length: { basis: 'published', km: 503, note: '503 km, the Azerbaijani section of the Baku–Tbilisi–Kars route (RaillyNews: 503 + 259 + 76 km). Azernews (2018) calls it the "600-kilometer" Baku–Böyük Kəsik railway, a round figure; President Aliyev’s "405 km ... in Azerbaijan" (Report.az) is as printed. 503 km is kept as the precise figure.' },
    transitCountries: ['AZ', 'GE'], status: 'operational',
    gaugeMm: 1520,
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(503, ADY_KM_PER_HOUR),
      note: `Derived, not published: 503 km at the average speed of the BTK memorandum’s Alat–Böyük Kəsik cap (433 km in 24 h, ${ADY_KM_PER_HOUR.toFixed(1)} km/h; October 2025). The same memorandum caps Yalama–Böyük Kəsik (the Russian border to the Georgian border, through Baku) at 48 h.`,
    },
    operator: 'Azerbaijan Railways (ADY)', startYear: 1883,
    sources: [
      { key: 'RAILLY-BTK', note: '503 km in Azerbaijan' },
      { key: 'AZERNEWS-BTK-2018', note: '"600-kilometer" Baku–Böyük Kəsik railway, overhauled 2015–2018' },
      { key: 'REPORT-BTK', note: '"405 km" in Azerbaijan (as printed)' },
      { key: 'JRTR-GR', note: 'Tbilisi–Baku line opened 1883; built to carry Caspian oil to Batumi' },
      { key: 'INFORM-2022', note: 'Kazakh oil through Aktau and Kuryk to the Baku port, "and further to Batumi via railway"' },
      BTK_MOU,
    ],
    notes: 'The same line as baku-alat followed by alat-boyuk-kesik (70 + 433 km), kept as one link for traffic starting in Baku. Carries oil in tank cars to the Georgian Black Sea ports as well as containers and general cargo. Overhauled 2015–2018; the Baku–Tbilisi line opened in 1883. Part of the Baku–Tbilisi–Kars route (see btk-gardabani-akhalkalaki and btk-akhalkalaki-kars).',
  },

  // ------------------------------------------------------------------ Georgia
  {
    id: 'gardabani-tbilisi', name: 'Gardabani – Tbilisi railway', from: 'gardabani', to: 'tbilisi',
    mode: 'rail', commodities: ['containers', 'general-cargo', 'crude-oil', 'oil-products'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 50, note: 'the transit distance from the Azerbaijani border at Gardabani to Poti, 360 km (International Railway Transit Tariff, 2010; the same 360 km in Ukrzaliznytsia’s 2016 Poti–Gardabani tariff), less the 310 km from Tbilisi to Poti (JRTR) = 50 km. The route diagram of the Georgian Railway (Wikipedia) puts Tbilisi 243 km from Samtredia, which with the tariff’s 292 km from the border to Samtredia gives 49 km.' },
    transitCountries: ['GE'], status: 'operational',
    gaugeMm: 1520,
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(50, GR_KM_PER_HOUR),
      note: `Derived, not published: Georgian Railway’s transit time through Georgia, 24 h including border clearance (2025), over the 360 km from the Azerbaijani border to Poti, ${GR_KM_PER_HOUR} km/h, for 50 km. The border clearance at Böyük Kəsik/Gardabani is thus included in the Georgian links’ times rather than charged as dwell.`,
    },
    operator: 'Georgian Railway', startYear: 1883,
    sources: [
      GR_MTT,
      { key: 'JRTR-GR', note: 'Tbilisi–Baku line opened 1883; Poti–Tbilisi 310 km (first trains, 1872)' },
      { key: 'WIKI-GR-ROUTEMAP', note: 'main-line distances from Moscow: Samtredia 2,260, Tbilisi 2,503' },
      GR_TRANSIT,
      { key: 'INFORM-2022', note: 'Kazakh oil by rail from Baku to Batumi' },
      'GEO-UNLOCODE',
    ],
  },
  {
    id: 'tbilisi-samtredia', name: 'Tbilisi – Samtredia railway (Georgian Railway main line over the Rikoti pass)', from: 'tbilisi', to: 'samtredia',
    mode: 'rail', commodities: ['containers', 'general-cargo', 'crude-oil', 'oil-products'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 242, note: 'the 310 km from Tbilisi to Poti (JRTR, the line’s length at its opening in 1872) less the 68 km Samtredia–Poti (see samtredia-poti) = 242 km. The Georgian Railway route diagram (Wikipedia) gives 2,503 − 2,260 = 243 km between Tbilisi and Samtredia, and the International Railway Transit Tariff’s 292 km from the Azerbaijani border to Samtredia less 50 km Gardabani–Tbilisi gives 242 km. The 2011–2025 modernisation rebuilt the mountain section (new tunnels Kvishkheti–Zvare) without a published change of length.' },
    transitCountries: ['GE'], status: 'operational',
    gaugeMm: 1520,
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(242, GR_KM_PER_HOUR),
      note: `Derived, not published: Georgian Railway’s transit time through Georgia, 24 h including border clearance (2025), over the 360 km from the Azerbaijani border to Poti, ${GR_KM_PER_HOUR} km/h, for 242 km. Georgian Railway expects to halve the transit time to 12 h from 2026 after the modernisation completed in December 2025; not yet reported as achieved.`,
    },
    operator: 'Georgian Railway', startYear: 1872,
    sources: [
      { key: 'JRTR-GR', note: 'Poti–Tbilisi 310 km (1872)' },
      GR_MTT,
      { key: 'WIKI-GR-ROUTEMAP', note: 'Samtredia km 2,260 and Tbilisi km 2,503 from Moscow' },
      GR_TRANSIT,
      { key: 'CIVIL-GR-2025', note: 'Tbilisi–Makhinjauri modernisation completed 24 December 2025' },
      { key: 'TRACECA-GR', note: 'network capacity about 27 Mt/yr; 60 Mt/yr after modernisation stage 1' },
      { key: 'AGENDA-GR-2015', note: '"about 65 million tonnes" after modernisation' },
    ],
    notes: 'Double-track trunk shared by traffic to Poti and Batumi. Georgian Railway network capacity about 27 Mt/yr, 60 Mt/yr after the first stage of modernisation (TRACECA) or "about 65 million tonnes" (Agenda.ge, 2015); not a capacity of this line alone, so none is set.',
  },
  {
    id: 'samtredia-poti', name: 'Samtredia – Senaki – Poti railway', from: 'samtredia', to: 'poti',
    mode: 'rail', commodities: ['containers', 'general-cargo', 'oil-products'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 68, note: 'from the International Railway Transit Tariff’s distances (2010), with the Batumi and Poti lines parting at Samtredia: (Gardabani–Poti 360 + Poti–Batumi 172 − Gardabani–Batumi 396) ÷ 2 = 68 km. The Georgian Railway route diagram (Wikipedia) agrees: Samtredia–Senaki 2,260 − 2,232 = 28 km plus Senaki–Poti 40 km = 68 km.' },
    transitCountries: ['GE'], status: 'operational',
    gaugeMm: 1520,
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(68, GR_KM_PER_HOUR),
      note: `Derived, not published: Georgian Railway’s transit time through Georgia, 24 h including border clearance (2025), over the 360 km from the Azerbaijani border to Poti, ${GR_KM_PER_HOUR} km/h, for 68 km.`,
    },
    operator: 'Georgian Railway', startYear: 1872,
    sources: [GR_MTT, { key: 'WIKI-GR-ROUTEMAP', note: 'Senaki km 2,232, Samtredia km 2,260; Senaki–Poti 40 km' }, GR_TRANSIT, { key: 'JRTR-GR', note: 'first train Poti–Tbilisi 10 October 1872' }],
  },
  {
    id: 'samtredia-batumi', name: 'Samtredia – Batumi railway', from: 'samtredia', to: 'batumi',
    mode: 'rail', commodities: ['crude-oil', 'oil-products', 'general-cargo', 'containers'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 104, note: 'from the International Railway Transit Tariff’s distances (2010): (Gardabani–Batumi 396 + Poti–Batumi 172 − Gardabani–Poti 360) ÷ 2 = 104 km. The Georgian Railway route diagram (Wikipedia) gives 104 km from Samtredia to Makhinjauri (Batumi’s station, 2 km from Batumi-Passenger). This replaces the "400 kilometres" Tbilisi–Batumi of a travel blog: Tbilisi–Batumi is 242 + 104 = 346 km, beside the 340 km of the Tbilisi–Batumi direction that Georgian Railway rehabilitated.' },
    transitCountries: ['GE'], status: 'operational',
    gaugeMm: 1520,
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(104, GR_KM_PER_HOUR),
      note: `Derived, not published: Georgian Railway’s transit time through Georgia, 24 h including border clearance (2025), over the 360 km from the Azerbaijani border to Poti, ${GR_KM_PER_HOUR} km/h, for 104 km (so 26.4 h from the border to Batumi).`,
    },
    operator: 'Georgian Railway', startYear: 1883,
    sources: [
      GR_MTT,
      { key: 'WIKI-GR-ROUTEMAP', note: 'Samtredia–Makhinjauri 104 km' },
      { key: 'VESTIKAVKAZA-GR-REHAB', note: '340 km rehabilitated in the Tbilisi–Batumi direction' },
      GR_TRANSIT,
      { key: 'BOT-INFO', note: 'oil arrives at Batumi Oil Terminal in rail tank cars' },
      { key: 'INFORM-2022', note: 'rail tank cars for Tengizchevroil oil to Batumi' },
      { key: 'LJ-TBILISI-BATUMI', note: '"400 kilometres" Tbilisi–Batumi (travel blog; superseded)' },
    ],
    notes: 'Oil reaches the Batumi Oil Terminal in rail tank cars.',
  },
  {
    id: 'btk-gardabani-akhalkalaki', name: 'Baku–Tbilisi–Kars railway, Georgian section: Gardabani – Marabda – Akhalkalaki', from: 'gardabani', to: 'akhalkalaki',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 230, note: 'the 259 km Georgian section of the Baku–Tbilisi–Kars route (RaillyNews) less the 29 km new-built Georgian part between Akhalkalaki and the Turkish border (Trans.INFO) = 230 km, from the Azerbaijani border at Gardabani via Marabda to Akhalkalaki. The BTK route leaves the Tbilisi line at Marabda and does not pass through Tbilisi. MKR gives 26.142 km of new 1,435 mm track Akhalkalaki–Kartsakhi (instead of 29 km); Transport Journal gives 263 km for the whole Georgian section.' },
    transitCountries: ['GE'], status: 'operational',
    gaugeMm: 1520,
    capacity: { value: 5, unit: 'Mt/yr', year: 2024, note: 'BTK capacity raised from 1 Mt/yr to 5 Mt/yr from 20 May 2024 after the upgrade of 184 km in Georgia (Trend, May 2024; confirmed by ADY’s chairman, November 2025). 2018–2023: 1–1.5 Mt/yr. Design figures of the line: 6.5 Mt/yr at first and 17 Mt/yr later (Xəbər Saatı); 15 Mt (Trend, 2012).' },
    transitTime: {
      basis: 'published', hours: 24,
      note: 'Delivery time on the Gardabani–Akhalkalaki section capped at 24 hours, customs and border procedures excluded (memorandum of ADY, Georgian Railway and TCDD Taşımacılık, 1 October 2025). A cap, so an upper bound of the scheduled time.',
    },
    operator: 'Georgian Railway (Marabda–Kartsakhi Railroad)', startYear: 2017,
    sources: [
      BTK_MOU,
      { key: 'TREND-BTK-2024-05', note: 'BTK 1 → 5 Mt/yr from 20 May 2024 after the 184 km Georgian upgrade' },
      { key: 'TREND-ADY-2025-11', note: 'BTK capacity raised from 1 to 5 million tons a year (November 2025)' },
      { key: 'RAILLY-BTK', note: '259 km in Georgia' },
      { key: 'TRANSINFO-BTK', note: 'new line Kars–Akhalkalaki 105 km: 76 km in Türkiye, 29 km in Georgia' },
      { key: 'TRANSPORTJOURNAL-BTK', note: '846 km = 504 AZ + 263 GE + 79 TR' },
      { key: 'MKR-BTK', note: 'Marabda–Kartsakhi; Akhalkalaki–Kartsakhi new track 26.142 km' },
      { key: 'XEBER-BTK', note: 'initial 6.5 Mt/yr and 1 million passengers; later 17 Mt/yr' },
      { key: 'REPORT-BTK', note: '5 Mt first stage, 17 Mt next stage' },
      { key: 'TREND-BTK-2012', note: '15 Mt' },
    ],
    notes: 'Baku–Tbilisi–Kars opened 30 October 2017. Broad gauge (1,520 mm) as far as Akhalkalaki, where freight is transshipped to standard-gauge wagons.',
  },
  {
    id: 'btk-akhalkalaki-kars', name: 'Baku–Tbilisi–Kars railway, new line Akhalkalaki – Kars', from: 'akhalkalaki', to: 'kars',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'published', km: 105, note: '105 km of new line Kars–Akhalkalaki, 76 km in Türkiye and 29 km in Georgia (Trans.INFO; Rzeczpospolita). The whole Baku–Tbilisi–Kars railway is 826 km (Rzeczpospolita; The AsiaN); 846 km = 504 + 263 + 79 (Transport Journal); "about 850 kilometers" (President Aliyev via Report.az); RaillyNews: 503 + 259 + 76 km, "a total of 841 km" (the parts sum to 838 km).' },
    transitCountries: ['GE', 'TR'], status: 'operational',
    gaugeMm: 1435,
    capacity: { value: 5, unit: 'Mt/yr', year: 2024, note: 'BTK capacity 5 Mt/yr from 20 May 2024 (Trend; ADY, November 2025). Akhalkalaki station was designed for 5 Mt/yr at first, 15 Mt/yr later (The Messenger, 2009); the line’s design figure was 6.5 Mt/yr at first, 17 Mt/yr later (Xəbər Saatı).' },
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(105, TCDD_KM_PER_HOUR),
      note: `Derived, not published: 105 km at the average speed of TCDD’s Kars–Istanbul delivery cap in the BTK memorandum (70 h for ${KARS_GEBZE_KM} km to Gebze, ${TCDD_KM_PER_HOUR.toFixed(1)} km/h; October 2025). The memorandum’s own sum, Alat → Mersin in 4.5 days = 24 + 24 + 60 h, leaves no time for this section or for the transshipment at Akhalkalaki.`,
    },
    operator: 'TCDD (Turkish section); Georgian Railway (Georgian section)', startYear: 2017,
    sources: [
      { key: 'TRANSINFO-BTK', note: 'new line Kars–Akhalkalaki 105 km = 76 km in Türkiye + 29 km in Georgia' },
      { key: 'RP-BTK', note: 'Baku–Tbilisi–Kars 826 km; new section 105 km' },
      { key: 'THEASIAN-BTK', note: 'Baku–Tbilisi–Kars 826 km' },
      { key: 'REPORT-BTK', note: '"about 850 kilometers"' },
      { key: 'RAILLY-BTK', note: '503 + 259 + 76 km, "a total of 841 km"' },
      { key: 'TRANSPORTJOURNAL-BTK', note: '846 km = 504 + 263 + 79 km' },
      { key: 'TREND-BTK-2024-05', note: 'BTK 5 Mt/yr from 20 May 2024' },
      { key: 'XEBER-BTK', note: 'capacity 6.5 Mt/yr initially' },
      { key: 'MESSENGER-2009', note: 'gauge change at Akhalkalaki; 5 → 15 Mt/yr' },
      BTK_MOU,
    ],
    notes: 'Standard gauge (1,435 mm) from Kars to Akhalkalaki, where the break of gauge lies. BTK opened 30 October 2017.',
  },

  // ------------------------------------------------------------------ Türkiye
  {
    id: 'kars-erzurum', name: 'Kars – Sarıkamış – Erzurum railway (TCDD Ankara–Kars line)', from: 'kars', to: 'erzurum',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: KARS_ERZURUM_KM, note: 'TCDD’s Ankara–Kars route is 1,310 km (Eastern Express, DHA 2021) and the Ankara–Sivas line 602 km (Emlak Kulisi), so Sivas–Kars is 708 km; the sections Kars–Erzurum and Erzurum–Sivas are not published, so the 708 km are split in proportion to their great-circle distances (172.8 and 364.2 km, assuming equal circuity): 708 × 172.8 ÷ 537.0 = 228 km. Alternatives: the minister gave 1,360 km for the route (2025) and the Turkish Wikipedia a line length of 1,365.204 km, which would make Sivas–Kars 758–763 km (+7 %).' },
    transitCountries: ['TR'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-schedule', hours: hoursAt(KARS_ERZURUM_KM, TCDD_KM_PER_HOUR), note: tcddShare(KARS_ERZURUM_KM) },
    operator: 'TCDD / TCDD Taşımacılık', startYear: 1939,
    sources: [
      BTK_MOU,
      { key: 'DHA-DOGU-2021', note: 'Ankara–Kars 1,310 km (Eastern Express)' },
      { key: 'HURRIYET-DOGU-2025', note: '1,360 km route (Touristic Eastern Express, December 2025)' },
      { key: 'TRWIKI-ANKARA-KARS', note: 'line length 1,365.204 km' },
      { key: 'T24-CHANGAN-2019', note: 'the 2019 China–Europe train ran Akhalkalaki, Kars, Erzurum, Erzincan, Sivas, Kayseri, Kırıkkale, Ankara' },
    ],
    notes: 'Single track, not electrified east of Divriği. Converted to standard gauge 1957–1961.',
  },
  {
    id: 'erzurum-sivas', name: 'Erzurum – Erzincan – Divriği – Sivas railway (TCDD Ankara–Kars line)', from: 'erzurum', to: 'sivas',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: ERZURUM_SIVAS_KM, note: 'Sivas–Kars 708 km (TCDD Ankara–Kars 1,310 km less Ankara–Sivas 602 km) split in proportion to the great-circle distances Kars–Erzurum 172.8 km and Erzurum–Sivas 364.2 km: 708 × 364.2 ÷ 537.0 = 480 km. See kars-erzurum for the alternatives (up to 763 km for Sivas–Kars).' },
    transitCountries: ['TR'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-schedule', hours: hoursAt(ERZURUM_SIVAS_KM, TCDD_KM_PER_HOUR), note: tcddShare(ERZURUM_SIVAS_KM) },
    operator: 'TCDD / TCDD Taşımacılık', startYear: 1939,
    sources: [
      BTK_MOU,
      { key: 'DHA-DOGU-2021', note: 'Ankara–Kars 1,310 km' },
      { key: 'TRWIKI-ANKARA-KARS', note: 'line length 1,365.204 km; electrified Çetinkaya–Divriği' },
      { key: 'T24-CHANGAN-2019', note: 'route of the 2019 China–Europe train via Erzincan and Sivas' },
    ],
  },
  {
    id: 'sivas-ankara', name: 'Sivas – Kayseri – Kırıkkale – Ankara railway (TCDD Ankara–Kars line)', from: 'sivas', to: 'ankara',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'published', km: SIVAS_ANKARA_KM, note: 'The Ankara–Sivas railway is "602 kilometre" long by the conventional line via Kayseri (Emlak Kulisi, on the high-speed line that shortens it to 461 km via Yozgat). The Ankara–Sivas high-speed line (opened April 2023, about 405–467 km) is not modelled for freight: no freight use of it was found.' },
    transitCountries: ['TR'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-schedule', hours: hoursAt(SIVAS_ANKARA_KM, TCDD_KM_PER_HOUR), note: tcddShare(SIVAS_ANKARA_KM) },
    operator: 'TCDD / TCDD Taşımacılık', startYear: 1930,
    sources: [
      { key: 'EMLAKKULISI-ANKARA-SIVAS', note: 'Ankara–Sivas railway 602 km (461 km via Yozgat)' },
      BTK_MOU,
      { key: 'T24-CHANGAN-2019', note: 'route via Sivas, Kayseri, Kırıkkale, Ankara' },
    ],
  },
  {
    id: 'ankara-gebze', name: 'Ankara – Eskişehir – İzmit – Gebze railway (Istanbul–Ankara line)', from: 'ankara', to: 'gebze',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: ANKARA_GEBZE_KM, note: 'the 576.6 km Istanbul (Haydarpaşa)–Ankara railway less the 44.1 km Haydarpaşa–Gebze (both Wikipedia) = 532.5 km.' },
    transitCountries: ['TR'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-schedule', hours: hoursAt(ANKARA_GEBZE_KM, TCDD_KM_PER_HOUR), note: tcddShare(ANKARA_GEBZE_KM) },
    operator: 'TCDD / TCDD Taşımacılık', startYear: 1892,
    sources: [
      { key: 'WIKI-ISTANBUL-ANKARA', note: 'Haydarpaşa–Ankara 576.6 km, electrified, heavy freight' },
      { key: 'WIKI-HAYDARPASA-SUBURBAN', note: 'Haydarpaşa–Gebze 44.1 km' },
      BTK_MOU,
      { key: 'T24-CHANGAN-2019', note: 'route via Ankara, Eskişehir, Kocaeli, Istanbul' },
    ],
  },
  {
    id: 'gebze-halkali', name: 'Gebze – Halkalı (Marmaray, under the Bosporus)', from: 'gebze', to: 'halkali',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'published', km: 76, note: 'The "76-km-long stretch" Halkalı–Gebze (Rail Turkey, 2019); "76 kilometre" Gebze–Halkalı (Turkish transport ministry, 2022–2023). RailwayPro gives 76.6 km including the 13.6 km Marmaray tube section (address not recorded).' },
    transitCountries: ['TR'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'published', hours: 1.5, note: '"The travel time from Halkali to Gebze will be about one and a half hour" for freight trains (Rail Turkey, April 2019); suburban trains take 108 minutes with 43 stops (2023). The night-window wait is charged as dwell at gebze.' },
    operator: 'TCDD', startYear: 2019,
    sources: [
      { key: 'RAILTURKEY-MARMARAY-2019-04', note: '76-km-long stretch; window 00:00–05:00; 4 trains per direction; about 1.5 h Halkalı–Gebze' },
      { key: 'RAILTURKEY-MARMARAY-2019-10', note: 'opened to freight in October 2019' },
      { key: 'DAILYSABAH-MARMARAY-2023', note: 'Halkalı–Gebze 108 minutes; carries freight' },
      { key: 'RAILTURKEY-MARMARAY-2018-10', note: 'the former Tekirdağ–Derince train ferry: 1–2 days waiting and 12 hours of travel' },
      { key: 'T24-CHANGAN-2019', note: 'the 2019 China train crossed in two halves at 04:24 and 05:00' },
    ],
    notes: 'Freight may use the tunnel only from 00:00 to 05:00 (see the dwell at gebze); dangerous goods excepted. The 2019 China–Europe train crossed in two 21-wagon halves.',
  },
  {
    id: 'halkali-kapikule', name: 'Halkalı – Çerkezköy – Edirne – Kapıkule railway (existing line)', from: 'halkali', to: 'kapikule',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The length of the existing line is not published; the new Halkalı–Kapıkule line under construction is 229 km (153 km Kapıkule–Çerkezköy, 67 km Çerkezköy–Ispartakule, 8.4 km Ispartakule–Halkalı).' },
    transitCountries: ['TR'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'published', hours: 8.5, note: 'Freight trains take 8.5 hours between Halkalı and Kapıkule on the existing line, to fall to 3.5 hours on the new line (Transport Minister A. Uraloğlu, December 2025 – January 2026). An earlier statement gave 6.5 h → 3 h 6 min (Lider Gazete, at the first rail weld of the new line).' },
    operator: 'TCDD / TCDD Taşımacılık',
    sources: [
      { key: 'TRTHABER-HK-2026', note: 'freight 8.5 h → 3.5 h; new line 229 km; first stage Çerkezköy–Kapıkule to open mid-2026' },
      { key: 'LIDERGAZETE-HK', note: 'freight 6.5 h → 3 h 6 min' },
      { key: 'RAILTURKEY-MARMARAY-2018-10', note: '2–3 trains a day from Halkalı towards Europe (2018)' },
    ],
    notes: 'The new double-track Halkalı–Kapıkule line (229 km, 200 km/h, mixed traffic) is under construction; its first stage Çerkezköy–Kapıkule (153 km) was to open in mid-2026. Not modelled as a separate link.',
  },
  {
    id: 'sivas-mersin', name: 'Sivas – Kayseri – Ulukışla – Yenice – Mersin railway', from: 'sivas', to: 'mersin',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The rail length is not published; the path (from the Ankara–Kars line at Kayseri south through the Taurus to Adana/Yenice and Mersin) is the one the Kars–Mersin delivery cap of the BTK memorandum implies and the 2017 KTZ train Kokshetau–Mersin took.' },
    transitCountries: ['TR'], status: 'operational',
    gaugeMm: 1435,
    transitTime: {
      basis: 'derived-from-schedule',
      hours: Math.round((60 - hoursAt(KARS_ERZURUM_KM, TCDD_KM_PER_HOUR) - hoursAt(ERZURUM_SIVAS_KM, TCDD_KM_PER_HOUR)) * 10) / 10,
      note: `Derived, not published: the BTK memorandum (1 October 2025) caps Kars–Mersin delivery at 60 h, customs excluded; less the Kars → Sivas share of the Kars–Istanbul cap (${hoursAt(KARS_ERZURUM_KM, TCDD_KM_PER_HOUR)} + ${hoursAt(ERZURUM_SIVAS_KM, TCDD_KM_PER_HOUR)} h, see kars-erzurum and erzurum-sivas). A cap, so an upper bound of the scheduled time.`,
    },
    operator: 'TCDD / TCDD Taşımacılık',
    sources: [
      BTK_MOU,
      { key: 'SIGLERLOH-KOKSHETAU-MERSIN', note: 'KTZ container train Kokshetau → Mersin, 5,400 km in 10 days (2017)' },
    ],
  },

  // ------------------------------------------------------------------ Onward into Europe
  {
    id: 'kapikule-sofia', name: 'Kapıkule – Svilengrad – Plovdiv – Sofia railway', from: 'kapikule', to: 'sofia',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'No published length was found.' },
    transitCountries: ['TR', 'BG'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-speed', speed: ECA_SPEED },
    sources: [...ECA_SOURCES, { key: 'RAILJOURNAL-XIAN-PRAGUE-2019', note: 'the 2019 Xi’an–Prague train ran via Bulgaria, Serbia, Hungary and Slovakia' }, { key: 'USCHINASHIPPING-2019', note: 'route into Europe through Bulgaria, Serbia, Hungary and Slovakia' }],
  },
  {
    id: 'burgas-sofia', name: 'Burgas – Plovdiv – Sofia railway', from: 'burgas', to: 'sofia',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'No published length was found.' },
    transitCountries: ['BG'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-speed', speed: ECA_SPEED },
    sources: [...ECA_SOURCES],
    notes: 'Rail route of the 2024 Xi’an–Budapest Middle Corridor train after its Poti–Burgas sailing (via Belgrade, about 25 days in all; News.az, address not recorded).',
  },
  {
    id: 'sofia-budapest', name: 'Sofia – Niš – Belgrade – Subotica – Budapest railway', from: 'sofia', to: 'budapest',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'No published length was found.' },
    transitCountries: ['BG', 'RS', 'HU'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-speed', speed: ECA_SPEED },
    sources: [...ECA_SOURCES, { key: 'RAILJOURNAL-XIAN-PRAGUE-2019', note: 'route of the 2019 Xi’an–Prague train through Serbia and Hungary' }],
    notes: 'Serbia is outside the EU: two extra customs borders (Dimitrovgrad, Subotica/Kelebia) whose dwell is not published.',
  },
  {
    id: 'constanta-budapest', name: 'Constanța – Bucharest – Arad – Curtici – Budapest railway', from: 'constanta', to: 'budapest',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'No published length was found.' },
    transitCountries: ['RO', 'HU'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-speed', speed: ECA_SPEED },
    sources: [...ECA_SOURCES, { key: 'RAILWAYGE-FEEDER', note: 'containers reloaded at Constanța for Germany and Hungary' }, { key: 'SHIPPINGHERALD-CONSTANTA-2024', note: 'DP World’s rail links from Constanța to western Romania and Europe' }],
  },
  {
    id: 'budapest-duisburg', name: 'Budapest – Vienna – Passau – Duisburg railway', from: 'budapest', to: 'duisburg',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'No published length was found.' },
    transitCountries: ['HU', 'AT', 'DE'], status: 'operational',
    gaugeMm: 1435,
    transitTime: { basis: 'derived-from-speed', speed: ECA_SPEED },
    sources: [...ECA_SOURCES, { key: 'RAILWAYGE-FEEDER', note: 'Middle Corridor containers from Constanța onward to Germany and Hungary; Rail Cargo and Metrans take part' }],
  },

  // ------------------------------------------------------------------ Zangezur
  {
    id: 'alat-horadiz', name: 'Alat – Horadiz railway (Alat–Julfa line, Azerbaijani part east of Horadiz)', from: 'alat', to: 'horadiz',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Horadiz lies on the Ələt–Culfa line opened in 1941 (445 km, azerbaijans.com), whose section west of Horadiz through Armenia’s Meghri is what the Horadiz–Aghband line and the TRIPP route rebuild. The Alat–Horadiz section length is not published.' },
    transitCountries: ['AZ'], status: 'operational',
    gaugeMm: 1520,
    transitTime: {
      basis: 'derived-from-schedule', hours: hoursAt(211, ADY_KM_PER_HOUR),
      note: `Derived, not published: the link’s estimated 211 km at the average speed of the BTK memorandum’s Alat–Böyük Kəsik cap (433 km in 24 h, ${ADY_KM_PER_HOUR.toFixed(1)} km/h; October 2025). No time for this line was found.`,
    },
    operator: 'Azerbaijan Railways (ADY)', startYear: 1941,
    sources: [
      { key: 'AZERBAIJANS-RAIL-DE', note: 'Ələt–Culfa railway opened 1941 (length 445)' },
      { key: 'NEWSAZ-HORADIZ-2022', note: '"direct railway connection between the main part of Azerbaijan and the Nakhchivan Autonomous Republic"' },
      { key: 'TREND-HORADIZ-2025-10', note: 'freight transport already under way on part of the line to the Araz Valley Industrial Park' },
      'C-HORADIZ', BTK_MOU,
    ],
    notes: 'Trains run as far as Horadiz (ADY, 2021). Rail freight in general: no source restricts the line to general cargo, so containers are allowed.',
  },
  {
    id: 'horadiz-aghband', name: 'Horadiz – Aghband railway (Zangezur corridor, Azerbaijani part)', from: 'horadiz', to: 'aghband',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'published', km: 110.4, note: '110.4 km (ADY via Trend and News.az); 140.6 km including access tracks; "100 kilometers" at the groundbreaking (Zefer; News.az 2022).' },
    transitCountries: ['AZ'], status: 'under-construction',
    gaugeMm: 1520,
    capacity: { value: 15, unit: 'Mt/yr', note: '"Up to 15 million tons of freight per year" (planned; Minister R. Nabiyev, November 2025).' },
    operator: 'Azerbaijan Railways (ADY)',
    sources: [
      { key: 'TREND-HORADIZ-2025', note: '110.4 km (140.6 km with access tracks); up to 15 Mt/yr; 67 % of construction done (September 2025)' },
      { key: 'REPORT-HORADIZ-2026', note: 'design 85 %, construction 70 % complete (ADY, 27 February 2026)' },
      { key: 'REPORT-HORADIZ-2025-12', note: '69 % complete; to be fully operational by the end of 2026; up to 15 Mt of cargo a year' },
      { key: 'TREND-HORADIZ-2025-10', note: 'completion planned 2026; freight already carried on a portion to the Araz Valley Industrial Park' },
      { key: 'NEWSAZ-HORADIZ-2023', note: '110.4 km; nine stations' },
      { key: 'NEWSAZ-HORADIZ-2022', note: '23 km Jabrayil section in freight use since January 2022; "100-kilometer railway"' },
      { key: 'ZEFER-HORADIZ', note: '"100 kilometers"' },
      { key: 'MENAFN-NABIYEV-2025', note: 'capacity up to 15 million tons of freight per year; to the Armenian border by 2026' },
      { key: 'TRACKOPEDIA-HORADIZ', note: '67 % progress' },
    ],
    notes: 'Groundbreaking 14 February 2021; 23 km through Jabrayil in freight use since January 2022; 70 % of construction done in February 2026; completion planned for the end of 2026. The sources speak of freight and "international cargo transportation" in general, so containers are allowed.',
  },
  {
    id: 'zangezur-tripp', name: 'Aghband – Nakhchivan through Armenia (TRIPP route, former "Zangezur corridor")', from: 'aghband', to: 'nakhchivan',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Published parts: 42 km of railway in Armenia (Railway Gazette); the Nakhchivan railway is 188 km to be restored (ADY), of which the part from the Armenian border to Nakhchivan city is not given separately. The total is therefore not published.' },
    transitCountries: ['AZ', 'AM', 'AZ'], status: 'planned',
    gaugeMm: 1520,
    operator: 'TRIPP Development Company (US 74 %, Armenia 26 %) in Armenia; ADY in Nakhchivan',
    sources: [
      { key: 'RAILGAZETTE-TRIPP', note: '42 km in Armenia; TRIPP Development Company (US 74 % / AM 26 %), 49-year rights' },
      { key: 'LURER-TRIPP', note: 'framework and timetable' },
      'REPORT-TRIPP',
      { key: 'MENAFN-NABIYEV-2025', note: 'Nakhchivan railway: 188 km to be restored' },
      { key: '1NEWS-NAKH-2026', note: 'first-stage works (Salammelik, Ordubad, Aza, Julfa) from the end of 2025' },
    ],
    notes: 'Planned: framework agreed January 2026, construction in Armenia planned for the second half of 2026; ADY began first-stage works on the Nakhchivan railway at the end of 2025. Broad gauge like the Azerbaijani and Armenian networks. Rail freight in general, so containers are allowed.',
  },
  {
    id: 'kars-nakhchivan', name: 'Kars – Iğdır – Dilucu – Nakhchivan railway', from: 'kars', to: 'nakhchivan',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: {
      basis: 'computed', method: 'parts',
      parts: [
        { kind: 'published', label: 'Kars – Iğdır – Aralık – Dilucu', km: 224, source: 'SHOPINK-KARS; NEWSAZ-KARS-2025' },
        { kind: 'published', label: 'Dilucu – Sadarak', km: 7, source: 'WIKI-DILUCU-RU' },
        {
          kind: 'great-circle', label: 'Sadarak – Nakhchivan',
          start: { name: 'Sadarak', lat: 39.7, lon: 44.86, from: 'C-SADARAK (39°42′00″N 44°51′36″E)' },
          end: { name: 'Nakhchivan (node point)', lat: 39.2161, lon: 45.4106, from: 'WIKI-NAKHCHIVAN (node nakhchivan)' },
        },
      ],
      note: 'The Kars–Dilucu line is 224 km (223.9 km; 223.6 km planned; 230 km in a 2020 plan); the Sadarak–Nakhchivan part of the Nakhchivan railway is not given separately. This replaces the earlier great-circle estimate (285 km), which was below the length of the line via Iğdır–Dilucu.',
    },
    transitCountries: ['TR', 'AZ'], status: 'under-construction',
    gaugeMm: 1435,
    capacity: { value: 15, unit: 'Mt/yr', note: '15 Mt/yr of freight and 5.5 million passengers; double track, electrified.' },
    operator: 'TCDD / Turkish Ministry of Transport (Turkish section); ADY (Nakhchivan)',
    sources: [
      { key: 'SHOPINK-KARS', note: '224 km (223.9 km); 15 Mt/yr freight + 5.5 million passengers' },
      { key: 'NEWSAZ-KARS-2025', note: 'Kars–Iğdır–Aralık–Dilucu 224 km; construction ceremony 22 August 2025; 4–5 years' },
      { key: 'WEDOANY-KARS', note: '€2.4 bn; 15 Mt/yr and 5.5 million passengers; service in 2029' },
      { key: 'TRACKOPEDIA-HORADIZ', note: 'construction started 2025; double track, electrified, 15 Mt freight' },
      { key: 'RAILLY-BTK', note: '230 km Kars–Nakhchivan plan (2020)' },
      { key: 'WIKI-DILUCU-RU', note: 'railway Kars–Dilucu, then 7 km Dilucu–Sadarak' },
      { key: 'C-SADARAK', note: 'Sadarak 39°42′00″N 44°51′36″E' },
      'WIKI-NAKHCHIVAN',
    ],
    notes: 'Under construction since 22 August 2025 (Turkish section), service expected in 2029. Standard gauge from Kars; the Nakhchivan network is broad gauge, and where the break of gauge will be is not stated in the sources (the gauge given is the Turkish line’s).',
  },
];
