/**
 * Links of the corridor dataset, as authored: China, the Kazakh railways to the Caspian and the Chinese border crossings, and the Northern route through Russia, Belarus and Poland to Germany.
 * Conventions as in `../links.ts`.
 */
import type { LinkInput } from '../types.js';
import { SHALKAR, SAKSAULSKAYA } from './common.js';

export const EAST_LINKS: readonly LinkInput[] = [
  {
    id: 'alashankou-dostyk', name: 'Alashankou – Dostyk rail border crossing', from: 'alashankou', to: 'dostyk',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The two border stations face each other across the border; the rail distance between them is not published.' },
    transitCountries: ['CN', 'KZ'], status: 'operational',
    operator: 'China Railway; Kazakhstan Temir Zholy (KTZ)',
    sources: [
      { key: 'C-ALASHANKOU', note: 'Dostyk–Alashankou was the only Kazakh–Chinese rail link until 2013' },
      { key: 'OCEANSKY-ALTYNKOL', note: 'over 156 Mt through Dostyk–Alashankou since 1991' },
      { key: 'RAILFREIGHT-2018', note: 'Dostyk 760 TEU a day (2018)' },
      { key: 'KTZ-ALTYNKOL-2023', note: '16.2 Mt through both crossings in seven months of 2023' },
      { key: 'WB-2023', note: 'China–Kazakhstan by rail via Dostyk or Khorgos/Altynkol' },
      'C-DOSTYK',
    ],
    notes: 'Break of gauge (1,435/1,520 mm). Connected in 1990 (Wikipedia, Aktogay); operation since 1991 (Oceansky).',
  },
  {
    id: 'khorgos-altynkol', name: 'Khorgos – Altynkol rail border crossing', from: 'khorgos', to: 'altynkol',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The rail distance between the two border stations is not published.' },
    transitCountries: ['CN', 'KZ'], status: 'operational',
    capacity: { value: 15, unit: 'Mt/yr', note: '"Expected to handle up to 15 million tons of freight per year initially, ... 30 million tons per year in the long run" (Wikipedia); Oceansky forecast 10 Mt (2015) and 15 Mt (2020).' },
    operator: 'China Railway; Kazakhstan Temir Zholy (KTZ)', startYear: 2012,
    sources: [
      { key: 'WIKI-KHORGAS', note: 'first regular trains 22 December 2012; up to 15 Mt/yr initially' },
      { key: 'OCEANSKY-ALTYNKOL', note: 'opening of the Altynkol–Khorgos crossing; forecast 10 Mt (2015), 15 Mt (2020)' },
      { key: 'KTZ-ALTYNKOL-2023', note: 'over 7 Mt in seven months of 2023' },
      { key: 'RAILFREIGHT-2018', note: 'Altynkol over 5,000 TEU a day (2018)' },
      'ASTANATIMES-KHORGOS',
    ],
  },
  {
    id: 'dostyk-moiynty', name: 'Dostyk – Moiynty railway (via Aktogay)', from: 'dostyk', to: 'moiynty',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'published', km: 836, note: '836 km (KTZ; Samruk-Kazyna via Trend).' },
    transitCountries: ['KZ'], status: 'operational',
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [
      { key: 'KTZ-DOSTYK', note: '836 km; capacity ×5 after the second track' },
      { key: 'QAZINFORM-DOSTYK', note: 'second track launched 30 September 2025; from 12 to 60 train pairs a day' },
      { key: 'TREND-KTZ-2025', note: 'Dostyk – Moyinty 836 km (2022–2025)' },
      { key: 'MASSAGET-DOSTYK', note: 'corridor Dostyk–Aktogay–Moiynty–Zharyk–Zhezkazgan–Sekseuil–Kandyagash–Aktobe–Iletsk' },
      { key: 'WIKI-AKTOGAY', note: 'line Dostyk–Aktogay–Sayak–Balkhash–Moiynty' },
    ],
    notes: 'Second track launched 30 September 2025: capacity up fivefold, from 12 to 60 train pairs a day (no tonnage capacity is published). The section Aktogay–Moiynty is also modelled separately (aktogay-moiynty) for traffic from Altynkol.',
  },
  {
    id: 'altynkol-zhetygen', name: 'Altynkol – Zhetygen railway', from: 'altynkol', to: 'zhetygen',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'published', km: 293, note: '293 km (Oceansky; Wikipedia, Khorgas).' },
    transitCountries: ['KZ'], status: 'operational',
    operator: 'Kazakhstan Temir Zholy (KTZ)', startYear: 2012,
    sources: [{ key: 'OCEANSKY-ALTYNKOL', note: 'Zhetygen–Altynkol 293 km, 5 stations' }, { key: 'WIKI-KHORGAS', note: '293 km, completed December 2011, border link December 2012' }],
  },
  {
    id: 'zhetygen-aktogay', name: 'Zhetygen – Aktogay (Turkestan–Siberia railway)', from: 'zhetygen', to: 'aktogay',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Section of the Turkestan–Siberia railway; its length is not in the sources.' },
    transitCountries: ['KZ'], status: 'operational',
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-AKTOGAY', note: 'Aktogay on the Turkestan–Siberia main line; Zhetigen–Khorgos line opened 2012' }, 'GEO-OSM-KZ'],
    notes: 'One rail path from the Altynkol crossing towards the Caspian (the sources do not say which lines trains from Altynkol use).',
  },
  {
    id: 'aktogay-moiynty', name: 'Aktogay – Moiynty (section of the Dostyk–Moiynty line)', from: 'aktogay', to: 'moiynty',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Section of the 836 km Dostyk–Moiynty line via Sayak and Balkhash; the section’s own length is not published.' },
    transitCountries: ['KZ'], status: 'operational',
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-AKTOGAY', note: 'Dostyk–Aktogay–Sayak–Balkhash–Moiynty' }, 'KTZ-DOSTYK', 'MASSAGET-DOSTYK'],
    notes: 'Duplicates part of dostyk-moiynty so that traffic from Altynkol can join the line at Aktogay.',
  },
  {
    id: 'moiynty-zhezkazgan', name: 'Moiynty – Zharyk – Zhezkazgan railway', from: 'moiynty', to: 'zhezkazgan',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The existing route runs Moiynty–Zharyk–Zhezkazgan (Massaget); its length is not in the sources. A direct Kyzylzhar–Moiynty line (323 km, rail-news.kz; 329 km, Samruk-Kazyna via Trend) is under construction for completion by December 2026.' },
    transitCountries: ['KZ'], status: 'operational',
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [
      { key: 'MASSAGET-DOSTYK', note: 'corridor Dostyk–Aktogay–Moiynty–Zharyk–Zhezkazgan–Sekseuil' },
      { key: 'RAILNEWS-KYZYLZHAR-2025', note: 'Kyzylzhar–Moiynty, 323 km, to be completed by December 2026' },
      { key: 'TREND-KTZ-2025', note: 'Kyzylzhar–Moiynty 329 km (2025–2026)' },
      'GEO-OSM-KZ',
    ],
  },
  {
    id: 'zhezkazgan-beyneu', name: 'Zhezkazgan – Beineu railway (via Saksaulskaya and Shalkar)', from: 'zhezkazgan', to: 'beyneu',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: {
      basis: 'computed', method: 'parts',
      parts: [
        { kind: 'published', label: 'new lines Zhezkazgan–Saksaulskaya and Shalkar–Beineu', km: 988, source: 'UIC-KTZ-2014' },
        { kind: 'great-circle', label: 'existing line Saksaulskaya–Shalkar', start: SAKSAULSKAYA, end: SHALKAR },
      ],
      note: 'The 988 km published for the Zhezkazgan–Beineu railway (UIC) is shorter than the great-circle distance between its end stations (992 km), so it cannot be the through distance. We read it as the length of the two new sections: the 2014 opening was held at their four ends, Beyneu, Shalkar, Saksaulskaya and Zhezkazgan (TURKPA), and between Saksaulskaya and Shalkar trains use an existing line whose length is not in the sources.',
    },
    transitCountries: ['KZ'], status: 'operational',
    operator: 'Kazakhstan Temir Zholy (KTZ)', startYear: 2014,
    sources: [
      { key: 'UIC-KTZ-2014', note: '988 km; 8.2 Mt expected at launch (2.3 Mt transit), up to 20 Mt' },
      { key: 'TURKPA-2014', note: 'commissioned 22 August 2014; ceremony at Beyneu, Shalkar, Saksaulskaya and Zhezkazgan' },
      { key: 'GEO-OSM-KZ', note: 'stations Шалкар 47.8341, 59.622 and Сексеул (Saksaulskaya) 47.0841, 61.1547' },
    ],
    notes: '8.2 Mt of freight expected at launch (2.3 Mt of it transit), up to 20 Mt later (UIC). It shortens the route from central Kazakhstan to Aktau.',
  },
  {
    id: 'beyneu-aktau', name: 'Beineu – Mangistau (Aktau) railway', from: 'beyneu', to: 'aktau',
    mode: 'rail', commodities: ['containers', 'general-cargo', 'crude-oil'], direction: 'both',
    length: { basis: 'published', km: 404, note: '404 km, the Beineu–Mangistau section (AZERTAC via Xalq qəzeti). Mangistau station (OpenStreetMap 43.697, 51.309) is about 14 km from the Aktau node, so the distance to the port itself is somewhat longer.' },
    transitCountries: ['KZ'], status: 'operational',
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [
      { key: 'XALQ-BEINEU', note: 'Beineu – Mangistau 404 km, modernised' },
      { key: 'GEO-OSM-KZ', note: 'stations Мангистау 43.697, 51.309 and Актау-Порт 43.5996, 51.2226' },
      { key: 'ZONEBOURSE-INPEX-2023', note: 'Kashagan crude brought to Aktau by rail' },
    ],
  },
  {
    id: 'beyneu-kuryk', name: 'Beineu – Kuryk port railway (via Ersai)', from: 'beyneu', to: 'kuryk',
    mode: 'rail', commodities: ['containers', 'general-cargo'], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Via the Beineu–Zhanaozen line and the Borzhakty–Ersai line, with a 13 km Ersai–Kuryk port approach (Oreanda); the through length is not published.' },
    transitCountries: ['KZ'], status: 'operational',
    operator: 'Kazakhstan Temir Zholy (KTZ)', startYear: 2016,
    sources: [{ key: 'OREANDA-KURYK', note: 'Ersai–Kuryk approach 13 km' }, 'INFORM-KURYK-2016', { key: 'GEO-OSM-KZ', note: 'station Ерсай 43.1953, 51.5832' }],
  },
];
