/**
 * Sources added for China, the Kazakh railways and the Northern route, keyed by citation key (keys follow `shared/reference/china-europe-facts.md`
 * and `corridor-facts.md` where the source is listed there). A key must not repeat one of another
 * registry file unless the record is identical.
 */
import type { Source } from '../types.js';

const WIKIPEDIA_COPY = 'Wikipedia (mirror copy)';

export const EAST_SOURCES: Readonly<Record<string, Source>> = {
  // ---------------------------------------------------------------- China: line lengths, speeds, border ports
  'WIKI-LONGHAI': {
    title: 'Longhai railway (Wikipedia article, 2020-08 snapshot): 1,759 km Lianyungang–Lanzhou; station chainage Lianyungang km 33, Xi’an km 1083, Lanzhou km 1759',
    url: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Longhai_railway',
    publisher: `${WIKIPEDIA_COPY}: a.osmarks.net (Kiwix wikipedia_en_all_maxi_2020-08)`,
    date: '2020-08',
  },
  'WIKI-LANXIN': {
    title: 'Lanzhou–Xinjiang railway (Wikipedia article, 2024-01 snapshot): 1,904 km Lanzhou–Ürümqi, double track',
    url: 'https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Lanxin_railway',
    publisher: `${WIKIPEDIA_COPY}: kiwix.haohe.fun (Kiwix wikipedia_en_all_maxi_2024-01)`,
    date: '2024-01',
  },
  'WIKI-BEIJIANG': {
    title: 'Northern Xinjiang railway (Wikipedia article): Ürümqi–Alashankou, 460 km',
    url: 'https://newikis.com/en/Northern_Xinjiang_railway',
    publisher: `${WIKIPEDIA_COPY}: newikis.com`,
  },
  'CHINAGATE-XJ-2009': {
    title: '4 new rail lines to be operational in Xinjiang by year-end (Jinghe–Horgos 286 km; Ürümqi–Jinghe second line 381.5 km)',
    url: 'http://en.chinagate.cn/top_news/2009-11/06/content_18837339.htm',
    publisher: 'China.org.cn / Chinagate (Xinhua)',
    date: '2009-11-06',
  },
  'XINHUA-RU-CRC-2015': {
    title: 'В 2014 году по железным дорогам Китай-Европа прошли 308 поездов (China Railway Corporation: China–Europe trains cover 1,000 km a day on every route, about 12 days end to end)',
    url: 'http://russian.dbw.cn/system/2015/01/22/000929840.shtml',
    publisher: 'Northeast Net Russian edition (Xinhua)',
    date: '2015-01-22',
  },
  'CONSULATE-CQ-2010': {
    title: 'Probebetrieb auf chinesischem Teil der Zugstrecke Chongqing-Xinjiang-Europa (route Chongqing–Xi’an–Lanzhou–Ürümqi–Alashankou; total 11,179 km)',
    url: 'http://frankfurt.china-consulate.org/det/sbwl/201010/t20101019_3436890.htm',
    publisher: 'Generalkonsulat der Volksrepublik China in Frankfurt am Main',
    date: '2010-10-18',
  },
  'CHINADAILY-CQ-2013': {
    title: 'Rail route to Europe improves freight transport (Chongqing–Xinjiang–Europe: via Xi’an, Lanzhou, Ürümqi and Alataw Pass; 11,179 km; 16 days on average)',
    url: 'https://global.chinadaily.com.cn/cndy/2013-09/13/content_16966725.htm',
    publisher: 'China Daily',
    date: '2013-09-13',
  },
  'ICHONGQING-2024': {
    title: 'Whistles along the Rhine (Yuxinou: 11,179 km, 16 days)',
    url: 'https://www.ichongqing.info/2024/03/28/whitles-along-the-rhine/',
    publisher: 'iChongqing',
    date: '2024-03-28',
  },
  'CHINADAILY-XIAN-ALMATY-2013': {
    title: 'First Xi’an–Almaty container train (3,866 km, six days)',
    url: 'https://global.chinadaily.com.cn/china/2013-11/28/content_17138284.htm',
    publisher: 'China Daily',
    date: '2013-11-28',
  },
  'RAILWAYPRO-LYG': {
    title: 'Container train route launched between China and Kazakhstan (KTZ Lianyungang–Almaty regular train via Khorgos; Lianyungang, eastern end of the Longhai railway)',
    url: 'https://www.railwaypro.com/wp/container-train-route-launched-between-china-and-kazakhstan/',
    publisher: 'Railway PRO',
    date: '2015',
  },
  'CGTN-LYG-TERMINAL': {
    title: 'China–Kazakhstan logistics terminal at Lianyungang (annual handling capacity 410,000 containers; in operation since 2014)',
    url: 'https://news.cgtn.com/news/3d556a4d7749444e/index.html',
    publisher: 'CGTN',
  },
  'CHINAGATE-URUMQI-2016': {
    title: 'Cargo trains link China, Germany (Ürümqi–Duisburg, 8,000 km, ten days)',
    url: 'http://en.chinagate.cn/2016-05/28/content_38556145.htm',
    publisher: 'China.org.cn / Chinagate (Xinhua)',
    date: '2016-05-28',
  },
  'ECNS-URUMQI-ALMATY-2017': {
    title: 'Freight train from Ürümqi to Almaty via Horgos (travel time cut by almost 25 % to 30 hours)',
    url: 'http://ecns.cn/business/2017/02-26/246886.shtml',
    publisher: 'ECNS (China News Service)',
    date: '2017-02-26',
  },
  'XINHUA-XJ-2021': {
    title: 'Record 9,679 China-Europe freight trains passed through Xinjiang in 2020 (border passage cut from 10 hours to less than one hour)',
    url: 'http://en.people.cn/n3/2021/0104/c90000-9805550.html',
    publisher: 'People’s Daily Online (Xinhua)',
    date: '2021-01-04',
  },
  'XINHUA-ALASHANKOU-2025-09': {
    title: 'Alashankou Port: über 5.000 China-Europa-Güterzüge (zweigleisiger Ausbau Jinghe–Alashankou 2024; ausgehende Güterzüge verlassen den Grenzübergang nach Online-Vorabanmeldung in nur 20 Minuten)',
    url: 'http://german.xinhuanet.com/20250903/2bd103ea5fba45e0822497fde37875e2/c.html',
    publisher: 'Xinhua (German service)',
    date: '2025-09-03',
  },
  'XINHUA-ALASHANKOU-2025-10': {
    title: 'Principal porto terrestre em Xinjiang registra mais de 6 mil viagens de trem de carga China-Europa (inbound cargo cleared in under 16 hours instead of two to three days; each returning train reloaded in about two hours on average)',
    url: 'https://sites.brasil247.com/principal-porto-terrestre-em-xinjiang-no-noroeste-da-china-registra-mais-de-6-mil-viagens-de-trem-de-carga-china-europa',
    publisher: 'Brasil 247 (Xinhua)',
    date: '2025-10-13',
  },
  'PEOPLE-ALASHANKOU-2026': {
    title: 'Major Xinjiang rail port sees record for China-Europe freight trains (8,165 trains in 2025; a returning train completes gauge change and reloading in about two hours)',
    url: 'http://en.people.cn/n3/2026/0113/c90000-20413768.html',
    publisher: 'People’s Daily Online (Xinhua)',
    date: '2026-01-13',
  },
  'GT-HORGOS-2025': {
    title: 'China-Europe freight train marks 50,000th trip from Horgos port (27 trains a day; returning train reloaded in two hours; customs: imports under 16 hours, local exports from six hours to one)',
    url: 'https://www.newscentralasia.net/2025/10/13/china-europe-freight-train-marks-50000th-trip-from-horgos-port/',
    publisher: 'News Central Asia (after the Global Times)',
    date: '2025-10-13',
  },

  // ---------------------------------------------------------------- Kazakhstan
  'SILKROADNEWS-2016': {
    title: 'More than 3 mln tonnes of freight transported through Chinese-Kazakhstani border via Alashankou–Dostyk passage (capacity 20 Mt; train processing cut from 9 h to 4 h 15 min)',
    url: 'https://silkroadnews.org/en/news/more-than-3-mln-of-freights-transported-through-chinese-kazakhstani-border-via-alashankou-dostyk-passage',
    publisher: 'Silkroadnews (Xinhua)',
    date: '2016-07-22',
  },
  'INDEX1520-DOSTYK': {
    title: 'Dostyk (infrastructure page: daily container transshipment capacity 760 TEU; 15 trains a day on 1,520 mm and 12 on 1,435 mm)',
    url: 'https://index1520.com/en/infrastructure/dostyk/',
    publisher: 'UTLC ERA (ERAI portal index1520.com)',
  },
  'WIKI-AKTOGAY-DOSTYK-KK': {
    title: 'Ақтоғай-Достық темір жолы (Aktogay–Dostyk railway, Kazakh Wikipedia article): 304 km, stations Aktogay–Sarykum–Saikan–Beskol–Koktuma–Zhalanashkol–Dostyk',
    url: 'https://kk.wikipedia.org/wiki/%D0%90%D2%9B%D1%82%D0%BE%D2%93%D0%B0%D0%B9-%D0%94%D0%BE%D1%81%D1%82%D1%8B%D2%9B_%D1%82%D0%B5%D0%BC%D1%96%D1%80_%D0%B6%D0%BE%D0%BB%D1%8B',
    publisher: 'Wikipedia',
  },
  'RAILJOURNAL-DTT-2021': {
    title: 'New China–Kazakhstan freight terminal opens (Dostyk TransTerminal, 100,000 TEU a year, 700,000 planned)',
    url: 'https://www.railjournal.com/freight/new-china-kazakhstan-freight-terminal-opens/',
    publisher: 'International Railway Journal',
    date: '2021-06',
  },
  'ZAWYA-BAKHTY': {
    title: 'Kazakhstan starts building new railroad to China (Bakhty–Ayagoz 272 km; Kazakh–Chinese crossings 28 → 48 Mt/yr)',
    url: 'https://www.zawya.com/en/projects/bri/kazakhstan-starts-building-new-railroad-to-china-tuq8jgnc',
    publisher: 'Zawya (WAM / Kazinform)',
    date: '2023-12-21',
  },
  'RAILFREIGHT-KHORGOS-2022': {
    title: 'Khorgos terminal doubles capacity: a solution to congested borders (from 9–10 to 19–20 trains a day)',
    url: 'https://www.railfreight.com/beltandroad/2022/10/06/khorgos-terminal-doubles-capacity-a-solution-to-congested-borders/',
    publisher: 'RailFreight.com',
    date: '2022-10-06',
  },
  'KHORGOSGATEWAY-2015': {
    title: 'KTZE–Khorgos Gateway press release: first container train handled on 29 July 2015 in 1 h 11 min',
    url: 'http://en.khorgosgateway.com/catalog/press_release/vr/128.html',
    publisher: 'KTZE–Khorgos Gateway',
    date: '2015',
  },
  'ASTANATIMES-KHORGOS-2026': {
    title: 'Khorgos Gateway boosts transit capacity, handles over 372,000 TEUs in 2025 (average container handling time cut from five hours to one)',
    url: 'https://astanatimes.com/2026/02/khorgos-gateway-boosts-transit-capacity-handles-over-372000-teus-in-2025/',
    publisher: 'The Astana Times',
    date: '2026-02-06',
  },
  'FERGANA-DE-DM': {
    title: 'Zweites Gleis Dostyk–Moiynty eröffnet (Kapazität von 12 auf 60 Zugpaare pro Tag; Containerzüge bis zu 1.500 km pro Tag)',
    url: 'https://de.fergana.me/news/140932',
    publisher: 'Fergana (German edition)',
    date: '2025-09',
  },
  'INFORM-TLEPOV': {
    title: 'Kazakhstan to implement several projects to increase transit transportations (Dostyk–Moiynty: speed from 800 to 1,500 km a day; Almaty bypass)',
    url: 'https://en.inform.kz/news/kazakhstan-to-implement-several-projects-to-increase-transit-transportations_a3992304/',
    publisher: 'Kazinform',
    date: '2022-10',
  },
  'SEANEWS-RU-2024-03': {
    title: 'Kazakhstan launches block train from Xi’an to Azerbaijan (Altynkol → Aktau port, 3,128 km in three days; Xi’an → Absheron about 7,000 km in 11 days)',
    url: 'https://seanews.ru/en/2024/03/12/en-kazakhstan-launches-block-train-from-xi-an-to-azerbaijan/',
    publisher: 'SeaNews (KTZ press service)',
    date: '2024-03-12',
  },
  'WB-10ACTIONS': {
    title: '10 Priority Actions That Can Triple Trade in the Middle Corridor by 2030 (Almaty: freight trains pass the city centre and change locomotives from diesel to electric)',
    url: 'https://www.worldbank.org/en/region/eca/brief/10-priority-actions-that-can-triple-trade-in-the-middle-corridor-by-2030',
    publisher: 'World Bank',
    date: '2024',
  },
  'KTZ-SHU-2025': {
    title: 'Маршрут поездов «Тальго» сообщением Астана – Алматы изменён (Shu is a junction station that requires a change of locomotive)',
    url: 'https://travelpress.kz/news/kazakhstan/marshrut-poezdov-talgo-soobscheniem-astana-almati-izmenen-3398',
    publisher: 'Travelpress.kz (after KTZ Press)',
    date: '2025',
  },
  'WIKI-TRANSARAL-DE': {
    title: 'Trans-Aral-Eisenbahn (German Wikipedia article; chainage from Orenburg: Qandyaghash km 553, Shalkar km 826, Aralskoe More km 1043, Kyzylorda km 1492)',
    url: 'http://de.wikipedia.org/wiki/Trans-Aral-Eisenbahn',
    publisher: 'Wikipedia',
  },
  'OENB-2018': {
    title: 'Eurasian rail land bridge (routes from the Chinese border via Kazakhstan, one branch via Astana, reunite in Moscow)',
    url: 'http://greater-europe.org/archives/5244',
    publisher: 'Greater-Europe.org',
    date: '2018',
  },

  // ---------------------------------------------------------------- 1,520 mm transit: Russia and Belarus
  'UTLC-1000TH-2018': {
    title: 'UTLC ERA celebrates the 1000th train (5,430 km of broad-gauge transit in less than six days)',
    url: 'https://www.utlc.com/en/news/utlc-era-celebrates-the-1000th-train/',
    publisher: 'UTLC ERA',
    date: '2018-06',
  },
  'ERAI-PORTAL-2024': {
    title: 'Eurasian Rail Alliance Index (ERAI): $3,289 per FEU, transit time 7.31 days (last change 15 July 2024)',
    url: 'https://index1520.com/en/index/',
    publisher: 'UTLC ERA (ERAI portal index1520.com)',
    date: '2024-07-15',
  },
  'CARGOFORWARDER-2019': {
    title: 'Prices for Eurasian rail transports hiked but should fall again (ERAI covers the 5,430 km broad-gauge stretch)',
    url: 'https://www.cargoforwarder.eu/2019/02/24/prices-for-eurasian-rail-transports-hiked-but-should-fall-again/',
    publisher: 'CargoForwarder Global',
    date: '2019-02-24',
  },
  'TREND-RZD-2024': {
    title: 'РЖД о росте транзита контейнеров TEU из Китая в ЕС (RZD: a container crosses from the Chinese border to the EU border in 5–7 days)',
    url: 'https://www.trend.az/business/transport/3883163.html',
    publisher: 'Trend News Agency',
    date: '2024-04-08',
  },
  'INDEX1520-DHL-2024': {
    title: 'Rail freight market overview, January 2024 (DHL: 13–14 days terminal to terminal to Poland, 18–20 to Germany; 6–8 days from the Chinese to the Polish border)',
    url: 'https://index1520.com/en/analytics/obzor-rynka-zheleznodorozhnykh-perevozok-yanvar-2024/',
    publisher: 'UTLC ERA (index1520.com)',
    date: '2024-01',
  },
  'WIKI-MOSCOW-BREST': {
    title: 'Moscow–Brest Railway (Wikipedia article): about 1,100 km, Moscow (Belorussky)–Vyazma–Smolensk–Orsha–Minsk–Baranovichi–Brest',
    url: 'https://infosekolah.net/en/Moscow%E2%80%93Brest_Railway',
    publisher: `${WIKIPEDIA_COPY}: infosekolah.net`,
  },
  'WIKI-MINSK-BREST-JA': {
    title: 'ミンスク・ブレスト鉄道 (Minsk–Brest railway, Japanese Wikipedia article): Minsk Central–Baranovichi–Brest Central, 347 km',
    url: 'https://wiki.edu.vn/jp/wiki20/2022/04/26/%e3%83%9f%e3%83%b3%e3%82%b9%e3%82%af%e3%83%bb%e3%83%96%e3%83%ac%e3%82%b9%e3%83%88%e9%89%84%e9%81%93-wikipedia/',
    publisher: `${WIKIPEDIA_COPY}: wiki.edu.vn`,
    date: '2022-04',
  },
  'CFTS-BY-2015': {
    title: 'Transit of Chinese goods via Belarus to EU increases by 40 % (Krasnoye–Brest in less than 12 hours; processing at Brest cut from 36 to 10 hours with transfer, 6 hours without)',
    url: 'https://en.cfts.org.ua/news/transit_of_chinese_goods_via_belarus_to_eu_increases_by_40',
    publisher: 'CFTS (Belarusian Railway data)',
    date: '2015',
  },
  'NEWSBY-2025': {
    title: 'Белорусские таможенники готовы к возобновлению работы железнодорожных пунктов пропуска (more than 130 freight trains at Brest–Terespol)',
    url: 'https://news.by/news/obshchestvo/belorusskie-tamozhenniki-gotovy-k-vozobnovleniyu-raboty-zheleznodorozhnykh-punktov-propuska',
    publisher: 'News.by',
    date: '2025-09-24',
  },

  // ---------------------------------------------------------------- Poland and Germany
  'C-MALASZ': {
    title: 'Małaszewicze (Polish Wikipedia article; 52°01′21″N 23°32′03″E; 9 km from the border)',
    url: 'http://pl.wikipedia.org/wiki/Ma%C5%82aszewicze',
    publisher: 'Wikipedia',
  },
  'POLOT-MAL-2022': {
    title: 'PKP Małaszewicze 2022 (station data: Warsaw–Terespol line No. 2, 214.227 km; freight line speed up to 120 km/h)',
    url: 'https://www.polot.net/pl/pkp-malaszewicze-2022r-1272',
    publisher: 'Polot.net',
    date: '2022',
  },
  'RAILTECH-2018': {
    title: 'Małaszewicze–Brest border crossing main bottleneck on New Silk Road (trains wait at the border two to three days, easily five, in peaks weeks)',
    url: 'https://railtech.com/infrastructure/2018/03/29/malzewicze-brest-border-crossing-main-bottleneck-on-new-silk-road',
    publisher: 'RailTech',
    date: '2018-03-29',
  },
  'RAILFREIGHT-PL-2018': {
    title: 'Dlaczego Małaszewicze są najbardziej dyskutowanym miejscem na Nowym Jedwabnym Szlaku? (PKP Cargo: problems solved; a Swiss logistics provider: four to six days per train at Brest/Małaszewicze)',
    url: 'https://pl.railfreight.com/specials/2018/09/11/dlaczego-malaszewicze-sa-najbardziej-dyskutowanym-miejscem-na-nowym-jedwabnym-szlaku',
    publisher: 'RailFreight.com (Polish edition)',
    date: '2018-09-11',
  },
  'INTERRAIL-2019': {
    title: 'Constraints due to construction works in Malaszewicze (handling capacity cut from 14 to 8 trains a day during the works begun in March 2018)',
    url: 'https://interrail-europe.com/en/mediacenter/newsdetail/constraints-due-to-construction-works-in-malaszewicze/',
    publisher: 'InterRail Europe',
    date: '2018',
  },
  'RAILGAZETTE-TERESPOL': {
    title: 'Poland upgrades border facilities to handle Eurasian freight boom (Terespol, the busiest of the three rail freight transshipment points on the Belarus–Poland border, "can currently handle 450 000 TEU/year"; the government aims to quadruple this by 2022)',
    url: 'https://railwaygazette.com/infrastructure/poland-upgrades-border-facilities-to-handle-eurasian-freight-boom/47859.article',
    publisher: 'Railway Gazette International',
    date: '2019',
  },
  'RAILTARGET-2021': {
    title: 'Małaszewicze reports record (16.5 broad-gauge train pairs a day on 29 August 2021)',
    url: 'https://www.railtarget.eu/freight/maaszewicze-reports-record-784.html',
    publisher: 'RailTarget',
    date: '2021-09-07',
  },
  'KRESY-CARGOTOR-2021': {
    title: 'Terminal Małaszewicze zwiększa przepustowość (16 broad-gauge paths a day from 12 December 2021; CARGOTOR manages 180 km of track; logistics park moved to 2027–2028)',
    url: 'https://kresy.pl/wydarzenia/terminal-malaszewicze-zwieksza-przepustowosc/',
    publisher: 'Kresy.pl (after PAP / CARGOTOR)',
    date: '2021-12',
  },
  'INDEX1520-MAL-2022': {
    title: 'Malaszewicze terminal getting ready to handle heavier trains (13 new tracks at Małaszewicze and Biała Podlaska for 750 m trains)',
    url: 'http://index1520.com/en/news/terminal-malashevichi-gotovitsya-k-priemu-bolee-tyazhelykh-poezdov/',
    publisher: 'UTLC ERA (index1520.com)',
    date: '2022-07-12',
  },
  'TRASPORTOEUROPA-2025': {
    title: 'Trains from China halted by Poland–Belarus border closure (12–25 September 2025)',
    url: 'http://www.trasportoeuropa.it/english/trains-from-china-halted-by-poland-belarus-border-closure',
    publisher: 'Trasporto Europa',
    date: '2025-09',
  },
  'CHINACEEC-2023': {
    title: 'About 90 % of China–Europe freight trains pass through or arrive in Poland (Xinhua)',
    url: 'http://www.china-ceec.org/eng/jmhz/202310/t20231031_11171151.htm',
    publisher: 'China–CEEC Secretariat (Xinhua)',
    date: '2023-10-31',
  },
  'SEANEWS-TR-2026-02': {
    title: 'China–EU rail freight fell 14.1 % in 2025 (310,579 TEU; China–Poland corridor 94 %)',
    url: 'https://www.seanews.com.tr/article/china-eu-rail-freight-fell-141pc-in-2025-mlh34o68',
    publisher: 'SeaNews Turkey (ERA data via Upply)',
    date: '2026-02-10',
  },
  'RYNEK-UTK-2018': {
    title: 'Średnia prędkość pociągów towarowych trochę wzrosła, ale dalej jest problemem (UTK: average commercial speed of freight trains just over 25 km/h in 2017; intermodal trains about 30 km/h)',
    url: 'https://rynek-kolejowy.pl/wiadomosci/srednia-predkosc-pociagow-towarowych-troche-wzrosla-ale-dalej-jest-problemem-87863.html',
    publisher: 'Rynek Kolejowy (after the Office of Rail Transport, UTK)',
    date: '2018-07',
  },
  'NAMIARY-2012': {
    title: 'Pociąg do Chin (PKP Cargo / ERS pilot: China → Małaszewicze in 14 days, then Duisburg-Rheinhausen within 25 hours of reloading)',
    url: 'https://www.namiary.pl/2012/10/31/pocig-do-chin21/',
    publisher: 'Namiary na Morze i Handel',
    date: '2012-10-31',
  },
  'RAILMARKET-XIAN-2022': {
    title: 'Only 10 days takes now rail connection between Chinese Xi’an and the Port of Duisburg (9,908 km, fixed timetable; from 12–16 days to 10 days)',
    url: 'https://railmarket.com/news/freight-rail/2099-only-10-days-takes-now-rail-connection-between-chinese-xian-and-the-port-of-duisburg',
    publisher: 'RailMarket (after duisport)',
    date: '2022-11',
  },
  'SHIPHUB-XIAN': {
    title: 'Xi’an–Duisburg record transit time (X8155: 9,908 km in 9 days 19 h 26 min; standard transit time 12–14 days)',
    url: 'https://www.shiphub.co/xian-duisburg/',
    publisher: 'ShipHub',
    date: '2022',
  },
  'NSRD-XIAN-2023': {
    title: 'Operation plan of the Xi’an–Duisburg fixed-schedule trains increase from once to twice per week (eastbound 11–12 days)',
    url: 'https://www.newsilkroaddiscovery.com/operation-plan-of-the-xian-duisburg-fixed-schedule-trains-increase-from-once-to-twice-per-week/',
    publisher: 'New Silk Road Discovery',
    date: '2023-07',
  },
};
