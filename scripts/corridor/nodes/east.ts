/**
 * Nodes of the corridor dataset, as authored: China, the Kazakh railways to the Caspian and the Chinese border crossings, and the Northern route through Russia, Belarus and Poland to Germany.
 * Conventions as in `../nodes.ts`.
 */
import type { NodeInput } from '../types.js';

const CONTAINER_CARGO = ['containers', 'general-cargo'] as const;

export const EAST_NODES: readonly NodeInput[] = [
  // ------------------------------------------------------------------------------------------ China
  {
    id: 'lianyungang', name: 'Port of Lianyungang (eastern end of the Longhai railway)', kind: 'seaport', country: 'CN', lat: 34.7167, lon: 119.4333, locode: 'CNLYG',
    coordinatesNote: 'UN/LOCODE CNLYG 3443N 11926E (to 1′), the port at Lianyun; the GeoNames city point "Xinpu" (34.5997, 119.1594) is 27 km inland. Km 0 of the Longhai railway (Lianyun station) is at the port.',
    sources: [{ key: 'GEO-UNLOCODE', note: 'CNLYG 3443N 11926E' }, { key: 'WIKI-LONGHAI', note: 'km 0 Lianyun, Lianyungang km 33' }, 'RAILWAYPRO-LYG', 'CGTN-LYG-TERMINAL', 'TIMESCA-KTZ'],
    aliases: ['Lianyungang'],
    notes: 'Sea–rail origin of the New Eurasian Land Bridge. The China–Kazakhstan logistics terminal (KTZ and Lianyungang, since 2014) has an "annual handling capacity of 410,000 containers" (CGTN; containers, not TEU, so not recorded as a capacity here); KTZ runs regular trains from it to Almaty via Khorgos (Railway PRO, 2015).',
  },
  {
    id: 'xian', name: 'Xi’an (Xi’an International Port station, "Chang’an" trains)', kind: 'rail-hub', country: 'CN', lat: 34.26, lon: 108.93, locode: 'CNXIA',
    coordinatesNote: 'City point from GeoNames (cities15000), 34.26, 108.93 (to 0.01°); UN/LOCODE CNXIA 3417N 10857E agrees. Proxy: the Xi’an International Port station north-east of the city, where the trains start, is not located in the sources (about 20 km away).',
    sources: [{ key: 'GEO-GN15K', note: 'Xi’an 34.26, 108.93' }, { key: 'GEO-UNLOCODE', note: 'CNXIA 3417N 10857E' }, { key: 'WIKI-LONGHAI', note: 'Xi’an at km 1083 of the Longhai railway' }, 'RAILMARKET-XIAN-2022', 'SHIPHUB-XIAN', 'NSRD-XIAN-2023', 'CHINADAILY-XIAN-ALMATY-2013'],
    aliases: ['Xian', 'Chang’an'],
    notes: 'Largest China–Europe train hub. Xi’an–Duisburg: 9,908 km on a fixed timetable since November 2022 (duisport: 10 days; standard 12–14 days; record X8155 9 days 19 h 26 min). Xi’an–Almaty 3,866 km in six days (first train, 2013). No dwell figure for the hub itself: it is an origin here.',
  },
  {
    id: 'chongqing', name: 'Chongqing (Tuanjiecun container terminal, "Yuxinou" trains)', kind: 'rail-hub', country: 'CN', lat: 29.56, lon: 106.55,
    coordinatesNote: 'City point from GeoNames (cities15000), 29.56, 106.55 (to 0.01°). Proxy: the Tuanjiecun railway container terminal, where the trains start, is not located in the sources.',
    sources: [{ key: 'GEO-GN15K', note: 'Chongqing 29.56, 106.55' }, 'CONSULATE-CQ-2010', 'CHINADAILY-CQ-2013', 'ICHONGQING-2024'],
    aliases: ['Yuxinou'],
    notes: 'First China–Europe train service (Chongqing–Duisburg, 2011): 11,179 km via Xi’an, Lanzhou, Ürümqi and Alashankou, about 16 days (Chinese consulate 2010; China Daily 2013; iChongqing 2024).',
  },
  {
    id: 'urumqi', name: 'Ürümqi (Xinjiang China–Europe train assembly centre)', kind: 'rail-hub', country: 'CN', lat: 43.8, lon: 87.6, locode: 'CNURM',
    coordinatesNote: 'City point from GeoNames (cities15000, "Urunchi"), 43.80, 87.60 (to 0.01°); UN/LOCODE CNURM gives 4345N 08736E, 5 km away.',
    sources: [{ key: 'GEO-GN15K', note: 'Urunchi 43.80, 87.60' }, { key: 'GEO-UNLOCODE', note: 'CNURM 4345N 08736E' }, 'WIKI-LANXIN', 'WIKI-BEIJIANG', 'CHINAGATE-URUMQI-2016', 'ECNS-URUMQI-ALMATY-2017'],
    aliases: ['Urumqi', 'Urunchi'],
    notes: 'Junction of the Lanzhou–Xinjiang railway with the Northern Xinjiang railway to Alashankou and the second Ürümqi–Jinghe line towards Khorgos. Ürümqi–Duisburg 8,000 km in 10 days (2016); Ürümqi–Almaty via Horgos 30 hours (2017).',
  },
  {
    id: 'alashankou', name: 'Alashankou (Alataw Pass)', kind: 'border-crossing', country: 'CN', lat: 45.1703, lon: 82.5703, locode: 'CNAKL',
    coordinatesNote: 'Railway station from the Russian Wikipedia article, 45°10′13″N 82°34′13″E (to 1″). UN/LOCODE CNAKL 4511N 08226E; GEM’s Atasu–Alashankou route ends at 45.1944, 82.5656.',
    sources: [
      'C-ALASHANKOU', 'GEO-UNLOCODE', { key: 'GEO-GEM', note: 'route P0648 end vertex 45.1944, 82.5656' }, 'KIWIX-KZCN',
      'XINHUA-ALASHANKOU-2025-09', 'XINHUA-ALASHANKOU-2025-10', 'PEOPLE-ALASHANKOU-2026', 'XINHUA-XJ-2021',
    ],
    aliases: ['Alataw Pass', 'Alashankou'],
    dwell: [
      {
        trigger: 'passage', activity: 'Chinese customs and border clearance of a freight train', commodities: [...CONTAINER_CARGO],
        hours: 0.33, minHours: 0.33, maxHours: 16, basis: 'published', year: 2025,
        note: 'Outbound (westbound) freight trains leave the crossing "in only 20 minutes" after online pre-declaration (Xinhua, September 2025): 0.33 h, the typical value for China → Europe routes. Inbound (eastbound) cargo is cleared "in under 16 hours" instead of two to three days (Xinhua, October 2025), the upper end of the range. In 2020 the border passage of a train had been cut "to less than one hour from 10 hours" (China Railway Ürümqi Group). The reloading between gauges is charged at Dostyk (westbound trains are reloaded there); eastbound, a returning train is reloaded at Alashankou in about two hours (2025).',
        sources: ['XINHUA-ALASHANKOU-2025-09', 'XINHUA-ALASHANKOU-2025-10', 'PEOPLE-ALASHANKOU-2026', 'XINHUA-XJ-2021'],
      },
    ],
    notes: 'Chinese side of the Dostyk–Alashankou rail crossing and end of the Kazakhstan–China oil pipeline. 8,165 China–Europe (Central Asia) trains in 2025, up to 30 a day (People’s Daily, January 2026); the Jinghe–Alashankou section was double-tracked in 2024.',
  },
  {
    id: 'khorgos', name: 'Khorgos (Horgos) border station', kind: 'border-crossing', country: 'CN', lat: 44.12556, lon: 80.41444, locode: 'CNHRS',
    coordinatesNote: 'City point of Khorgas from the Wikipedia infobox, 44°07′32″N 80°24′52″E (to 1″), standing for the Chinese rail border station, which is not located more exactly in the sources. UN/LOCODE CNHRS gives 4403N 08050E (44.05, 80.83), 35 km farther east.',
    sources: ['WIKI-KHORGAS', { key: 'GEO-UNLOCODE', note: 'CNHRS 4403N 08050E' }, 'OCEANSKY-ALTYNKOL', 'CHINAGATE-XJ-2009', 'GT-HORGOS-2025'],
    aliases: ['Horgos', 'Khorgas', 'Korgas', 'Huo’erguosi'],
    dwell: [
      {
        trigger: 'passage', activity: 'Chinese customs clearance of export cargo', commodities: [...CONTAINER_CARGO],
        hours: 1, maxHours: 16, basis: 'published', year: 2025,
        note: 'Horgos customs (Global Times, October 2025): clearance of local export goods cut "from six hours to just one", of imported goods from two to three days to under 16 hours; a returning (eastbound) train is reloaded in about two hours. The export figure (1 h) is taken as typical for westbound trains; no figure for transit trains from other Chinese provinces is published.',
        sources: ['GT-HORGOS-2025'],
      },
    ],
    notes: 'Chinese side of the Altynkol–Khorgos rail crossing, end of the 286 km Jinghe–Yining–Khorgos railway. More than 27 China–Europe (Central Asia) trains a day in 2025 (Global Times).',
  },

  // ------------------------------------------------------------------------------------------ Kazakhstan
  {
    id: 'dostyk', name: 'Dostyk (Druzhba) border station', kind: 'border-crossing', country: 'KZ', lat: 45.2533, lon: 82.4844,
    coordinatesNote: 'Scots Wikipedia, 45°15′12″N 82°29′04″E (to 1″); the OpenStreetMap station is at 45.2529, 82.4867.',
    sources: ['C-DOSTYK', { key: 'GEO-OSM-KZ', note: 'station Достык 45.2529, 82.4867' }, 'KTZ-DOSTYK', 'SILKROADNEWS-2016', 'INDEX1520-DOSTYK', 'RAILJOURNAL-DTT-2021', 'PEOPLE-ALASHANKOU-2026', 'RAILFREIGHT-2018'],
    aliases: ['Druzhba', 'Достык'],
    capacity: {
      value: 760, unit: 'TEU/d', commodities: ['containers'],
      note: 'Daily container transshipment capacity of Dostyk station (UTLC ERA infrastructure page, date not shown; RailFreight gave the same 760 TEU a day in 2018); 15 trains a day can be received and dispatched on the 1,520 mm side and 12 on the 1,435 mm side. The Dostyk TransTerminal, 6 km west, opened in June 2021 with 100,000 TEU/yr (700,000 planned; IRJ), in addition.',
    },
    dwell: [
      {
        trigger: 'gauge-change', activity: 'processing of a train and reloading of its containers from 1,435 mm to 1,520 mm wagons', commodities: [...CONTAINER_CARGO],
        hours: 4.25, basis: 'published', year: 2016,
        note: 'Train processing at Dostyk cut from 9 hours to 4 hours 15 minutes (Xinhua via Silkroadnews, July 2016), the latest published figure for westbound trains, which are reloaded at Dostyk. Newer figures describe the other direction: a returning (eastbound) train completes "gauge change and reloading" at Alashankou in about two hours (People’s Daily, January 2026).',
        sources: ['SILKROADNEWS-2016', 'PEOPLE-ALASHANKOU-2026'],
      },
    ],
    notes: 'Kazakh side of the Dostyk–Alashankou crossing: break of gauge 1,520/1,435 mm. Strong winds over 25 m/s hamper work here (RailFreight, 2018).',
  },
  {
    id: 'altynkol', name: 'Altynkol border station (KTZE Khorgos Gateway dry port)', kind: 'border-crossing', country: 'KZ', lat: 44.1649, lon: 80.2954,
    coordinatesNote: 'OpenStreetMap railway station "Алтынколь" (to 1e-4°), the Kazakh side of the Khorgos crossing; the dry port is "near the city of Zharkent" (Astana Times).',
    sources: [
      { key: 'GEO-OSM-KZ', note: 'station Алтынколь 44.1649, 80.2954' }, 'ASTANATIMES-KHORGOS', 'OCEANSKY-ALTYNKOL', 'KTZ-ALTYNKOL-2023', 'RAILFREIGHT-2018',
      { key: 'WIKI-KHORGAS', note: 'first regular trains 22 December 2012' }, { key: 'C-ALASHANKOU', note: 'dates the crossing to December 2013' },
      'ASTANATIMES-KHORGOS-2026', 'RAILFREIGHT-KHORGOS-2022', 'KHORGOSGATEWAY-2015',
    ],
    aliases: ['Altynkol', 'Khorgos Gateway', 'Алтынколь'],
    dwell: [
      {
        trigger: 'gauge-change', activity: 'reloading containers from 1,435 mm to 1,520 mm wagons at the KTZE–Khorgos Gateway dry port', commodities: [...CONTAINER_CARGO],
        hours: 1, minHours: 0.92, maxHours: 1.18, basis: 'published', year: 2025,
        note: 'Average container handling time cut "from five hours to one" in 2025 (Astana Times, February 2026); a 45–50-car train reloaded in 55 minutes (Astana Times, August 2021); the first train, on 29 July 2015, in 1 h 11 min (Khorgos Gateway). The 2025 figure may be per container rather than per train; the three agree on about one hour per train.',
        sources: ['ASTANATIMES-KHORGOS-2026', 'ASTANATIMES-KHORGOS', 'KHORGOSGATEWAY-2015'],
      },
    ],
    notes: 'Second Kazakh–Chinese rail crossing (after Dostyk), opened December 2012 (the Russian Wikipedia says December 2013); break of gauge. Capacity raised from 9–10 to 19–20 trains a day with new 1,435 mm tracks (RailFreight, 2022; trains a day is not a capacity unit of the dataset, so it stays here); 372,000 TEU handled in 2025 (a throughput, so at least that much capacity). In 2018 KTZ claimed more than 5,000 TEU a day against 760 at Dostyk (RailFreight), a design figure far above any observed throughput.',
  },
  {
    id: 'zhetygen', name: 'Zhetygen railway junction (Alatau)', kind: 'rail-hub', country: 'KZ', lat: 43.6887, lon: 77.1259,
    coordinatesNote: 'OpenStreetMap railway station "Жетыген" (to 1e-4°); no gazetteer point was found in the stored material.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Жетыген 43.6887, 77.1259' }, 'OCEANSKY-ALTYNKOL', 'WIKI-AKTOGAY', { key: 'AZATTYQ-ALATAU-2024', note: 'renamed Alatau in January 2024' }],
    aliases: ['Zhetigen', 'Alatau', 'Жетыген'],
    notes: 'Junction of the Zhetygen–Altynkol line (293 km, 2012) with the Turkestan–Siberia railway north of Almaty; the settlement became the town of Alatau in January 2024.',
  },
  {
    id: 'aktogay', name: 'Aktogay railway junction', kind: 'rail-hub', country: 'KZ', lat: 46.9531, lon: 79.6817,
    coordinatesNote: 'OpenStreetMap railway station "Актогай" (to 1e-4°); the Wikipedia town point 46°57′N 79°40′E is within 2 km.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Актогай 46.9531, 79.6817' }, { key: 'WIKI-AKTOGAY', note: 'town 46.950, 79.667; junction of the Turkestan–Siberia railway with the Dostyk and Sayak–Balkhash–Moiynty lines' }],
    notes: 'Where the Dostyk–Moiynty line crosses the Turkestan–Siberia railway (Almaty–Semey).',
  },
  {
    id: 'moiynty', name: 'Moiynty railway junction', kind: 'rail-hub', country: 'KZ', lat: 47.2183, lon: 73.3604,
    coordinatesNote: 'OpenStreetMap railway station "Мойынты" (to 1e-4°); no gazetteer point was found in the stored material.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Мойынты 47.2183, 73.3604' }, 'KTZ-DOSTYK', 'MASSAGET-DOSTYK', 'RAILNEWS-KYZYLZHAR-2025', 'TREND-KTZ-2025'],
    aliases: ['Moyynty', 'Mointy', 'Мойынты'],
    notes: 'Western end of the Dostyk–Moiynty line (second track completed 2025), on the through route Dostyk–Aktogay–Moiynty–Zharyk–Zhezkazgan (Massaget) and on the Shu–Moiynty–Karaganda–Astana line north. A new Kyzylzhar–Moiynty line (323 km per KTZ’s paper, 329 km per Samruk-Kazyna) is under construction, due December 2026.',
  },
  {
    id: 'almaty', name: 'Almaty-1 station', kind: 'rail-hub', country: 'KZ', lat: 43.3414, lon: 76.9492,
    coordinatesNote: 'OpenStreetMap railway station "Алма-Ата-1" (to 1e-4°), the freight-relevant through station north of the city centre; the GeoNames city point is 43.2565, 76.9285.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Алма-Ата-1 43.3414, 76.9492' }, 'WB-10ACTIONS', 'INFORM-TLEPOV'],
    aliases: ['Almaty', 'Alma-Ata', 'Алматы'],
    notes: '"All freight trains pass through the city centre and must have their locomotives changed from diesel to electric" (World Bank, 2024): a passage dwell, but no time for it is published, so none is recorded (the routing engine applies its documented default and lists it). A bypass to cut the junction’s load by 30 % and supply times by 24 hours is planned (Kazinform, 2022).',
  },
  {
    id: 'shu', name: 'Shu (Chu) junction', kind: 'rail-hub', country: 'KZ', lat: 43.601, lon: 73.7611,
    coordinatesNote: 'OpenStreetMap railway station "Шу" (to 1e-4°).',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Шу 43.601, 73.7611' }, 'KTZ-SHU-2025'],
    aliases: ['Chu', 'Шу'],
    notes: 'Junction of the Turkestan–Siberia railway (Almaty–Arys) with the line north to Moiynty, Karaganda and Astana. "A junction station that requires a change of locomotive" (KTZ, 2025, on passenger trains); no time for freight trains is published, so no dwell is recorded.',
  },
  {
    id: 'arys', name: 'Arys-1 junction', kind: 'rail-hub', country: 'KZ', lat: 42.4193, lon: 68.7935,
    coordinatesNote: 'OpenStreetMap railway station "Арыс 1" (to 1e-4°).',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Арыс 1 42.4193, 68.7935' }, 'WIKI-TRANSARAL-DE'],
    aliases: ['Arys', 'Арыс'],
    notes: 'Where the Turkestan–Siberia railway meets the Trans-Aral (Orenburg–Tashkent) railway; the line to Saryagash and Uzbekistan leaves south. No corridor-specific dwell figure found.',
  },
  {
    id: 'kyzylorda', name: 'Kyzylorda station', kind: 'rail-hub', country: 'KZ', lat: 44.8547, lon: 65.4954,
    coordinatesNote: 'OpenStreetMap railway station "Кызылорда" (to 1e-4°).',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Кызылорда 44.8547, 65.4954' }, { key: 'WIKI-TRANSARAL-DE', note: 'Kyzylorda km 1492 of the Trans-Aral chainage from Orenburg' }],
    aliases: ['Qyzylorda', 'Қызылорда'],
    notes: 'On the Trans-Aral railway (Orenburg–Aktobe–Kyzylorda–Arys–Tashkent). No corridor-specific figure found.',
  },
  {
    id: 'saksaulskaya', name: 'Saksaulskaya (Sekseul) junction', kind: 'rail-hub', country: 'KZ', lat: 47.0841, lon: 61.1547,
    coordinatesNote: 'OpenStreetMap railway station "Сексеул" (to 1e-4°); identified by name with Saksaulskaya.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Сексеул 47.0841, 61.1547' }, 'TURKPA-2014', 'UIC-KTZ-2014', 'WIKI-TRANSARAL-DE'],
    aliases: ['Saksaul', 'Sekseul', 'Сексеул'],
    notes: 'Where the Zhezkazgan–Saksaulskaya section of the Zhezkazgan–Beineu railway (2014) meets the Trans-Aral railway. No corridor-specific figure found.',
  },
  {
    id: 'shalkar', name: 'Shalkar junction', kind: 'rail-hub', country: 'KZ', lat: 47.8341, lon: 59.622,
    coordinatesNote: 'OpenStreetMap railway station "Шалкар" (to 1e-4°).',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Шалкар 47.8341, 59.622' }, 'TURKPA-2014', { key: 'WIKI-TRANSARAL-DE', note: 'Shalkar km 826 of the Trans-Aral chainage from Orenburg' }],
    aliases: ['Chelkar', 'Шалқар'],
    notes: 'On the Trans-Aral railway, where the Shalkar–Beineu section of the Zhezkazgan–Beineu railway (2014) leaves for the Caspian. Added so that the routes Zhezkazgan–Beineu and Kyzylorda–Aktobe share the Saksaulskaya–Shalkar section instead of duplicating it. No corridor-specific figure found.',
  },
  {
    id: 'zhezkazgan', name: 'Zhezkazgan', kind: 'rail-hub', country: 'KZ', lat: 47.7775, lon: 67.6917,
    coordinatesNote: 'OpenStreetMap railway station "Джезказган" (to 1e-4°); the Wikipedia city point 47°47′N 67°42′E is within 1 km.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Джезказган 47.7775, 67.6917' }, { key: 'WIKI-ZHEZKAZGAN-2006', note: 'city 47°47′N 67°42′E' }, 'TURKPA-2014'],
    aliases: ['Jezkazgan', 'Dzhezkazgan'],
    notes: 'Eastern end of the Zhezkazgan–Beineu railway (2014).',
  },
  {
    id: 'beyneu', name: 'Beyneu (Beineu) railway junction', kind: 'rail-hub', country: 'KZ', lat: 45.3221, lon: 55.1966,
    coordinatesNote: 'OpenStreetMap railway station "Бейнеу" (to 1e-4°); no Wikipedia or gazetteer point was found in the stored material.',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Бейнеу 45.3221, 55.1966' }, 'TURKPA-2014', 'XALQ-BEINEU'],
    aliases: ['Beineu', 'Бейнеу'],
    notes: 'Junction of the Zhezkazgan–Beineu line (2014), the Beineu–Mangistau (Aktau) line and the line to Uzbekistan.',
  },
  {
    id: 'astana', name: 'Astana-1 station', kind: 'rail-hub', country: 'KZ', lat: 51.1959, lon: 71.41,
    coordinatesNote: 'OpenStreetMap railway station "Астана-1" (to 1e-4°).',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Астана-1 51.1959, 71.41' }, 'OENB-2018'],
    aliases: ['Nur-Sultan', 'Akmola', 'Астана'],
    notes: 'On the Shu–Moiynty–Karaganda–Astana–Petropavlovsk line, one of the Northern-route branches from the Chinese border to Russia ("via Astana", OeNB 2018). No corridor-specific dwell figure found.',
  },
  {
    id: 'petropavlovsk', name: 'Petropavlovsk (Petropavl) station', kind: 'rail-hub', country: 'KZ', lat: 54.8564, lon: 69.1704,
    coordinatesNote: 'OpenStreetMap railway station "Петропавловск" (to 1e-4°).',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Петропавловск 54.8564, 69.1704' }, 'OENB-2018'],
    aliases: ['Petropavl', 'Петропавл'],
    notes: 'On the southern Trans-Siberian line (Kurgan–Petropavlovsk–Omsk), near the Kazakh–Russian border west of the city. The time trains spend at the Kazakh–Russian border is not published, so no dwell is recorded here (the ERAI transit time used for the Russian legs includes border stops).',
  },
  {
    id: 'aktobe', name: 'Aktobe-1 station', kind: 'rail-hub', country: 'KZ', lat: 50.2808, lon: 57.2142,
    coordinatesNote: 'OpenStreetMap railway station "Актобе-1" (to 1e-4°).',
    sources: [{ key: 'GEO-OSM-KZ', note: 'station Актобе-1 50.2808, 57.2142' }, 'WIKI-TRANSARAL-DE'],
    aliases: ['Aqtobe', 'Aktyubinsk', 'Ақтөбе'],
    notes: 'On the Trans-Aral railway between Kandyagash and the Russian border at Iletsk (Orenburg). No corridor-specific figure found.',
  },

  // ------------------------------------------------------------------------------------------ Russia and Belarus
  {
    id: 'iletsk', name: 'Iletsk (Sol-Iletsk), Russian side of the Aktobe–Orenburg crossing', kind: 'border-crossing', country: 'RU', lat: 51.16, lon: 54.99,
    coordinatesNote: 'Town point of Sol-Iletsk from GeoNames (cities15000), 51.16, 54.99 (to 0.01°), standing for the Iletsk I border station, which is not located in the sources.',
    sources: [{ key: 'GEO-GN15K', note: 'Sol’-Iletsk 51.16, 54.99' }, 'WIKI-TRANSARAL-DE'],
    aliases: ['Sol-Iletsk', 'Iletsk I', 'Соль-Илецк'],
    notes: 'Russian border station of the Trans-Aral railway towards Orenburg and Samara: the alternative exit from Kazakhstan to Russia. No border time is published, so no dwell is recorded.',
  },
  {
    id: 'moscow', name: 'Moscow (railway node)', kind: 'city', country: 'RU', lat: 55.75, lon: 37.62,
    coordinatesNote: 'City point from GeoNames (cities15000), 55.75, 37.62 (to 0.01°); transit trains use the Moscow ring lines, which are not located here.',
    sources: [{ key: 'GEO-GN15K', note: 'Moscow 55.75, 37.62' }, 'OENB-2018', 'WIKI-MOSCOW-BREST'],
    aliases: ['Moskva'],
    notes: 'Where the branches of the Northern route from Kazakhstan reunite before Belarus (OeNB, 2018).',
  },
  {
    id: 'minsk', name: 'Minsk', kind: 'city', country: 'BY', lat: 53.9, lon: 27.57,
    coordinatesNote: 'City point from GeoNames (cities15000), 53.90, 27.57 (to 0.01°).',
    sources: [{ key: 'GEO-GN15K', note: 'Minsk 53.90, 27.57' }, 'WIKI-MOSCOW-BREST', 'WIKI-MINSK-BREST-JA'],
    notes: 'On the Moscow–Brest railway. Belarusian transit from the Russian border at Krasnoye to Brest took "less than 12 hours" (Belarusian Railway, 2015).',
  },
  {
    id: 'brest', name: 'Brest (Belarus) border station', kind: 'border-crossing', country: 'BY', lat: 52.1, lon: 23.69,
    coordinatesNote: 'City point from GeoNames (cities15000), 52.10, 23.69 (to 0.01°), standing for the Brest border and transshipment stations.',
    sources: [{ key: 'GEO-GN15K', note: 'Brest 52.10, 23.69' }, 'CFTS-BY-2015', 'NEWSBY-2025', 'TRASPORTOEUROPA-2025'],
    aliases: ['Brest-Central', 'Брест'],
    dwell: [
      {
        trigger: 'passage', activity: 'Belarusian processing of a transit container train at the EU border (without transshipment)', commodities: [...CONTAINER_CARGO],
        hours: 6, maxHours: 10, basis: 'published', year: 2015,
        note: 'Processing of China–EU transit trains at Brest cut "from 36 to 10 hours" with transfer and to 6 hours without (Belarusian Railway via CFTS, 2015). Broad-gauge trains continue into the Małaszewicze yards in Poland, where the gauge change is charged, so the value without transfer is typical here; the 10 hours apply to trains reloaded at Brest. No newer figure was found.',
        sources: ['CFTS-BY-2015'],
      },
    ],
    notes: 'Break of gauge with Poland on the busiest China–Europe crossing. During Poland’s closure of the border, 12–25 September 2025, more than 130 trains waited at Brest–Terespol (News.by; Trasporto Europa): an event, not a dwell.',
  },

  // ------------------------------------------------------------------------------------------ Poland and Germany
  {
    id: 'malaszewicze', name: 'Małaszewicze transshipment area', kind: 'rail-hub', country: 'PL', lat: 52.0225, lon: 23.5342,
    coordinatesNote: 'Polish Wikipedia, 52°01′21″N 23°32′03″E (to 1″), the village in the middle of the transshipment area ("9 km from the border").',
    sources: ['C-MALASZ', 'POLOT-MAL-2022', 'RAILGAZETTE-TERESPOL', 'RAILTECH-2018', 'RAILFREIGHT-PL-2018', 'INTERRAIL-2019', 'RAILTARGET-2021', 'KRESY-CARGOTOR-2021', 'INDEX1520-MAL-2022', 'CHINACEEC-2023', 'SEANEWS-TR-2026-02'],
    aliases: ['Malaszewicze'],
    capacity: {
      value: 450000, unit: 'TEU/yr', commodities: ['containers'], year: 2019,
      note: 'Terespol, "the busiest of the three active rail freight transhipment points on the Belarus/Poland border … can currently handle 450 000 TEU/year"; the Polish government aimed to quadruple this by 2022 (Railway Gazette, 2019). No later capacity in TEU is published: the 2021 figures are broad-gauge train pairs a day (16), and the modernisation target is 55 train pairs a day (CARGOTOR).',
    },
    dwell: [
      {
        trigger: 'gauge-change', activity: 'border queue and reloading of containers from 1,520 mm to 1,435 mm wagons (Brest–Małaszewicze)', commodities: [...CONTAINER_CARGO],
        hours: 60, minHours: 48, maxHours: 144, basis: 'published', year: 2018,
        note: '"In a regular trip, trains wait at the border for two to three days. This easily becomes five days, while waiting times can also extend into weeks" (RailTech, March 2018): 60 h is the middle of the regular two to three days, 48 h its lower end. A Swiss logistics provider put the time at Brest/Małaszewicze at four to six days per train (RailFreight, September 2018; 144 h upper end), while PKP Cargo said the problems were solved. No newer published waiting time was found: broad-gauge capacity rose to a record 16.5 train pairs a day in August 2021 and 16 paths a day from December 2021, and 13 new tracks for 750 m trains were contracted in 2022, which suggests shorter waits, but nobody has published them. The border closure of 12–25 September 2025 is an event, not a dwell.',
        sources: ['RAILTECH-2018', 'RAILFREIGHT-PL-2018', 'RAILTARGET-2021', 'KRESY-CARGOTOR-2021', 'INDEX1520-MAL-2022'],
      },
    ],
    notes: 'Where almost all China–Europe trains enter the EU: about 90 % of them pass through or arrive in Poland (Xinhua, 2023) and the China–Poland corridor carried 94 % of China–EU rail TEU in 2025 (ERA data via Upply). Handling capacity was 14 trains a day before the 2018 works (8 during them; InterRail). CARGOTOR manages 180 km of track here (2021). Terespol, the Polish border station, is 9 km east and is not modelled separately.',
  },
  {
    id: 'warsaw', name: 'Warsaw', kind: 'city', country: 'PL', lat: 52.23, lon: 21.01,
    coordinatesNote: 'City point from GeoNames (cities15000), 52.23, 21.01 (to 0.01°).',
    sources: [{ key: 'GEO-GN15K', note: 'Warsaw 52.23, 21.01' }, 'POLOT-MAL-2022'],
    aliases: ['Warszawa'],
    notes: 'Western end of line No. 2 from Terespol (214.227 km).',
  },
  {
    id: 'lodz', name: 'Łódź (Olechów terminal)', kind: 'rail-hub', country: 'PL', lat: 51.75, lon: 19.47,
    coordinatesNote: 'City point from GeoNames (cities15000), 51.75, 19.47 (to 0.01°); the Olechów container terminal in the east of the city is not located in the sources.',
    sources: [{ key: 'GEO-GN15K', note: 'Łódź 51.75, 19.47' }],
    aliases: ['Lodz', 'Łódź Olechów'],
    notes: 'European end of the Chengdu–Łódź service (since 2013).',
  },
  {
    id: 'duisburg', name: 'Duisburg (duisport)', kind: 'market', country: 'DE', lat: 51.43, lon: 6.75, locode: 'DEDUI',
    coordinatesNote: 'City point from GeoNames (cities15000), 51.43, 6.75 (to 0.01°); UN/LOCODE DEDUI 5128N 00645E agrees. The duisport terminals lie within about 5 km.',
    sources: [{ key: 'GEO-GN15K', note: 'Duisburg 51.43, 6.75' }, { key: 'GEO-UNLOCODE', note: 'DEDUI 5128N 00645E' }, 'RAILMARKET-XIAN-2022', 'CHINADAILY-CQ-2013', 'NAMIARY-2012'],
    notes: 'European end of the Chongqing–Duisburg (11,179 km, about 16 days) and Xi’an–Duisburg (9,908 km, 10 days on the fixed timetable) services.',
  },
  {
    id: 'hamburg', name: 'Hamburg', kind: 'market', country: 'DE', lat: 53.55, lon: 10.0, locode: 'DEHAM',
    coordinatesNote: 'City point from GeoNames (cities15000), 53.55, 10.00 (to 0.01°).',
    sources: [{ key: 'GEO-GN15K', note: 'Hamburg 53.55, 10.00' }, 'INDEX1520-DHL-2024'],
    notes: 'European end of China–Europe container trains to Hamburg. DHL (January 2024): rail terminal to terminal 13–14 days to Poland and 18–20 days to Germany.',
  },
];
