/**
 * Nodes of the corridor dataset, as authored: China, the Kazakh railways to the Caspian and the Chinese border crossings, and the Northern route through Russia, Belarus and Poland to Germany.
 * Conventions as in `../nodes.ts`.
 */
import type { NodeInput } from '../types.js';

export const EAST_NODES: readonly NodeInput[] = [
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
  {
    id: 'duisburg', name: 'Duisburg (duisport)', kind: 'market', country: 'DE', lat: 51.43, lon: 6.75, locode: 'DEDUI',
    coordinatesNote: 'City point from GeoNames (cities15000), 51.43, 6.75 (to 0.01°); UN/LOCODE DEDUI 5128N 00645E agrees. The duisport terminals lie within about 5 km.',
    sources: [{ key: 'GEO-GN15K', note: 'Duisburg 51.43, 6.75' }, { key: 'GEO-UNLOCODE', note: 'DEDUI 5128N 00645E' }],
    notes: 'European end of the Chongqing–Duisburg and Xi’an–Duisburg container train services.',
  },
  {
    id: 'hamburg', name: 'Hamburg', kind: 'market', country: 'DE', lat: 53.55, lon: 10.0, locode: 'DEHAM',
    coordinatesNote: 'City point from GeoNames (cities15000), 53.55, 10.00 (to 0.01°).',
    sources: [{ key: 'GEO-GN15K', note: 'Hamburg 53.55, 10.00' }],
    notes: 'European end of China–Europe container trains to Hamburg.',
  },
];
