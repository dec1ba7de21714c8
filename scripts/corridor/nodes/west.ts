/**
 * Nodes of the corridor dataset, as authored: the Azerbaijani and Georgian railways, Türkiye, the Black Sea ports and ferries and the rail links onward into Europe, and the Zangezur links.
 * Conventions as in `../nodes.ts`.
 */
import type { DwellInput, NodeInput } from '../types.js';

/**
 * Time containers spend at a Georgian Black Sea port between arriving by rail and the arrival of the
 * TITR feeder at Constanța, less the feeder's sailing time: derived from the TITR schedule of May 2024
 * (Altynkol → Poti/Batumi 12 days, → Constanța 20–22 days) and the TITR feeder's planned 5-day voyage.
 */
const GEORGIAN_PORT_DWELL: DwellInput = {
  trigger: 'mode-change',
  modes: ['rail', 'sea'],
  activity: 'unloading the block train, storage and loading onto the Black Sea feeder or ferry (waiting for the sailing included)',
  commodities: ['containers'],
  hours: 96,
  minHours: 72,
  maxHours: 120,
  basis: 'derived-from-schedule',
  year: 2024,
  note:
    'Derived, not published: the TITR schedule from Altynkol (KTZ, May 2024; repeated by the Kazakh Ministry of Transport in October 2024) reaches Poti/Batumi in 12 days and Constanța in 20–22 days, so 8–10 days (192–240 h) pass between arrival at the Georgian port and arrival at Constanța; less the 5 days (120 h) the TITR feeder Batumi–Constanța was planned to sail one way (TITR Association, 2019) leaves 72–120 h in the Georgian port, 96 h taken as typical (the midpoint). It includes the wait for the sailing (the feeder ran every ten days at launch, three voyages a month later). Applies either way between rail and sea; no published figure separates the two directions or Poti from Batumi.',
  sources: [
    { key: 'TREND-XIAN-TERMINAL', note: 'Altynkol → Poti/Batumi 12 days, → Constanța 20–22 days (May 2024)' },
    { key: 'MIDDLECORRIDOR-FEEDER-2019', note: 'Batumi–Constanța feeder voyage planned at 5 days one way' },
    { key: 'TREND-ASCO-FEEDER-2019', note: 'feeder sailing every ten days (2019)' },
    { key: 'RAILWAYGE-FEEDER', note: 'Poti/Batumi–Constanța feeder of 210 TEU, three voyages a month' },
  ],
};

export const WEST_NODES: readonly NodeInput[] = [
  {
    id: 'horadiz', name: 'Horadiz', kind: 'rail-hub', country: 'AZ', lat: 39.4478, lon: 47.3364,
    coordinatesNote: 'Town point from the Polish Wikipedia, 39°26′52″N 47°20′11″E (to 1″); the station is not located separately.',
    sources: ['C-HORADIZ', 'NEWSAZ-HORADIZ-2023'],
    notes: 'Start of the Horadiz–Aghband railway (Zangezur corridor, Azerbaijani part).',
  },
  {
    id: 'aghband', name: 'Aghband (Ağbənd)', kind: 'border-crossing', country: 'AZ', lat: 38.9, lon: 46.5667,
    coordinatesNote: 'Village point from the Arabic Wikipedia, 38°54′00″N 46°34′00″E (to 1′); near the Azerbaijan–Armenia–Iran tripoint.',
    sources: ['C-AGHBAND', 'MENAFN-NABIYEV-2025', 'RAILGAZETTE-TRIPP'],
    notes: 'End of the Horadiz–Aghband line at the Armenian border, where the TRIPP route through Armenia’s Syunik is to start.',
  },
  {
    id: 'nakhchivan', name: 'Nakhchivan', kind: 'rail-hub', country: 'AZ', lat: 39.2161, lon: 45.4106, locode: 'AZNAJ',
    coordinatesNote: 'City point from the Simple English Wikipedia, 39°12′58″N 45°24′38″E (to 1″); the station is not located separately. UN/LOCODE AZNAJ (3912N 04514E) is not used: that point lies across the Aras, in Iran.',
    sources: ['WIKI-NAKHCHIVAN', { key: 'GEO-UNLOCODE', note: 'AZNAJ 3912N 04514E (not used)' }, 'MENAFN-NABIYEV-2025', '1NEWS-NAKH-2026'],
    notes: 'Capital of the Nakhchivan exclave; its 188 km railway is to be restored (first-stage works from late 2025).',
  },
  {
    id: 'gardabani', name: 'Gardabani (Georgian side of the Böyük Kəsik rail border)', kind: 'border-crossing', country: 'GE', lat: 41.45, lon: 45.0833, locode: 'GEGAR',
    coordinatesNote: 'UN/LOCODE GEGAR 4127N 04505E (to 1′), the town of Gardabani; the border station’s own coordinates are unsourced.',
    sources: ['GEO-UNLOCODE', 'AZERNEWS-BTK-2018'],
    aliases: ['Böyük Kəsik', 'Beyuk Kesik'],
  },
  {
    id: 'tbilisi', name: 'Tbilisi', kind: 'rail-hub', country: 'GE', lat: 41.6939, lon: 44.8336,
    coordinatesNote: 'City point from GeoNames, 41°41′38″N 44°50′1″E (to 1″).',
    sources: ['C-GN-GE', 'JRTR-GR'],
    notes: 'Hub of the Georgian Railway main line (to Poti and Batumi) and of the line from Azerbaijan.',
  },
  {
    id: 'akhalkalaki', name: 'Akhalkalaki (BTK gauge-change station)', kind: 'rail-hub', country: 'GE', lat: 41.4, lon: 43.4667, locode: 'GEZAI',
    coordinatesNote: 'UN/LOCODE GEZAI 4124N 04328E (to 1′).',
    sources: ['GEO-UNLOCODE', 'MESSENGER-2009', 'MKR-BTK', 'RAILTURKEY-AKH-2016', 'TRANSPORTJOURNAL-BTK', 'KAVKAZPLUS-BTK-2020'],
    capacity: { value: 5, unit: 'Mt/yr', year: 2009, note: 'Station design capacity initially 5 Mt/yr, to grow to 15 Mt/yr (The Messenger, 2009, at the station’s planning). No later station figure was found; the BTK line’s 5 Mt/yr from May 2024 is on the links.' },
    notes: 'Break of gauge 1,520 ↔ 1,435 mm on the Baku–Tbilisi–Kars railway. Turkish freight wagons have no changeable bogies, so almost all freight is transshipped here between Turkish and Georgian/Azerbaijani wagons (Rail Turkey, 2016); wheelsets were changed for some wagons (grain hoppers, Transport Journal; Türkiye → Azerbaijan in three days including the wheelset change, ADY Express 2020). No published transshipment or bogie-change time was found, so no gauge-change dwell is given: the routing engine applies its documented default to this transfer and lists it.',
  },
  {
    id: 'samtredia', name: 'Samtredia railway junction', kind: 'rail-hub', country: 'GE', lat: 42.1537, lon: 42.33517,
    coordinatesNote: 'Town point from GeoNames (cities15000: Samtredia 42.1537, 42.33517); the junction station is not located separately.',
    sources: [{ key: 'GEO-GN15K', note: 'Samtredia 42.1537, 42.33517' }, 'MTT-GR-2010', 'WIKI-GR-ROUTEMAP'],
    notes: 'Junction of the Georgian Railway main line where the Batumi line leaves the Tbilisi–Senaki–Poti line; freight to both Black Sea ports shares the trunk from Gardabani and Tbilisi to here.',
  },
  {
    id: 'poti', name: 'Poti Sea Port (APM Terminals)', kind: 'seaport', country: 'GE', lat: 42.1592, lon: 41.6586, locode: 'GEPTI',
    coordinatesNote: 'Wikipedia list of ports in Georgia, 42°09′33.2″N 41°39′30.9″E. WPI 42.15, 41.5833; searoute-py 42.1781, 41.6720.',
    sources: ['C-GE-PORTS', { key: 'GEO-WPI', note: '42.15, 41.5833' }, 'SEANEWS-POTI-2025', 'TREND-POTI-2024', '1TV-POTI', 'TREND-XIAN-TERMINAL', 'MIDDLECORRIDOR-FEEDER-2019', 'TREND-ASCO-FEEDER-2019', 'RAILWAYGE-FEEDER'],
    dwell: [GEORGIAN_PORT_DWELL],
    notes: 'Georgia’s main container port: 545,297 TEU handled in 2024 (a throughput, not a capacity); 6.8 Mt of cargo in 2015. No current container capacity is published: APM Terminals has added 50,000 TEU of berth capacity (2025) and is building a new deep-water terminal of up to 400,000 TEU a year (13.5 m draught, completion expected 2027, not yet operational), to bring Poti to "more than one million TEU" in all. Rail–sea dwell derived from the TITR schedule (see dwell).',
  },
  {
    id: 'batumi', name: 'Batumi Sea Port and Batumi Oil Terminal', kind: 'seaport', country: 'GE', lat: 41.6499, lon: 41.6571, locode: 'GEBUS',
    coordinatesNote: 'Wikipedia list of ports in Georgia, 41°38′59.6″N 41°39′25.5″E. WPI 41.65, 41.65.',
    sources: ['C-GE-PORTS', { key: 'GEO-WPI', note: '41.65, 41.65' }, 'BOT-INFO', 'MARINELINK-BICT-2019', 'TREND-XIAN-TERMINAL', 'MIDDLECORRIDOR-FEEDER-2019', 'TREND-ASCO-FEEDER-2019', 'RAILWAYGE-FEEDER'],
    capacity: { value: 200000, unit: 'TEU/yr', commodities: ['containers'], year: 2019, note: 'Batumi International Container Terminal (ICTSI) after its 2019 expansion: 200,000 TEU a year, 11.5 m draught (MarineLink, February 2019). No later capacity figure was found; the 2019 figure is kept with its year.' },
    dwell: [GEORGIAN_PORT_DWELL],
    notes: 'Batumi Oil Terminal (KazTransOil) receives crude and products by rail; 5.7 Mt of cargo in 2015. Container terminal BICT: 200,000 TEU a year (2019). Rail–sea dwell derived from the TITR schedule (see dwell).',
  },
  {
    id: 'anaklia', name: 'Anaklia deep-sea port (under construction)', kind: 'seaport', country: 'GE', lat: 42.395, lon: 41.5647,
    coordinatesNote: 'Proxy: the village of Anaklia, 42°23′42″N 41°33′53″E (Norwegian Wikipedia); the port site’s own coordinates are unsourced.',
    sources: ['C-ANAKLIA', 'SAKARTVELOS-ANAKLIA-2024', 'MARITIMENETWORK-ANAKLIA', 'GRUZINGEO-ANAKLIA', 'INVESTOR-ANAKLIA'],
    notes: 'Under construction since 22 October 2024; phase 1 a 600,000 TEU container terminal and 7 Mt of other cargo, $600 m (CCCC / China Harbour consortium, Maritime Network, June 2024); marine works awarded to Jan De Nul, first container ships "by 2029" (August 2024). Not linked to the network yet: no link of the dataset serves it until it opens, and the rail connection is not described in the sources.',
  },
  {
    id: 'kars', name: 'Kars', kind: 'rail-hub', country: 'TR', lat: 40.6, lon: 43.1,
    coordinatesNote: 'City point from the Alemannic Wikipedia, 40°36′N 43°6′E (to 1′). The en.wikipedia "Kars railway station" point (40.3619, 43.0624) lies 27 km south of the city and is not used.',
    sources: ['C-KARS', 'RP-BTK', 'SHOPINK-KARS'],
    notes: 'Western end of the Baku–Tbilisi–Kars railway and eastern end of TCDD’s Ankara–Kars line; start of the Kars–Iğdır–Dilucu line under construction.',
  },
  {
    id: 'sivas', name: 'Sivas', kind: 'rail-hub', country: 'TR', lat: 39.74833, lon: 37.01611,
    coordinatesNote: 'City point from GeoNames (cities15000: Sivas 39.74833, 37.01611); the station is not located separately.',
    sources: [{ key: 'GEO-GN15K', note: 'Sivas 39.74833, 37.01611' }, 'T24-CHANGAN-2019'],
    notes: 'On TCDD’s Ankara–Kars line (via Kayseri); junction for the line south through Kayseri to the Mediterranean. The 2019 Xi’an–Prague train crossed Türkiye via Akhalkalaki, Kars, Erzurum, Erzincan, Sivas, Kayseri, Kırıkkale, Ankara, Eskişehir, Kocaeli, Istanbul and Kapıkule.',
  },
  {
    id: 'ankara', name: 'Ankara', kind: 'rail-hub', country: 'TR', lat: 39.91987, lon: 32.85427,
    coordinatesNote: 'City point from GeoNames (cities15000: Ankara 39.91987, 32.85427); the station is not located separately.',
    sources: [{ key: 'GEO-GN15K', note: 'Ankara 39.91987, 32.85427' }, 'RAILJOURNAL-XIAN-PRAGUE-2019'],
    notes: 'Junction of TCDD’s Ankara–Kars and Istanbul–Ankara lines. The first China–Europe train through Türkiye was welcomed here on 6 November 2019.',
  },
  {
    id: 'gebze', name: 'Gebze (eastern end of the Marmaray line)', kind: 'rail-hub', country: 'TR', lat: 40.80276, lon: 29.43068,
    coordinatesNote: 'City point from GeoNames (cities15000: Gebze 40.80276, 29.43068); freight waits at Köseköy, further east on the Asian side, whose coordinates are unsourced.',
    sources: [{ key: 'GEO-GN15K', note: 'Gebze 40.80276, 29.43068' }, 'RAILTURKEY-MARMARAY-2019-04', 'RAILTURKEY-MARMARAY-2019-10'],
    dwell: [
      {
        trigger: 'passage',
        activity: 'waiting for the night freight window of the Marmaray tunnel (00:00–05:00)',
        commodities: ['containers', 'general-cargo'],
        hours: 7.5,
        minHours: 0,
        maxHours: 19,
        basis: 'derived-from-schedule',
        year: 2019,
        note:
          'Derived, not published: freight trains may use the Marmaray (Gebze–Halkalı) only between 00:00 and 05:00, when no suburban or high-speed trains run; they wait at Köseköy (Asian side) or Halkalı (European side). A train arriving at a uniformly random hour waits nothing if it arrives within the 5-hour window and until midnight otherwise: 0 to 19 h, on average (19/24) × (19/2) = 7.5 h. Charged here for routes in either direction (the westbound wait is at Köseköy, east of this node; the eastbound one at Halkalı). Capacity limits (4 trains per direction per night) are not modelled.',
        sources: [
          { key: 'RAILTURKEY-MARMARAY-2019-04', note: 'window 00:00–05:00; trains wait at Halkalı and Köseköy; 4 trains per direction' },
          { key: 'RAILTURKEY-MARMARAY-2019-10', note: 'freight trains pass the tunnel after midnight' },
        ],
      },
    ],
    notes: 'Asian end of the Marmaray line (Gebze–Halkalı), open to freight since October 2019 in a night window; passage dwell derived from the window (see dwell).',
  },
  {
    id: 'halkali', name: 'Istanbul Halkalı (western end of the Marmaray line; freight terminal)', kind: 'rail-hub', country: 'TR', lat: 41.01889, lon: 28.76667,
    coordinatesNote: 'Halkalı railway station, 41°01′08″N 28°46′00″E (German Wikipedia, to 1″).',
    sources: ['C-HALKALI', 'RAILTURKEY-MARMARAY-2018-10'],
    notes: 'Departure terminal of freight trains from Istanbul towards Europe (2–3 a day in 2018); the Marmaray night-window wait is charged at gebze.',
  },
  {
    id: 'kapikule', name: 'Kapıkule (Türkiye–Bulgaria rail border)', kind: 'border-crossing', country: 'TR', lat: 41.70794, lon: 26.39197,
    coordinatesNote: 'Kapıkule border crossing, 41°42′28.6″N 26°23′31.1″E (Wikipedia copy, to 0.1″).',
    sources: ['C-KAPIKULE', 'BLAUAUTONOM-2019', 'T24-CHANGAN-2019'],
    notes: 'Türkiye’s busiest rail border crossing, towards Svilengrad (Bulgaria). The first China–Europe train (2019) crossed the Marmaray in two 21-wagon halves that were joined again and X-rayed here; no published dwell time was found, so none is given.',
  },
  {
    id: 'mersin', name: 'Port of Mersin', kind: 'seaport', country: 'TR', lat: 36.8, lon: 34.63333,
    coordinatesNote: 'World Port Index MERSIN 36.8, 34.633333 (to 1′); GeoNames city point "Mercin" 36.79526, 34.61792.',
    sources: [{ key: 'GEO-WPI', note: 'MERSIN 36.8, 34.633333' }, { key: 'GEO-GN15K', note: 'Mercin 36.79526, 34.61792' }, 'TREND-BTK-MOU-2025', 'SIGLERLOH-KOKSHETAU-MERSIN'],
    notes: 'Mediterranean port reached by rail from Kars (the BTK memorandum of October 2025 caps Kars–Mersin delivery at 60 hours; Alat → Mersin in 4.5 days). A KTZ container train Kokshetau → Mersin via Kuryk–Alat and BTK took 10 days for 5,400 km (2017).',
  },
  {
    id: 'constanta', name: 'Port of Constanța', kind: 'seaport', country: 'RO', lat: 44.1667, lon: 28.65, locode: 'ROCND',
    coordinatesNote: 'World Port Index (to 1′). searoute-py ROCND 44.1716, 28.6643.',
    sources: ['GEO-WPI', { key: 'GEO-SEAROUTE', note: 'port ROCND 44.1716, 28.6643' }, 'VESTIKAVKAZA-E60', 'SHIPPINGHERALD-CONSTANTA-2024', 'SEANTEL-CSCT-2025'],
    capacity: { value: 1500000, unit: 'TEU/yr', commodities: ['containers'], year: 2024, note: 'DP World Romania’s container capacity at Constanța after its 2024 investments: "more than double ... to 1.5 million TEUs from the 700,000 TEUs it handled in 2023" (CEO C. Carstea to Reuters, June 2024). DP World later (2025) gave the Constanța South Container Terminal an annual handling capability of 810,000 TEU after two new mobile harbour cranes; the figures measure different things (operating capacity vs crane handling capability) and the port’s other container terminals are not included. Port throughput 2023: 884,626 TEU (Danube Commission, address not recorded).' },
    notes: 'Black Sea gateway for Middle Corridor cargo to Central Europe (DB Cargo’s 2022 Xi’an–Duisburg service and the TITR feeder). No published sea–rail dwell time was found, so none is given.',
  },
  {
    id: 'burgas', name: 'Port of Burgas', kind: 'seaport', country: 'BG', lat: 42.4833, lon: 27.4833, locode: 'BGBOJ',
    coordinatesNote: 'World Port Index (to 1′).',
    sources: ['GEO-WPI', 'TRIPERSI-FERRY', 'KAIBIKE-2025'],
    notes: 'Ro-Ro ferry port for Batumi (PBM, weekly; sailing in October 2025). No published port dwell was found.',
  },
  {
    id: 'varna', name: 'Port of Varna', kind: 'seaport', country: 'BG', lat: 43.1833, lon: 27.9667, locode: 'BGVAR',
    coordinatesNote: 'World Port Index (to 1′).',
    sources: ['GEO-WPI', 'HOMESGOFAST-2009', 'ONMYTODD-FERRY'],
    notes: 'Rail-road ferries to Georgia leave from the Beloslav terminal on Lake Varna. A traveller waited about 22 hours on board before the ferry left (June 2016, travel blog); no operator figure for port dwell was found, so none is given.',
  },
  {
    id: 'chornomorsk', name: 'Port of Chornomorsk (Illichivsk)', kind: 'seaport', country: 'UA', lat: 46.3, lon: 30.65,
    coordinatesNote: 'World Port Index ILLICHIVSK 46.3, 30.65 (to 1′); GeoNames town point "Illichivs’k" 46.30495, 30.65478.',
    sources: [{ key: 'GEO-WPI', note: 'ILLICHIVSK 46.3, 30.65' }, 'KP-UA-2025', 'PRAVDA-UA-2025', 'CENSOR-UKRFERRY'],
    aliases: ['Illichivsk', 'Ilyichevsk'],
    notes: 'Ukrainian rail-ferry port (Ukrferry to Batumi and Varna). Ferry service to Georgia halted in February 2022, announced to resume in July 2024, with sailings reported in March 2025.',
  },
  {
    id: 'sofia', name: 'Sofia', kind: 'rail-hub', country: 'BG', lat: 42.69751, lon: 23.32415,
    coordinatesNote: 'City point from GeoNames (cities15000: Sofia 42.69751, 23.32415); the freight station is not located separately.',
    sources: [{ key: 'GEO-GN15K', note: 'Sofia 42.69751, 23.32415' }, 'RAILJOURNAL-XIAN-PRAGUE-2019'],
    notes: 'Junction where the lines from Kapıkule (Svilengrad–Plovdiv) and from Burgas meet the line to Serbia (Dragoman–Niš–Belgrade), the path of the 2019 Xi’an–Prague train and of the 2024 Xi’an–Budapest train (via Burgas and Belgrade).',
  },
  {
    id: 'budapest', name: 'Budapest', kind: 'market', country: 'HU', lat: 47.5, lon: 19.04,
    coordinatesNote: 'City point from GeoNames (cities15000), 47.50, 19.04 (to 0.01°).',
    sources: [{ key: 'GEO-GN15K', note: 'Budapest 47.50, 19.04' }],
    notes: 'End of the 2024 Xi’an–Budapest Middle Corridor container train (via Poti, Burgas and Belgrade, "about 25 days").',
  },
];
