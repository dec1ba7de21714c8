/**
 * Nodes of the corridor dataset, as authored. Coordinates are written `lat`/`lon` by name (decimal
 * degrees, WGS84); the build script turns them into GeoJSON `[lon, lat]`. Every point says in
 * `coordinatesNote` how exact it is and where it comes from; proxies for unsourced positions are
 * flagged there.
 */
import type { NodeInput } from './types.js';

export const NODES: readonly NodeInput[] = [
  // ------------------------------------------------------------------ Kazakhstan: oil
  {
    id: 'tengiz', name: 'Tengiz oil field', kind: 'oil-field', country: 'KZ', lat: 46.1528, lon: 53.3833,
    coordinatesNote: 'Field centre from the Wikipedia infobox, 46°9′10″N 53°23′0″E (to 1″). GEM’s CPC route starts 4 km away at 46.1764, 53.4201.',
    sources: ['C-TENGIZ', { key: 'GEO-GEM', note: 'CPC route P0646 start vertex 46.1764, 53.4201' }, { key: 'REUTERS-KMG-BTC-2023', note: 'Tengizchevroil shareholders' }],
    aliases: ['Tengiz'],
    notes: 'Operated by Tengizchevroil (Chevron 50 %, ExxonMobil 25 %, KazMunayGas 20 %, Lukoil 5 %). Head of the CPC pipeline. Wikipedia puts Atyrau "350 km north" of Tengiz, a road distance: the straight line is about 157 km.',
  },
  {
    id: 'atyrau', name: 'Atyrau', kind: 'pipeline-junction', country: 'KZ', lat: 47.1167, lon: 51.8833,
    coordinatesNote: 'City point from Wikipedia, 47°07′N 51°53′E (to 1′). GeoNames puts the city administration at 47°7′33″N 52°7′57″E.',
    sources: ['C-ATYRAU', { key: 'C-GN-KZ', note: 'alternative point 47°7′33″N 52°7′57″E' }, 'KMG-AR2020'],
    aliases: ['Guryev'],
    notes: 'Head of the Atyrau–Samara pipeline (Uzen–Atyrau–Samara system, KazTransOil) and western end of the Kazakhstan–China oil pipeline system (Kenkiyak–Atyrau section by MunaiTas).',
  },
  {
    id: 'aktau', name: 'Port of Aktau', kind: 'seaport', country: 'KZ', lat: 43.65, lon: 51.15, locode: 'KZAAU',
    coordinatesNote: 'City point from Wikipedia, 43°39′N 51°09′E (to 1′), identical to UN/LOCODE KZAAU 4339N 05109E. The searoute-py port point is 43.6823, 51.2129 (6 km away); the OpenStreetMap railway station "Aktau-Port" is at 43.5996, 51.2226.',
    sources: ['C-AKTAU', 'GEO-UNLOCODE', { key: 'GEO-SEAROUTE', note: 'port KZAAU 43.6823, 51.2129' }, { key: 'GEO-OSM-KZ', note: 'station Актау-Порт 43.5996, 51.2226' }, 'ASTANATIMES-PORTS-2024', 'PORTNEWS-AKTAU-2023', 'TIMESCA-AKTAU', 'KMG-AR2020', 'MENAFN-KTO-2024'],
    capacity: [
      { value: 7.5, unit: 'Mt/yr', commodities: ['crude-oil', 'oil-products'], note: 'The three oil berths (Astana Times 2024); KMG (2020): 5.2 Mt/yr of large-vessel oil loading.' },
      { value: 11, unit: 'Mt/yr', commodities: ['general-cargo', 'dry-bulk'], note: 'Total throughput capacity, "over 11 million tons" (Astana Times 2024), oil included; container hub to grow to 240,000–300,000 TEU (a target, not a capacity).' },
    ],
    notes: 'Kazakhstan’s main Caspian port: KazTransOil loads crude for Baku/Sangachal (BTC) and Makhachkala; rail-ferry and container services to Baku/Alat.',
  },
  {
    id: 'kuryk', name: 'Port of Kuryk (ferry complex)', kind: 'seaport', country: 'KZ', lat: 43.1648, lon: 51.4416, locode: 'KZKUR',
    coordinatesNote: 'OpenStreetMap railway station "Kuryk-Port" (Курык-Порт), taken as the port’s position; consistent with the port lying "about 20 kilometres from Kuryk town" (Arnika) — the UN/LOCODE and Wikipedia point 43°12′N 51°39′E is the village, 17 km to the east. Approximate to about 1–2 km.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Курык-Порт 43.1648, 51.4416' }, { key: 'C-KURYK', note: 'village 43°12′N 51°39′E' }, 'GEO-UNLOCODE', 'ARNIKA-KURYK', 'ASTANATIMES-KURYK-2023', 'ASTANATIMES-KURYK-2021', 'OREANDA-KURYK', 'INFORM-KURYK-2016'],
    capacity: { value: 6, unit: 'Mt/yr', year: 2023, note: 'Total port capacity (Astana Times 2023; 1.8 Mt handled in 2022); rail-ferry berth 4.1 Mt/yr (2021), 4 Mt/yr design.' },
    aliases: ['Kuryk', 'Sarzha terminal'],
    notes: 'Rail and road ferry complex about 70 km south of Aktau (Astana Times), in service since December 2016/March 2017.',
  },
  {
    id: 'beyneu', name: 'Beyneu (Beineu) railway junction', kind: 'rail-hub', country: 'KZ', lat: 45.3221, lon: 55.1966,
    coordinatesNote: 'OpenStreetMap railway station "Бейнеу" (to 1e-4°); no Wikipedia or gazetteer point was found in the stored material.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Бейнеу 45.3221, 55.1966' }, 'TURKPA-2014', 'XALQ-BEINEU'],
    aliases: ['Beineu', 'Бейнеу'],
    notes: 'Junction of the Zhezkazgan–Beineu line (2014), the Beineu–Mangistau (Aktau) line and the line to Uzbekistan.',
  },
  {
    id: 'zhezkazgan', name: 'Zhezkazgan', kind: 'rail-hub', country: 'KZ', lat: 47.7775, lon: 67.6917,
    coordinatesNote: 'OpenStreetMap railway station "Джезказган" (to 1e-4°); the Wikipedia city point 47°47′N 67°42′E is within 1 km.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Джезказган 47.7775, 67.6917' }, { key: 'WIKI-ZHEZKAZGAN-2006', note: 'city 47°47′N 67°42′E' }, 'TURKPA-2014'],
    aliases: ['Jezkazgan', 'Dzhezkazgan'],
    notes: 'Eastern end of the Zhezkazgan–Beineu railway (2014).',
  },
  {
    id: 'moiynty', name: 'Moiynty railway junction', kind: 'rail-hub', country: 'KZ', lat: 47.2183, lon: 73.3604,
    coordinatesNote: 'OpenStreetMap railway station "Мойынты" (to 1e-4°); no gazetteer point was found in the stored material.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Мойынты 47.2183, 73.3604' }, 'KTZ-DOSTYK', 'MASSAGET-DOSTYK', 'RAILNEWS-KYZYLZHAR-2025', 'TREND-KTZ-2025'],
    aliases: ['Moyynty', 'Mointy', 'Мойынты'],
    notes: 'Western end of the Dostyk–Moiynty line (second track completed 2025), on the through route Dostyk–Aktogay–Moiynty–Zharyk–Zhezkazgan (Massaget). A new Kyzylzhar–Moiynty line (323 km per KTZ’s paper, 329 km per Samruk-Kazyna) is under construction, due December 2026.',
  },
  {
    id: 'aktogay', name: 'Aktogay railway junction', kind: 'rail-hub', country: 'KZ', lat: 46.9531, lon: 79.6817,
    coordinatesNote: 'OpenStreetMap railway station "Актогай" (to 1e-4°); the Wikipedia town point 46°57′N 79°40′E is within 2 km.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Актогай 46.9531, 79.6817' }, { key: 'WIKI-AKTOGAY', note: 'town 46.950, 79.667; junction of the Turkestan–Siberia railway with the Dostyk and Sayak–Balkhash–Moiynty lines' }],
    notes: 'Where the Dostyk–Moiynty line crosses the Turkestan–Siberia railway (Almaty–Semey).',
  },
  {
    id: 'dostyk', name: 'Dostyk (Druzhba) border station', kind: 'border-crossing', country: 'KZ', lat: 45.2533, lon: 82.4844,
    coordinatesNote: 'Scots Wikipedia, 45°15′12″N 82°29′04″E (to 1″); the OpenStreetMap station is at 45.2529, 82.4867.',
    sources: ['C-DOSTYK', { key: 'GEO-OSM-KZ', note: 'station Достык 45.2529, 82.4867' }, 'KTZ-DOSTYK'],
    aliases: ['Druzhba', 'Достык'],
    notes: 'Kazakh side of the Dostyk–Alashankou crossing: break of gauge 1,520/1,435 mm.',
  },
  {
    id: 'altynkol', name: 'Altynkol border station (KTZE Khorgos Gateway dry port)', kind: 'border-crossing', country: 'KZ', lat: 44.1649, lon: 80.2954,
    coordinatesNote: 'OpenStreetMap railway station "Алтынколь" (to 1e-4°), the Kazakh side of the Khorgos crossing; the dry port is "near the city of Zharkent" (Astana Times).',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Алтынколь 44.1649, 80.2954' }, 'ASTANATIMES-KHORGOS', 'OCEANSKY-ALTYNKOL', 'KTZ-ALTYNKOL-2023', 'RAILFREIGHT-2018', { key: 'WIKI-KHORGAS', note: 'first regular trains 22 December 2012' }, { key: 'C-ALASHANKOU', note: 'dates the crossing to December 2013' }],
    aliases: ['Altynkol', 'Khorgos Gateway', 'Алтынколь'],
    notes: 'Second Kazakh–Chinese rail crossing (after Dostyk), opened December 2012 (the Russian Wikipedia says December 2013); break of gauge. In 2018 Altynkol handled more than 5,000 TEU a day against 760 TEU a day at Dostyk (RailFreight).',
  },
  {
    id: 'zhetygen', name: 'Zhetygen railway junction (Alatau)', kind: 'rail-hub', country: 'KZ', lat: 43.6887, lon: 77.1259,
    coordinatesNote: 'OpenStreetMap railway station "Жетыген" (to 1e-4°); no gazetteer point was found in the stored material.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Жетыген 43.6887, 77.1259' }, 'OCEANSKY-ALTYNKOL', 'WIKI-AKTOGAY', { key: 'AZATTYQ-ALATAU-2024', note: 'renamed Alatau in January 2024' }],
    aliases: ['Zhetigen', 'Alatau', 'Жетыген'],
    notes: 'Junction of the Zhetygen–Altynkol line (293 km, 2012) with the Turkestan–Siberia railway north of Almaty; the settlement became the town of Alatau in January 2024.',
  },

  // ------------------------------------------------------------------ China
  {
    id: 'alashankou', name: 'Alashankou (Alataw Pass)', kind: 'border-crossing', country: 'CN', lat: 45.1703, lon: 82.5703, locode: 'CNAKL',
    coordinatesNote: 'Railway station from the Russian Wikipedia article, 45°10′13″N 82°34′13″E (to 1″). UN/LOCODE CNAKL 4511N 08226E; GEM’s Atasu–Alashankou route ends at 45.1944, 82.5656.',
    sources: ['C-ALASHANKOU', 'GEO-UNLOCODE', { key: 'GEO-GEM', note: 'route P0648 end vertex 45.1944, 82.5656' }, 'KIWIX-KZCN'],
    aliases: ['Alataw Pass', 'Alashankou'],
    notes: 'Chinese side of the Dostyk–Alashankou rail crossing and end of the Kazakhstan–China oil pipeline.',
  },
  {
    id: 'khorgos', name: 'Khorgos (Horgos) border station', kind: 'border-crossing', country: 'CN', lat: 44.12556, lon: 80.41444, locode: 'CNHRS',
    coordinatesNote: 'City point of Khorgas from the Wikipedia infobox, 44°07′32″N 80°24′52″E (to 1″), standing for the Chinese rail border station, which is not located more exactly in the sources. UN/LOCODE CNHRS gives 4403N 08050E (44.05, 80.83), 35 km farther east.',
    sources: ['WIKI-KHORGAS', { key: 'GEO-UNLOCODE', note: 'CNHRS 4403N 08050E' }, 'OCEANSKY-ALTYNKOL'],
    aliases: ['Horgos', 'Khorgas', 'Korgas', 'Huo’erguosi'],
    notes: 'Chinese side of the Altynkol–Khorgos rail crossing (Jinghe–Yining–Khorgos railway).',
  },

  // ------------------------------------------------------------------ Russia
  {
    id: 'samara', name: 'Samara (Transneft junction)', kind: 'pipeline-junction', country: 'RU', lat: 53.2028, lon: 50.1408,
    coordinatesNote: 'City point from Wikipedia, 53°12′10″N 50°08′27″E (to 1″); the pipeline junction itself is not located in the sources.',
    sources: ['C-SAMARA', 'HANSARD-2001', 'AZERNEWS-TARIFF-2012', 'REUTERS-DRUZHBA-2024'],
    notes: 'The Atyrau–Samara pipeline joins the Transneft system here; Kazakh crude continues by Transneft to Novorossiysk (Sheskharis) or by the Druzhba northern leg to Germany.',
  },
  {
    id: 'makhachkala', name: 'Port of Makhachkala', kind: 'seaport', country: 'RU', lat: 42.9833, lon: 47.5, locode: 'RUMCX',
    coordinatesNote: 'searoute-py port point RUMCX (to 1e-4°).',
    sources: [{ key: 'GEO-SEAROUTE', note: 'port RUMCX 42.9833, 47.5' }, 'MENAFN-KTO-2024', 'INTERFAX-2023-10'],
    notes: 'Receives most of the Kazakh crude shipped by tanker from Aktau (1.984 Mt in 2023); Transneft pipeline onward to Novorossiysk.',
  },
  {
    id: 'novorossiysk', name: 'Port of Novorossiysk (incl. Transneft Sheskharis terminal)', kind: 'seaport', country: 'RU', lat: 44.7333, lon: 37.7833, locode: 'RUNVS',
    coordinatesNote: 'Port point from Wikipedia, 44°44′N 37°47′E (to 1′). WPI 44.7167, 37.7833; searoute-py 44.7416, 37.7820; GEM’s Baku–Novorossiysk route ends at 44.7035, 37.8460.',
    sources: ['C-NOVO', { key: 'GEO-WPI', note: '44.7167, 37.7833' }, { key: 'GEO-SEAROUTE', note: '44.7416, 37.7820' }, { key: 'GEO-GEM', note: 'Baku–Novorossiysk route P0645 end vertex 44.7035, 37.8460' }, 'INTERFAX-2023-10'],
    aliases: ['Sheskharis'],
    notes: 'End of the Baku–Novorossiysk pipeline and of Transneft’s lines from Samara and Makhachkala (PK Sheskharis).',
  },
  {
    id: 'cpc-marine-terminal', name: 'CPC Marine Terminal (Yuzhnaya Ozereyevka)', kind: 'oil-terminal', country: 'RU', lat: 44.954974, lon: 37.954475,
    coordinatesNote: 'PROXY, approximate (tens of km): the end vertex of GEM’s coarse 12-vertex CPC route (P0646), which lies inland about 30 km north-east of Novorossiysk, not at the terminal. The terminal’s own coordinates are unsourced; its three single-point moorings are "5 km away from the shoreline" near Yuzhnaya Ozereyevka (CPC).',
    sources: [
      { key: 'GEO-GEM', note: 'CPC route P0646 end vertex 44.954974, 37.954475' },
      'CPC-PR-2023',
      { key: 'TPORTAL-2026', note: 'CPC: "up to 83 million tonnes a year through Russia" (TASS), taken as the terminal’s loading capacity' },
      'INTERFAX-2022-03-22',
      'INTERFAX-2022-04-25',
      'SEANEWS-RU-2022',
      'TASS-2022-08-22',
      'BAIRD-2025',
      'CASPIANPOST-2025',
    ],
    capacity: {
      value: 83,
      unit: 'Mt/yr',
      note: 'Loading capacity taken as the CPC system’s throughput capacity, "up to 83 million tonnes a year through Russia" (TASS via tportal.hr, 2026), Kazakh and Russian crude together; three single-point moorings. No separate terminal figure is published.',
    },
    aliases: ['CPC-R terminal', 'Yuzhnaya Ozereyevka'],
    notes: 'Three single-point moorings (SPM-1, SPM-2, SPM-3) and a tank farm; storms, repairs, a 2022 court suspension and drone attacks (2025) have repeatedly cut loadings.',
  },

  // ------------------------------------------------------------------ Azerbaijan
  {
    id: 'baku', name: 'Baku', kind: 'city', country: 'AZ', lat: 40.3775, lon: 49.8919, locode: 'AZBAK',
    coordinatesNote: 'City point from GeoNames, 40°22′39″N 49°53′31″E (to 1″). searoute-py port AZBAK (old port) is at 40.3815, 49.8878.',
    sources: ['C-GN-AZ', { key: 'GEO-SEAROUTE', note: 'port AZBAK 40.3815, 49.8878' }],
    notes: 'Capital and railway hub (head of the Baku–Böyük Kəsik line). The freight port moved to Alat in 2018.',
  },
  {
    id: 'alat', name: 'Port of Baku at Alat (Baku International Sea Trade Port)', kind: 'seaport', country: 'AZ', lat: 39.9483, lon: 49.4067,
    coordinatesNote: 'Settlement of Alat from the Russian Wikipedia, 39°56′54″N 49°24′24″E (to 1″); German Wikipedia 39°57′10.1″N 49°24′29.4″E. The en.wikipedia port infobox point (40.2343, 49.5256) predates the move and is not used.',
    sources: ['C-ALAT-RU', { key: 'C-ALAT-DE', note: '39°57′10.1″N 49°24′29.4″E' }, 'INTERMODAL-BAKU', 'TRANSUKR-ALAT', 'SEANEWS-ZARIFA', 'REPORT-BERKARAR'],
    capacity: [
      { value: 15, unit: 'Mt/yr', commodities: ['general-cargo', 'dry-bulk', 'oil-products'], note: 'Phase 1: 15 Mt incl. 100,000 TEU; phase 2: 25 Mt and 500,000 TEU (port’s director general, 2021).' },
      { value: 100000, unit: 'TEU/yr', commodities: ['containers'], note: 'Phase 1 container capacity (port’s director general, 2021); 500,000 TEU after phase 2.' },
    ],
    aliases: ['Alyat', 'Ələt', 'Baku International Sea Trade Port'],
    notes: 'Freight port of Baku since 2018, "70 km to the south" of the city; ferries from Aktau, Kuryk and Turkmenbashi; rail access to the Baku–Böyük Kəsik line.',
  },
  {
    id: 'sangachal', name: 'Sangachal Terminal', kind: 'oil-terminal', country: 'AZ', lat: 40.201262, lon: 49.48127, locode: 'AZSAN',
    coordinatesNote: 'Wikipedia (Portuguese copy), 40.201262, 49.481270. UN/LOCODE AZSAN 4012N 04929E; GEM’s BTC route starts at 40.1976, 49.4807.',
    sources: ['C-SANGACHAL', 'GEO-UNLOCODE', 'BP-SANGACHAL', 'REUTERS-KMG-BTC-2023'],
    capacity: { value: 1.2, unit: 'Mbbl/d', note: 'Oil processing capacity (BP).' },
    notes: 'BP-operated terminal "55 km south of Baku" (road distance): head of BTC, the South Caucasus Pipeline, Baku–Supsa and Baku–Novorossiysk; receives Kazakh crude by tanker from Aktau.',
  },
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

  // ------------------------------------------------------------------ Turkmenistan
  {
    id: 'turkmenbashi', name: 'Turkmenbashi International Seaport', kind: 'seaport', country: 'TM', lat: 40.0, lon: 53.0333, locode: 'TMKRW',
    coordinatesNote: 'Port infobox from Wikipedia, 40°0′N 53°2′E (to 1′). searoute-py TMKRW 40.0546, 52.8766 (15 km away).',
    sources: ['C-TMB', { key: 'GEO-SEAROUTE', note: 'port TMKRW 40.0546, 52.8766' }, 'TM-PORT-2018', 'EURASIATRAVEL-FERRY', 'WSTREAM-TCP'],
    capacity: { value: 17, unit: 'Mt/yr', year: 2018, note: 'About 17 Mt/yr excluding oil, and 400,000 TEU (new port opened 2 May 2018).' },
    aliases: ['Türkmenbaşy', 'Krasnovodsk'],
    notes: 'Ferries to Baku/Alat; the planned Trans-Caspian gas pipeline would start on this coast.',
  },

  // ------------------------------------------------------------------ Georgia
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
    id: 'supsa', name: 'Supsa Sea Terminal', kind: 'oil-terminal', country: 'GE', lat: 42.0258, lon: 41.7666,
    coordinatesNote: 'Wikipedia list of ports in Georgia, 42°01′32.9″N 41°45′59.6″E. WPI 42.1, 41.7167; MarineLink 42.0222, 41.7548; GEM’s Baku–Supsa route ends at 42.0526, 41.7439.',
    sources: ['C-GE-PORTS', { key: 'C-MARINELINK-SUPSA', note: '42.0222, 41.7548' }, { key: 'GEO-WPI', note: '42.1, 41.7167' }, 'SOCAR-BS', 'SEANEWS-2023'],
    notes: 'End of the Baku–Supsa pipeline (BP); idle since 2022; 4.2 Mt handled in 2015.',
  },
  {
    id: 'kulevi', name: 'Kulevi (SOCAR Black Sea Terminal)', kind: 'oil-terminal', country: 'GE', lat: 42.2675, lon: 41.6386, locode: 'GEKUL',
    coordinatesNote: 'Wikipedia list of ports in Georgia, 42°16′3″N 41°38′19″E. Hungarian Wikipedia 42°16′12″N 41°38′24″E; UN/LOCODE GEKUL 4216N 04138E.',
    sources: ['C-GE-PORTS', { key: 'C-KULEVI-HU', note: '42°16′12″N 41°38′24″E' }, 'GEO-UNLOCODE', 'PORTSEUROPE-KULEVI'],
    capacity: { value: 10, unit: 'Mt/yr', note: 'Terminal capacity (PortsEurope); 2.5 Mt handled in 2015.' },
  },

  // ------------------------------------------------------------------ Türkiye
  {
    id: 'kars', name: 'Kars', kind: 'rail-hub', country: 'TR', lat: 40.6, lon: 43.1,
    coordinatesNote: 'City point from the Alemannic Wikipedia, 40°36′N 43°6′E (to 1′). The en.wikipedia "Kars railway station" point (40.3619, 43.0624) lies 27 km south of the city and is not used.',
    sources: ['C-KARS', 'RP-BTK', 'SHOPINK-KARS'],
    notes: 'Western end of the Baku–Tbilisi–Kars railway; start of the Kars–Iğdır–Dilucu line under construction.',
  },
  {
    id: 'turkgozu', name: 'Türkgözü (SCP/TANAP handover at the Georgia–Türkiye border)', kind: 'pipeline-junction', country: 'TR', lat: 41.5837, lon: 42.8108,
    coordinatesNote: 'Approximate: end vertex of GEM’s South Caucasus Pipeline segment "Aghstafa-Vale" (P0759), at the border (within about 1–2 km); the handover station’s own coordinates are unsourced.',
    sources: [{ key: 'GEO-GEM', note: 'SCP route P0759 "Aghstafa-Vale" end vertex 41.5837, 42.8108' }, 'OGA-TANAP', 'REPORT-SCP'],
    aliases: ['Türkgözü', 'Posof', 'Vale'],
    notes: 'TANAP starts "from the Turkish village of Türkgözü in the Posof district of Ardahan" (OGA); SCP gas also continues on BOTAŞ’s network to Erzurum.',
  },
  {
    id: 'erzurum', name: 'Erzurum', kind: 'pipeline-junction', country: 'TR', lat: 39.9086, lon: 41.2769,
    coordinatesNote: 'City point from Wikipedia, 39°54′31″N 41°16′37″E (to 1″).',
    sources: ['C-ERZURUM', 'REPORT-SCP'],
    notes: 'Delivery point of SCP gas on BOTAŞ’s network ("Baku–Tbilisi–Erzurum").',
  },
  {
    id: 'ceyhan', name: 'Ceyhan Marine Terminal (BTC, Haydar Aliyev terminal)', kind: 'oil-terminal', country: 'TR', lat: 36.8833, lon: 35.9333,
    coordinatesNote: 'World Port Index row "BOTAS" (to 1′). GEM’s BTC route ends at 36.8757, 35.9012; WPI’s "BOTAS DORTYOL OIL TERMINAL" (36.8667, 36.1333) is a different terminal.',
    sources: [{ key: 'GEO-WPI', note: 'row BOTAS 36.8833, 35.9333' }, { key: 'GEO-GEM', note: 'BTC route P0644 end vertex 36.8757, 35.9012' }, 'AZ24-CEYHAN', 'YENIMESAJ-BTC'],
    notes: 'End of BTC, operated by BOTAŞ International; storage of 7 tanks × 1 million barrels; first tanker June 2006; loadings suspended for six days after the 6 February 2023 earthquake.',
  },
  {
    id: 'bosporus', name: 'Bosporus (Strait of Istanbul)', kind: 'chokepoint', country: 'TR', lat: 41.1194, lon: 29.0753,
    coordinatesNote: 'Point in the strait from bosphorusstrait.com, 41°07′10″N 29°04′31″E (to 1″).',
    sources: ['BOSPHORUS-INFO', 'EOE-STRAITS', 'DEVDISCOURSE-2022', 'POLITICO-2022'],
    aliases: ['Bosphorus', 'İstanbul Boğazı'],
    notes: 'About 30 km long, minimum width 750 m; 2.9 Mbbl/d of oil passed in 2010 (EIA via Encyclopedia of Earth); tanker queues in December 2022 over insurance letters.',
  },
  {
    id: 'dardanelles', name: 'Dardanelles (Çanakkale Strait)', kind: 'chokepoint', country: 'TR', lat: 40.2, lon: 26.4,
    coordinatesNote: 'Point in the strait, 40°12′N 26°24′E (to 1′), from latitude.to (after Wikipedia).',
    sources: ['LATITUDE-DARDANELLES', 'EOE-STRAITS'],
    aliases: ['Çanakkale Boğazı', 'Hellespont'],
    notes: 'About 61 km long (latitude.to); the Encyclopedia of Earth gives a "40-mile" length.',
  },

  // ------------------------------------------------------------------ Europe
  {
    id: 'kipoi', name: 'Kipoi — TANAP/TAP interconnection at the Greek–Turkish border', kind: 'pipeline-junction', country: 'GR', lat: 40.9702, lon: 26.3093,
    coordinatesNote: 'Shared end vertex of GEM’s TANAP (P0763, westernmost point) and TAP (P0724, easternmost point) routes, both assembled from OpenStreetMap; on the Greek bank of the Evros/Meriç.',
    sources: [{ key: 'GEO-GEM', note: 'TANAP P0763 / TAP P0724 shared vertex 40.9702, 26.3093 (OpenStreetMap-derived)' }, 'REPORT-TAP', 'ENERDATA-TANAP'],
    aliases: ['Kipoi', 'Ipsala'],
    notes: 'TAP "will join ... TANAP near the village of Kipoi" (Report.az); TANAP ends at Ipsala on the Greek border (Enerdata).',
  },
  {
    id: 'melendugno', name: 'TAP receiving terminal, Melendugno (San Foca)', kind: 'pipeline-junction', country: 'IT', lat: 40.2667, lon: 18.3333, locode: 'ITSFM',
    coordinatesNote: 'UN/LOCODE ITSFM "Santa Foca di Melendugno" 4016N 01820E (to 1′). GEM’s TAP route ends at 40.2778, 18.3138.',
    sources: ['GEO-UNLOCODE', { key: 'GEO-GEM', note: 'TAP route P0724 westernmost vertex 40.2778, 18.3138' }, 'REPORT-TAP'],
    aliases: ['San Foca', 'Melendugno'],
  },
  {
    id: 'trieste', name: 'Port of Trieste (TAL pipeline head)', kind: 'seaport', country: 'IT', lat: 45.65, lon: 13.7667, locode: 'ITTRS',
    coordinatesNote: 'World Port Index (to 1′).',
    sources: ['GEO-WPI', 'VLAST-2024'],
    notes: 'Main European entry point for CPC crude (Vlast.kz); head of the Transalpine (TAL) pipeline.',
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
    id: 'schwedt', name: 'PCK Schwedt refinery (Druzhba northern leg)', kind: 'market', country: 'DE', lat: 53.1, lon: 14.24,
    coordinatesNote: 'Refinery point from the German Wikipedia article "PCK Raffinerie", 53°6′0″N 14°14′24″E (to 1″).',
    sources: ['WIKI-PCK', 'REUTERS-DRUZHBA-2024'],
    capacity: { value: 11.6, unit: 'Mt/yr', note: 'Crude processing capacity of the refinery (German Wikipedia).' },
    aliases: ['Schwedt/Oder', 'PCK Raffinerie'],
    notes: 'Supplies most of Berlin’s and Brandenburg’s fuel; takes Kazakh KEBCO crude through Transneft and the Druzhba northern leg (Belarus, Poland): 1.2 Mt agreed for a year (Reuters).',
  },
];
