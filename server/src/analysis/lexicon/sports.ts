// Sport: the words that show an article is a sports report, and the words around a name that make it a
// team (a club is an organisation; a country's national side stays the country, a place).

import { wordSet } from './wordSet';

/** Names of sports that open a sports report's headline or slug: "SOCCER - ...", "Tennis: ...". */
export const SPORT_NAMES = wordSet(`
  soccer, football, cricket, tennis, golf, rugby, baseball, basketball, athletics, cycling, boxing, rallying,
  motorcycling, motor racing, motor-racing, motorsport, formula one, hockey, ice hockey, squash, badminton,
  swimming, sailing, yachting, skiing, rowing, volleyball, handball, snooker, darts, horse racing, horseracing,
  racing, equestrianism, triathlon, wrestling, judo, fencing, gymnastics, nfl, nba, nhl, mlb, motocross,
  speedway, rugby union, rugby league, australian rules, table tennis, canoeing, bobsleigh
`);

/**
 * Words that are frequent in sports reports and rare elsewhere, counted to tell a sports report from
 * other news when no slug says so.
 */
export const SPORTS_WORDS = wordSet(`
  match, matches, goal, goals, scored, scorer, scorers, striker, strikers, midfielder, midfielders, goalkeeper,
  goalkeepers, coach, league, cup, season, innings, inning, wicket, wickets, batsman, bowler, homer, homers,
  pitcher, touchdown, quarterback, tournament, championship, semifinal, semi-final, semifinals, quarter-final,
  quarterfinal, half-time, halftime, kickoff, stadium, penalty, squad, player, players, club, clubs, fixture,
  fixtures, scoreboard, rbi, outfielder, shortstop, umpire, referee, medal, medals, olympic, olympics, lap,
  laps, podium, birdie, birdies, bogey, putt, scrum, unbeaten, relegated, champions, seeded
`);

/**
 * Role words for which a name before them is a team: "Everton striker", "Angels skipper", "Essex
 * secretary" is not (it is a club official, but the club is still an organisation).
 */
export const TEAM_ROLE_NOUNS = wordSet(`
  striker, strikers, midfielder, midfielders, defender, defenders, goalkeeper, goalkeepers, forward, winger,
  skipper, captain, coach, manager, player, players, pitcher, batsman, bowler, all-rounder, fullback, full-back,
  centre-back, sweeper, keeper, outfielder, shortstop, catcher, quarterback, fan, fans, supporters, squad, team,
  side, chairman, president, boss, debut, teammate, team-mate, teammates
`);

/** Prepositions after which a place in a sports report is still a place, not a team: "in London", "at Headingley". */
export const LOCATIVE_PREPOSITIONS = wordSet(`
  in, at, near, outside, inside, around, across, throughout, from, of, via, between
`);

/** Words of travel before "to" that make the place after it a destination, not a team: "flew to Lisbon". */
export const TRAVEL_BEFORE_TO = wordSet(`
  travel, travels, travelled, traveled, travelling, traveling, flew, flown, fly, flight, flights, journey, trip,
  plane, taken, driven, admitted, evacuated, sent, back, returned, returning, went, going, headed, heading,
  arrived, route, road, tour, visit, moved
`);

/** Words right before a name in a sports report that make it a team: "champions Ardent", "leaders Ostra". */
export const TEAM_WORDS_BEFORE = wordSet(`
  champions, leaders, holders, hosts, visitors, rivals, opponents, neighbours, neighbors, club,
  side, outfit, newcomers, strugglers, favourites, favorites, pacesetters, minnows
`);

/** Verbs of a result between two sides: "Ardent beat Ostra", "Ostra held Ardent". */
export const RESULT_VERBS = wordSet(`
  beat, beats, beating, drew, draws, held, hold, holds, defeated, defeats, thrashed, thrash, edged, edge,
  crushed, routed, hammered, trounced, outclassed, overcame, downed, whipped, blanked, stunned, humbled,
  eliminated, knocked
`);

/** Nouns of a result before "over" a side: "a win over Ostra", "victory over Ardent". */
export const RESULT_NOUNS = wordSet(`win, wins, victory, victories, triumph, success`);
