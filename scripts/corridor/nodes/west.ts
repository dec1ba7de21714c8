/**
 * Nodes of the corridor dataset, as authored: the Azerbaijani and Georgian railways, Türkiye, the Black Sea ports and ferries and the rail links onward into Europe, and the Zangezur links.
 * Conventions as in `../nodes.ts`.
 */
import type { NodeInput } from '../types.js';

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
    sources: ['GEO-UNLOCODE', 'MESSENGER-2009', 'MKR-BTK'],
    capacity: { value: 5, unit: 'Mt/yr', note: 'Station capacity initially 5 Mt/yr, to grow to 15 Mt/yr (The Messenger, 2009).' },
    notes: 'Break of gauge 1,520 ↔ 1,435 mm on the Baku–Tbilisi–Kars railway.',
  },
  {
    id: 'poti', name: 'Poti Sea Port (APM Terminals)', kind: 'seaport', country: 'GE', lat: 42.1592, lon: 41.6586, locode: 'GEPTI',
    coordinatesNote: 'Wikipedia list of ports in Georgia, 42°09′33.2″N 41°39′30.9″E. WPI 42.15, 41.5833; searoute-py 42.1781, 41.6720.',
    sources: ['C-GE-PORTS', { key: 'GEO-WPI', note: '42.15, 41.5833' }, 'SEANEWS-POTI-2025'],
    notes: 'Georgia’s main container port: 545,297 TEU handled in 2024; 6.8 Mt of cargo in 2015.',
  },
  {
    id: 'batumi', name: 'Batumi Sea Port and Batumi Oil Terminal', kind: 'seaport', country: 'GE', lat: 41.6499, lon: 41.6571, locode: 'GEBUS',
    coordinatesNote: 'Wikipedia list of ports in Georgia, 41°38′59.6″N 41°39′25.5″E. WPI 41.65, 41.65.',
    sources: ['C-GE-PORTS', { key: 'GEO-WPI', note: '41.65, 41.65' }, 'BOT-INFO'],
    notes: 'Batumi Oil Terminal (KazTransOil) receives crude and products by rail; 5.7 Mt of cargo in 2015.',
  },
  {
    id: 'kars', name: 'Kars', kind: 'rail-hub', country: 'TR', lat: 40.6, lon: 43.1,
    coordinatesNote: 'City point from the Alemannic Wikipedia, 40°36′N 43°6′E (to 1′). The en.wikipedia "Kars railway station" point (40.3619, 43.0624) lies 27 km south of the city and is not used.',
    sources: ['C-KARS', 'RP-BTK', 'SHOPINK-KARS'],
    notes: 'Western end of the Baku–Tbilisi–Kars railway; start of the Kars–Iğdır–Dilucu line under construction.',
  },
  {
    id: 'constanta', name: 'Port of Constanța', kind: 'seaport', country: 'RO', lat: 44.1667, lon: 28.65, locode: 'ROCND',
    coordinatesNote: 'World Port Index (to 1′). searoute-py ROCND 44.1716, 28.6643.',
    sources: ['GEO-WPI', { key: 'GEO-SEAROUTE', note: 'port ROCND 44.1716, 28.6643' }, 'VESTIKAVKAZA-E60'],
  },
  {
    id: 'burgas', name: 'Port of Burgas', kind: 'seaport', country: 'BG', lat: 42.4833, lon: 27.4833, locode: 'BGBOJ',
    coordinatesNote: 'World Port Index (to 1′).',
    sources: ['GEO-WPI', 'TRIPERSI-FERRY'],
  },
  {
    id: 'varna', name: 'Port of Varna', kind: 'seaport', country: 'BG', lat: 43.1833, lon: 27.9667, locode: 'BGVAR',
    coordinatesNote: 'World Port Index (to 1′).',
    sources: ['GEO-WPI', 'HOMESGOFAST-2009'],
  },
  {
    id: 'budapest', name: 'Budapest', kind: 'market', country: 'HU', lat: 47.5, lon: 19.04,
    coordinatesNote: 'City point from GeoNames (cities15000), 47.50, 19.04 (to 0.01°).',
    sources: [{ key: 'GEO-GN15K', note: 'Budapest 47.50, 19.04' }],
    notes: 'End of the 2024 Xi’an–Budapest Middle Corridor container train.',
  },
];
