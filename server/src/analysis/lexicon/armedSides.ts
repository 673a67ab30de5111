// The two sides of armed violence as news names them: the state's forces and the armed groups they fight.
// "Rebels killed two villagers" and "soldiers killed nine rebels" are acts of opposite sides: two counts.

import { wordSet } from './wordSet';

/** The state's armed and security forces, as the actor of a verb (singular and plural). */
export const STATE_FORCES = wordSet(`
  soldier, soldiers, troop, troops, army, armies, military, police, policeman, policemen, police officer, police officers,
  security force, security forces, force, forces, gendarme, gendarmes, gendarmerie, paratrooper, paratroopers, marine,
  marines, commando, commandos, sailor, sailors, airman, airmen, government forces, government troops, security personnel
`);

/** Armed groups fighting the state or each other, as the actor of a verb (singular and plural). */
export const ARMED_GROUPS = wordSet(`
  rebel, rebels, guerrilla, guerrillas, guerilla, guerillas, militant, militants, insurgent, insurgents, gunman, gunmen,
  separatist, separatists, fighter, fighters, militia, militias, militiaman, militiamen, terrorist, terrorists, bomber,
  bombers, attacker, attackers, raider, raiders, jihadist, jihadists, extremist, extremists, bandit, bandits, assailant,
  assailants, hijacker, hijackers, kidnapper, kidnappers, pirate, pirates
`);
