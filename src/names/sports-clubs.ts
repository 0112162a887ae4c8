/**
 * Sports clubs by their own words. A club is named for its city (Real Madrid, Rapid Vienna, Manchester City,
 * Hapoel Tel Aviv), so the place lists and "City" as a head noun file it as a place, and with a person's cues
 * ("Madrid said", "Hamilton of Mercedes") as a person; a sports desk's glossary would then offer a team as a city.
 * The words that make the name a club are few and fixed: a club prefix before the city, a club suffix after it,
 * and the English football clubs called "<town> City", whose City is no head noun of a place (Gaza City is one).
 */
import { foldSpelling } from './spelling.js';

/** First words that make the rest of the name a club's (Real Madrid, Inter Milan, Maccabi Haifa), lower case. */
const CLUB_FIRST_WORDS = new Set([
  'real', 'inter', 'rapid', 'dynamo', 'dinamo', 'sporting', 'atletico', 'athletic', 'olympique', 'racing',
  'lokomotiv', 'spartak', 'borussia', 'eintracht', 'fortuna', 'hapoel', 'maccabi', 'beitar', 'partizan',
]);

/**
 * Club abbreviations before or after the city, upper case as clubs write them (FC Barcelona, AC Milan, AS Roma,
 * Arsenal FC); "As" and "Ac" in running text are words, and US is the United States.
 */
const CLUB_ABBREVIATIONS = new Set(['FC', 'AFC', 'CF', 'AC', 'AS', 'SS', 'SC', 'CD', 'UD', 'SV', 'RB', 'PSV', 'AEK', 'VfB', 'VfL', 'TSG']);

/** Last words that make a name a club's (Manchester United, Bolton Wanderers, Tottenham Hotspur), lower case. */
const CLUB_LAST_WORDS = new Set(['united', 'club', 'rovers', 'wanderers', 'albion', 'hotspur', 'rangers']);

/** Towns whose football club is "<town> City": Manchester City is a club, Manchester the city. */
const CITY_CLUB_TOWNS = new Set([
  'manchester', 'leicester', 'hull', 'stoke', 'cardiff', 'swansea', 'norwich', 'bristol', 'birmingham', 'coventry',
  'bradford', 'lincoln', 'exeter',
]);

/** Whether a name of two or more words (split on spaces and hyphens, "the" left out) is a sports club's. */
export function isSportsClub(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (CLUB_ABBREVIATIONS.has(first) || CLUB_ABBREVIATIONS.has(last)) return true;
  // "United Arab Emirates" and "United Nations" begin with United; a club ends with it.
  if (CLUB_FIRST_WORDS.has(foldSpelling(first)) || CLUB_LAST_WORDS.has(foldSpelling(last))) return true;
  return words.length === 2 && foldSpelling(last) === 'city' && CITY_CLUB_TOWNS.has(foldSpelling(first));
}
