// A gazetteer of well-known names whose words do not say what they are: international bodies, news
// outlets, sports bodies, parties, central banks and exchanges, large companies and airlines, and the
// countries, regions and cities that compromise's own lexicon lacks. General knowledge of world news,
// kept to names a wire story uses without explaining them.

import { wordSet } from './wordSet';

/** International and intergovernmental organisations, and the best-known NGOs. */
export const INTERNATIONAL_BODIES = wordSet(`
  united nations, un, u.n., nato, european union, eu, european commission, european parliament,
  council of europe, osce, oecd, opec, wto, world trade organization, world trade organisation, imf,
  international monetary fund, world bank, world health organization, world health organisation, unicef, unesco,
  unhcr, unctad, undp, fao, wfp, world food programme, ilo, iaea, international atomic energy agency, interpol,
  europol, asean, apec, african union, arab league, gulf cooperation council, gcc, mercosur, nafta, g7, g8, g20,
  g-7, g-8, brics, commonwealth, red cross, red crescent, icrc, amnesty international, human rights watch,
  greenpeace, medecins sans frontieres, doctors without borders, oxfam, transparency international,
  international court of justice, international criminal court, icc, security council, general assembly,
  european central bank, ecb, european investment bank, ebrd, asian development bank, african development bank,
  inter-american development bank, bank for international settlements, bis, paris club, london club, comecon,
  warsaw pact, cis, efta, ecowas, sadc, saarc, oas, organization of american states,
  organisation of african unity, oau, oic, iea, international energy agency, wipo, itu, icao, iata, unrwa,
  unaids, unfpa, ipcc, cern, nasa
`);

/** News agencies, newspapers, broadcasters and news sites. */
export const NEWS_OUTLETS = wordSet(`
  reuters, associated press, ap, afp, agence france-presse, agence france presse, bloomberg, dow jones, xinhua,
  tass, itar-tass, interfax, ria novosti, novosti, kyodo, jiji, yonhap, ansa, efe, dpa, pti,
  press trust of india, anadolu, wafa, irna, bernama, antara, pap, ctk, mti, hina, tanjug, bta, ukrinform,
  unian, belga, anp, sda, ntb, ritzau, notimex, cna, central news agency, kcna, nhk, bbc, cnn, cbs, nbc, abc,
  fox news, msnbc, c-span, npr, pbs, sky news, itv, channel 4, al jazeera, al arabiya, euronews, deutsche welle,
  france 24, russia today, voice of america, radio free europe, radio liberty, new york times, washington post,
  wall street journal, financial times, daily telegraph, daily mail, usa today, los angeles times,
  chicago tribune, boston globe, international herald tribune, newsweek, der spiegel, spiegel, die welt,
  frankfurter allgemeine, faz, sueddeutsche zeitung, bild, le monde, le figaro, liberation, el pais, el mundo,
  la repubblica, corriere della sera, la stampa, asahi, yomiuri, mainichi, nikkei, people's daily, china daily,
  global times, pravda, izvestia, kommersant, vedomosti, haaretz, jerusalem post, yedioth ahronoth, maariv,
  al-ahram, al ahram, times of india, hindustan times, straits times, south china morning post,
  sydney morning herald, globe and mail, toronto star, axios, politico, huffpost, huffington post, buzzfeed,
  vox, semafor, bild-zeitung, kyiv independent, ukrainska pravda, meduza, novaya gazeta, tagesschau, ard, zdf,
  rtve, tf1, yle, svt, nrk, cbc, sbs, rte, abc news, cbs news, nbc news
`);

/** Sports governing bodies, leagues and tours. */
export const SPORTS_BODIES = wordSet(`
  fifa, uefa, ioc, international olympic committee, icc, international cricket council, atp, wta, itf, nba, nfl,
  nhl, mlb, mls, ncaa, pga, pga tour, european tour, lpga, fia, fim, iaaf, world athletics, fina, uci, fiba,
  fivb, ihf, iihf, irb, world rugby, concacaf, conmebol, caf, afc, football association, rfu, ecb, wada, bbbofc,
  wbc, wba, ibf, wbo, afl, nrl, formula one management
`);

/** Political parties, movements and armed groups known by a name that does not say "party". */
export const PARTIES = wordSet(`
  labour, labor, likud, kadima, fatah, hamas, hezbollah, hizbollah, plo, anc, ifp, bjp, cdu, csu, spd, fdp, afd,
  sinn fein, ira, eta, pkk, farc, taleban, taliban, al qaeda, al-qaeda, islamic state, isis, isil,
  muslim brotherhood, khmer rouge, unita, frelimo, renamo, swapo, zanu-pf, zanu, mdc, kmt, kuomintang, dpp, pri,
  prd, psoe, ump, rassemblement national, ldp, komeito, forza italia, lega, northern league, five star movement,
  m5s, pasok, new democracy, syriza, podemos, ciudadanos, fidesz, law and justice, pis, civic platform, ukip,
  snp, plaid cymru, dup, uup, sdlp, yabloko, united russia, kprf, ldpr, communist party, solidarnosc, hdz, sda,
  sds, kdp, puk
`);

/** Central banks, treasuries and exchanges, often named by a short form ("the Fed", "Nasdaq"). */
export const FINANCIAL_INSTITUTIONS = wordSet(`
  federal reserve, fed, bundesbank, bank of england, bank of japan, bank of canada, bank of france,
  banque de france, bank of italy, banca d'italia, bank of spain, banco de espana, swiss national bank, snb,
  reserve bank of australia, rba, reserve bank of india, rbi, reserve bank of new zealand, rbnz,
  people's bank of china, pboc, bank of korea, riksbank, norges bank, danmarks nationalbank,
  de nederlandsche bank, national bank of poland, central bank of russia, bank of russia, bank of israel,
  south african reserve bank, banco de mexico, banxico, banco central do brasil, treasury, u.s. treasury,
  securities and exchange commission, fdic, cftc, fsa, finma, bafin, new york stock exchange, nyse, nasdaq,
  amex, american stock exchange, london stock exchange, lse, tokyo stock exchange, tse, euronext,
  deutsche boerse, frankfurt stock exchange, hong kong stock exchange, shanghai stock exchange,
  shenzhen stock exchange, bombay stock exchange, national stock exchange, cme, chicago mercantile exchange,
  cbot, chicago board of trade, nymex, comex, liffe, lme, london metal exchange, moody's, standard & poor's,
  s&p, fitch, fitch ibca, ibca, duff & phelps
`);

/** Large companies and banks known worldwide by a name that has no company word in it. */
export const COMPANIES = wordSet(`
  apple, microsoft, google, alphabet, facebook, instagram, whatsapp, twitter, tiktok, bytedance, netflix,
  spotify, uber, airbnb, tesla, spacex, nvidia, intel, amd, qualcomm, ibm, oracle, cisco, sap, siemens, philips,
  ericsson, nokia, samsung, lg, sony, panasonic, toshiba, hitachi, fujitsu, nec, canon, nikon, huawei, xiaomi,
  lenovo, alibaba, tencent, baidu, foxconn, tsmc, hewlett-packard, hp, dell, compaq, motorola, xerox, kodak,
  at&t, verizon, vodafone, deutsche telekom, telefonica, bt, france telecom, telecom italia, ntt, docomo,
  softbank, exxon, exxonmobil, exxon mobil, mobil, chevron, texaco, shell, royal dutch shell, bp, totalenergies,
  eni, repsol, statoil, equinor, gazprom, lukoil, rosneft, yukos, aramco, saudi aramco, petrobras, pemex, pdvsa,
  sinopec, petrochina, cnooc, conoco, conocophillips, halliburton, schlumberger, toyota, honda, nissan, mazda,
  mitsubishi, suzuki, subaru, hyundai, kia, volkswagen, vw, audi, porsche, bmw, daimler, daimler-benz,
  mercedes-benz, opel, vauxhall, renault, peugeot, citroen, psa, fiat, ferrari, volvo, saab, scania, ford,
  general motors, gm, chrysler, jaguar, rolls-royce, tata, boeing, airbus, lockheed, lockheed martin,
  northrop grumman, raytheon, general dynamics, bae systems, embraer, bombardier, general electric, ge, abb,
  alstom, thales, dassault, caterpillar, 3m, honeywell, dupont, dow chemical, basf, bayer, hoechst, akzo nobel,
  novartis, roche, sandoz, ciba-geigy, pfizer, merck, glaxo, glaxowellcome, glaxosmithkline, gsk, astrazeneca,
  sanofi, eli lilly, johnson & johnson, bristol-myers squibb, nestle, unilever, procter & gamble, coca-cola,
  pepsico, pepsi, mcdonald's, kfc, starbucks, heineken, carlsberg, danone, kraft, walmart, wal-mart, carrefour,
  tesco, sainsbury, ikea, h&m, inditex, adidas, nike, puma, disney, time warner, warner bros, viacom, news corp,
  news corporation, bertelsmann, vivendi, hsbc, barclays, lloyds, natwest, rbs, standard chartered, citibank,
  citigroup, citicorp, jpmorgan, j.p. morgan, chase manhattan, bank of america, wells fargo, goldman sachs,
  morgan stanley, merrill lynch, lehman brothers, salomon brothers, bear stearns, deutsche bank, commerzbank,
  dresdner bank, ubs, credit suisse, bnp paribas, societe generale, credit agricole, santander, bbva, unicredit,
  ing, abn amro, rabobank, nomura, daiwa, nikko, mitsubishi ufj, sumitomo, mizuho, aig, allianz, axa, generali,
  munich re, swiss re, prudential, aviva, berkshire hathaway, blackrock, mastercard, american express, paypal,
  de beers, anglo american, rio tinto, bhp, bhp billiton, glencore, arcelormittal, alcoa, alcan, thyssenkrupp,
  krupp, corus, nippon steel, posco
`);

/** Airlines, which news text names without a company word ("Lufthansa", "Air India"). */
export const AIRLINES = wordSet(`
  lufthansa, british airways, air france, klm, air france-klm, iberia, alitalia, ita airways, swissair, sabena,
  brussels airlines, sas, finnair, aer lingus, aeroflot, turkish airlines, el al, egyptair, etihad,
  qatar airways, saudia, gulf air, royal jordanian, air india, jet airways, singapore airlines, cathay pacific,
  qantas, air new zealand, japan airlines, jal, all nippon airways, korean air, asiana, china airlines,
  air china, china eastern, china southern, garuda, thai airways, malaysia airlines, philippine airlines,
  vietnam airlines, delta air lines, united airlines, american airlines, northwest airlines,
  continental airlines, us airways, twa, pan am, southwest airlines, jetblue, alaska airlines, air canada,
  westjet, aeromexico, avianca, latam, varig, ryanair, easyjet, wizz air, virgin atlantic, air berlin,
  south african airways, ethiopian airlines, kenya airways, royal air maroc
`);

/**
 * Football and other clubs known worldwide by a name that is not a place's ("Juventus", "Ajax"). Clubs
 * named after their town ("Liverpool") are read as teams from the sports context instead.
 */
export const CLUBS = wordSet(`
  juventus, ajax, feyenoord, psv, benfica, celtic, rangers, arsenal, tottenham hotspur, spurs, real madrid,
  atletico madrid, atletico, barca, bayern munich, bayern, borussia dortmund, borussia, moenchengladbach,
  schalke, werder bremen, ac milan, inter milan, internazionale, lazio, roma, napoli, fiorentina, sampdoria,
  udinese, galatasaray, fenerbahce, besiktas, olympiakos, panathinaikos, aek, dynamo kiev, dynamo kyiv,
  spartak moscow, cska moscow, red star belgrade, partizan, anderlecht, club brugge, paris st germain,
  paris saint-germain, psg, olympique, marseille, boca juniors, river plate, flamengo, corinthians,
  manchester united, manchester city, aston villa, newcastle united, west ham, everton, chelsea,
  queens park rangers, blackburn rovers, leeds united, sheffield wednesday, glasgow rangers, yankees, mets,
  red sox, white sox, dodgers, braves, cubs, cardinals, orioles, lakers, celtics, bulls, knicks, cowboys,
  packers
`);

/** Continents, oceans and world regions compromise does not know as places. */
export const WORLD_REGIONS = wordSet(`
  europe, asia, africa, america, americas, north america, south america, latin america, central america,
  caribbean, middle east, near east, far east, east asia, southeast asia, south asia, central asia,
  asia-pacific, pacific, atlantic, mediterranean, arctic, antarctic, antarctica, balkans, baltics, caucasus,
  scandinavia, benelux, gulf, persian gulf, horn of africa, sahel, sahara, maghreb, levant, west bank, gaza,
  gaza strip, golan heights, kashmir, tibet, xinjiang, siberia, kurdistan, chechnya, donbas, donbass, crimea,
  transnistria, abkhazia, south ossetia, nagorno-karabakh, kosovo, western sahara, northern ireland, ulster,
  east timor, eastern europe, western europe, central europe, east africa, west africa, southern africa,
  north africa, sub-saharan africa, silicon valley, wall street
`);

/** Countries by the names news uses that compromise's lexicon lacks (former states and short forms). */
export const EXTRA_COUNTRIES = wordSet(`
  britain, great britain, holland, northern ireland, bosnia, herzegovina, bosnia-herzegovina, yugoslavia,
  soviet union, czechoslovakia, zaire, congo, burma, ceylon, rhodesia, east germany, west germany, persia, siam,
  u.s., u.s.a., u.k., uae, philippines, vatican, holy see, kyrgyzstan, belarus, byelorussia, moldavia,
  slovak republic, korea, north korea, south korea, taiwan, macau, macao, palestine, ivory coast, cote d'ivoire,
  cape verde, sao tome, east timor, timor-leste, eswatini, north macedonia
`);

/** Capitals and large cities that compromise's lexicon does not know as places. */
export const CITIES = wordSet(`
  kyiv, kiev, kharkiv, kharkov, odesa, odessa, dnipro, lviv, zaporizhzhia, donetsk, luhansk, mariupol, kherson,
  moscow, st petersburg, st. petersburg, saint petersburg, minsk, warsaw, krakow, gdansk, prague, bratislava,
  vienna, budapest, bucharest, belgrade, zagreb, ljubljana, sarajevo, skopje, tirana, podgorica, pristina,
  chisinau, tbilisi, yerevan, baku, ankara, istanbul, athens, thessaloniki, nicosia, valletta, rome, milan,
  naples, turin, venice, genoa, bologna, madrid, barcelona, seville, valencia, bilbao, lisbon, porto, paris,
  marseille, lyon, toulouse, bordeaux, strasbourg, brussels, antwerp, amsterdam, rotterdam, luxembourg, berlin,
  hamburg, munich, frankfurt, cologne, bonn, stuttgart, dusseldorf, leipzig, dresden, hanover, zurich, geneva,
  bern, basel, lausanne, london, manchester, birmingham, liverpool, leeds, glasgow, edinburgh, cardiff, belfast,
  dublin, oslo, stockholm, copenhagen, helsinki, reykjavik, tallinn, riga, vilnius, washington, new york,
  los angeles, chicago, houston, boston, philadelphia, miami, atlanta, dallas, detroit, san francisco, seattle,
  denver, toronto, montreal, vancouver, ottawa, mexico city, havana, bogota, caracas, lima, quito, buenos aires,
  montevideo, asuncion, la paz, brasilia, rio de janeiro, sao paulo, cairo, alexandria, tripoli, tunis, algiers,
  rabat, casablanca, khartoum, addis ababa, nairobi, kampala, kigali, kinshasa, lagos, abuja, accra, dakar,
  abidjan, johannesburg, pretoria, cape town, durban, harare, lusaka, luanda, maputo, jerusalem, tel aviv,
  gaza city, ramallah, beirut, damascus, amman, baghdad, tehran, riyadh, jeddah, mecca, doha, dubai, abu dhabi,
  kuwait city, muscat, sanaa, aden, kabul, islamabad, karachi, lahore, new delhi, delhi, mumbai, bombay,
  kolkata, calcutta, chennai, madras, bangalore, ahmedabad, dhaka, colombo, kathmandu, beijing, peking,
  shanghai, hong kong, guangzhou, shenzhen, taipei, seoul, pyongyang, tokyo, osaka, kyoto, manila, jakarta,
  kuala lumpur, singapore, bangkok, hanoi, ho chi minh city, saigon, phnom penh, vientiane, yangon, rangoon,
  ulan bator, almaty, tashkent, bishkek, dushanbe, ashgabat, astana, sydney, melbourne, brisbane, perth,
  adelaide, canberra, auckland, wellington, grozny
`);
