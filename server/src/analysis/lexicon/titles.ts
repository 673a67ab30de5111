// Titles and roles: the words that make a capitalised word a title ("Minister") and a phrase a
// description of a person's role ("the union's lead negotiator"), and what they say about gender.

import { wordSet } from './wordSet';

/**
 * Words that, written with a capital before a name, are a title rather than part of the name:
 * "President Anna Varga", "Interior Minister Tomas Brel", "Gen. Piet Oduya".
 */
export const TITLE_HEADS = wordSet(`
  president, president-elect, vice-president, chancellor, minister, premier, secretary, governor, mayor,
  senator, sen., rep., representative, congressman, congresswoman, gen., general, col., colonel, lt., lieutenant,
  maj., major, capt., captain, cmdr., commander, adm., admiral, sgt., sergeant, cpl., corporal, pvt., private,
  marshal, judge, justice, king, queen, prince, princess, emperor, empress, pope, cardinal, archbishop, bishop,
  rev., reverend, father, rabbi, imam, sheikh, emir, sultan, ayatollah, patriarch, dr., doctor, mr., mrs., ms.,
  miss, prof., professor, sir, dame, lord, lady, chairman, chairwoman, chairperson, chair, director,
  ambassador, envoy, speaker, commissioner, inspector, superintendent, sheriff, councillor, councilor,
  councilman, councilwoman, alderman, officer, chief, coach, manager, spokesperson, spokesman, spokeswoman,
  attorney, prosecutor, magistrate, deputy, crown prince, state secretary, leader, delegate, mp, mep, pm,
  chief executive, ceo, cfo, coo, founder, president-elect, taoiseach, tsar, czar, baron, baroness, count,
  countess, duke, duchess, earl, cllr, gov., supt., insp., det., detective, constable, agent, trooper, whip
`);

/**
 * Courtesy titles, which say how a person is addressed and nothing of their office: "the province's chief
 * medical officer, Dr Anna Varga," keeps its appositive across "Dr".
 */
export const COURTESY_TITLES = wordSet(`mr, mr., mrs, mrs., ms, ms., miss, mx, dr, dr., prof, prof., sir, dame`);

/** Capitalised words that qualify a following title: "Interior Minister", "Prime Minister", "Vice President". */
export const TITLE_MODIFIERS = wordSet(`
  prime, vice, deputy, acting, interim, former, foreign, interior, defence, defense, finance, economy, economic,
  health, justice, energy, trade, education, home, attorney, state, first, chief, senior, junior, assistant,
  associate, executive, managing, general, supreme, grand, high, lord, lieutenant, major, rear, district,
  labour, labor, agriculture, culture, environment, transport, infrastructure, digital, science, sports,
  youth, security, intelligence, emergency, emergencies, social, affairs, development, industry, national,
  regional, minority, majority, shadow, opposition, permanent, special, presidential, press, communications,
  treasury, budget, climate, housing, veterans, war, navy, army, air, naval, fisheries, ports, harbour, harbor,
  police, fire, public, works, water, mines, mining, tourism, information, planning, land, lands, local,
  government, parliamentary, party, union, general-secretary, secretary-general
`);

/** Two-word titles whose first word would otherwise read as part of an organisation's name ("White House Press Secretary"). */
export const TITLE_COMPOUNDS = wordSet(`
  press secretary, press officer, press attache, press spokesman, press spokeswoman, press aide, union leader,
  union boss, party leader, party chairman, party chief, party secretary, group leader, group chairman,
  council president, council chairman, court judge, bank governor, bank president, army chief, army commander,
  navy chief, police chief, police commissioner, police commander, board chairman, fund manager, club president
`);

/**
 * Lower-case nouns that make a phrase a description of a person's role:
 * "Harbour Board spokesperson", "the union's lead negotiator", "son-in-law".
 */
export const ROLE_NOUNS = wordSet(`
  president, chancellor, minister, premier, secretary, governor, mayor, senator, general, commander, admiral,
  judge, justice, king, queen, prince, princess, pope, ambassador, envoy, speaker, commissioner, spokesperson,
  spokesman, spokeswoman, adviser, advisor, aide, negotiator, official, officer, chief, head, leader, director,
  chairman, chairwoman, chair, chairperson, manager, executive, founder, co-founder, owner, analyst, expert,
  economist, lawyer, attorney, prosecutor, investigator, inspector, reporter, journalist, correspondent,
  editor, columnist, author, writer, researcher, scientist, professor, lecturer, teacher, doctor, surgeon,
  nurse, coach, captain, player, striker, goalkeeper, midfielder, defender, champion, candidate, nominee,
  lawmaker, legislator, congressman, congresswoman, representative, delegate, diplomat, mediator,
  representative, deputy, member, activist, campaigner, organiser, organizer, protester, resident, witness,
  survivor, victim, mother, father, son, daughter, brother, sister, wife, husband, widow, widower, son-in-law,
  daughter-in-law, brother-in-law, sister-in-law, father-in-law, mother-in-law, uncle, aunt, nephew, niece,
  cousin, grandson, granddaughter, grandfather, grandmother, partner, fiancé, fiancee, fiancée, friend, ally,
  rival, successor, predecessor, colleague, boss, employee, worker, engineer, pilot, soldier, commander,
  councillor, councilor, alderman, sheriff, detective, agent, trooper, constable, superintendent, chief of staff,
  secretary-general, secretary general, head of state, head of government, vice-president, vice president,
  president-elect, ceo, cfo, coo, cto, chief executive, strategist, consultant, pollster, historian, critic,
  entrepreneur, investor, banker, trader, shareholder, director-general, director general, steward, clerk,
  treasurer, auditor, comptroller, ombudsman, regulator, planner, architect, designer, producer, host,
  presenter, anchor, commentator, actor, actress, singer, musician, artist, athlete, runner, cyclist, boxer,
  veteran, priest, bishop, cardinal, imam, rabbi, pastor, monk, nun, chancellor, marshal, colonel, lieutenant,
  major, sergeant, private, mp, mep, chief negotiator, negotiators, official, secretary of state,
  billionaire, millionaire, tycoon, magnate, mogul, heiress, industrialist, philanthropist, curator, conservator,
  archivist, librarian, whip
`);

/** Adjectives and nouns that may stand inside a lower-case role phrase before its head noun. */
export const ROLE_MODIFIERS = wordSet(`
  special, chief, lead, top, senior, junior, deputy, former, acting, interim, foreign, policy, national,
  security, defense, defence, prime, vice, head, executive, general, presidential, press, military, intelligence,
  economic, finance, trade, health, energy, political, longtime, long-time, veteran, then, future, incoming,
  outgoing, newly, new, elected, appointed, assistant, associate, regional, local, state, federal, party,
  opposition, government, union, campaign, communications, diplomatic, peace, climate, legal, medical,
  financial, technical, principal, permanent, personal, key, close, trusted, main, top-ranking, high-ranking,
  senior-most, ukrainian, russian, american, british, french, german, european, chinese, israeli, palestinian,
  harbour, harbor, port, city, district, county, council, police, fire, transport, labor, labour, strike,
  wage, pay, media, news, foreign-policy, co-, white, house, kremlin, elder, younger, older, eldest, youngest,
  late, first, second, third
`);

/** Titles and role words that say a person is a woman, for resolving "she". */
export const FEMALE_TITLES = wordSet(`mrs., ms., miss, mrs, ms, queen, princess, empress, dame, lady, baroness, duchess, countess, spokeswoman, chairwoman, congresswoman, councilwoman, actress, sister, mother, wife, widow, daughter, niece, aunt, grandmother, nun`);

/** Titles and role words that say a person is a man, for resolving "he". */
export const MALE_TITLES = wordSet(`mr., mr, king, prince, emperor, sir, lord, baron, duke, earl, count, spokesman, chairman, congressman, councilman, father, brother, husband, widower, son, nephew, uncle, grandfather, monk, pope`);

/**
 * Adverbs that put the role after them in the past ("then deputy foreign minister", "X, previously
 * deputy defence minister,"): kept in the role's text, so it reads as a past role, not today's.
 */
export const ROLE_TIME_LEADS = wordSet(`then, previously, formerly, once`);

/** Two-word time leads of a role held until lately: "X, until now interior minister,", "until recently a deputy". */
export const ROLE_TIME_LEAD_PAIRS = wordSet(`until now, until recently, till now, till recently`);

/** Words that end a role phrase read leftwards or rightwards from a name: adverbs, relatives, "said". */
export const ROLE_PHRASE_STOPS = wordSet(`however, meanwhile, also, too, who, which, whose, that, now, then, said, says`);

/** Titles of an office over a territory: the name in their "of" phrase is a place ("Governor of Kelvar"). */
export const TERRITORIAL_TITLES = wordSet(`
  minister, governor, mayor, president, premier, king, queen, prince, princess, emir, sultan, bishop,
  archbishop, ambassador, consul, senator, chancellor, duke, duchess, earl, lord, prefect, viceroy, shah
`);

/**
 * Titles a monarch, a royal or a ruler is called by with a given name, not a surname ("King Hussein",
 * "Prince Claus", "Queen Beatrix", "Sheikh Khalifa"): the one name after them is never a family name.
 */
export const GIVEN_NAME_TITLES = wordSet(`
  king, queen, prince, princess, emperor, empress, sultan, emir, sheikh, shaikh, tsar, czar, pope, crown prince, infanta, infante
`);

/**
 * Verbs that give the person before them the office after them: "X is the head of the police", "X serves
 * as chair". Past-tense "was" and "became" are left out: the office may be one held before.
 */
export const ROLE_PREDICATE_VERBS = wordSet(`is, will be, serves as, will serve as`);

/**
 * Verbs that move the person before them into the office after them ("X becomes interior minister", "X
 * was appointed finance minister", "X takes over as chair"): the role is read with its verb, an office
 * taken now, compared only with other offices taken now (offices.ts TIMED_KINDS: "becomes", "appointed").
 */
export const ROLE_CHANGE_VERBS = wordSet(`
  becomes, will become, is to become, is set to become, has become, takes over as, will take over as,
  was appointed, has been appointed, is appointed, is to be appointed, was named, has been named, is named,
  was elected, has been elected, is elected, steps in as
`);

/** Verbs between an office and the name after it that give the person the office: "The new interior minister is X". */
export const ROLE_INVERTED_VERBS = wordSet(`is, will be, becomes`);
