/**
 * Countries and capitals English spells alike are different places, not spellings of one name: Austria and
 * Australia, Niger and Nigeria, Algeria and Algiers, Tunisia and Tunis, Libya and Liberia. The spelling rules
 * cannot know that (one letter or an ending apart is how variants look), so two different one-word names of
 * countries or capitals are kept apart. The list is generated into place-names.data.ts by
 * scripts/build-place-names.mjs from the countries-list package.
 */
import { LONGER_PLACE_NAMES, PLACE_NAMES } from './place-names.data.js';

let places: Set<string> | null = null;
let longer: Set<string> | null = null;

/** Whether a folded spelling is a one-word country or capital name. */
export function isPlace(folded: string): boolean {
  places ??= new Set(PLACE_NAMES.split(' '));
  return places.has(folded);
}

/**
 * Whether a name as written is a country or capital of any length: Baghdad, El Salvador, the United Arab Emirates,
 * Sana'a. For the kind of a name; telling spellings apart stays with isPlace, one-word names only.
 */
export function isCountryOrCapital(name: string): boolean {
  // Folded as scripts/build-place-names.mjs folds the list, not foldSpelling: the keys must be the generator's.
  const letters = name.trim().replace(/^the\s+/i, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  longer ??= new Set(LONGER_PLACE_NAMES.split(' '));
  return isPlace(letters) || longer.has(letters);
}
