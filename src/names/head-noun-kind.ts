/**
 * The kind a name's own words give it, whatever the sentence around it says: "the Federal Supreme Court",
 * "Popular Mobilization Forces" and "Ministry of Oil" are organizations, "Sadr City", "Gaza Strip" and "Golan
 * Heights" places. English puts a name's head noun last, or first before "of" (Ministry of Oil, University of
 * Baghdad). A sentence's cues cannot tell "in Congress" from "in Fallujah"; the head noun can. A sports club's
 * words (sports-clubs.ts) make it an organization whatever city it is named for.
 */
import type { NameKind } from './name-kind.js';
import { isSportsClub } from './sports-clubs.js';

/** Head nouns of institutions, armed groups, parties and companies, lower case. */
const ORGANIZATION_HEADS = new Set([
  'congress', 'parliament', 'senate', 'council', 'assembly', 'ministry', 'army', 'party', 'front', 'movement',
  'brigade', 'brigades', 'committee', 'union', 'bank', 'agency', 'corps', 'forces', 'guard', 'guards', 'university',
  'company', 'corporation', 'group', 'organization', 'organisation', 'authority', 'commission', 'federation', 'league',
  'association', 'institute', 'foundation', 'network', 'militia', 'battalion', 'battalions', 'police', 'navy',
  'cabinet', 'government', 'court', 'channel', 'television', 'radio', 'news',
]);

/**
 * Head nouns of places, lower case. Words that are also common surnames (Bay, Street, Park, Town, Port) are left
 * out: Michael Bay is no bay.
 */
const PLACE_HEADS = new Set([
  'city', 'province', 'governorate', 'district', 'camp', 'island', 'islands', 'valley', 'river', 'mountains',
  'square', 'airport', 'peninsula', 'strait', 'desert', 'county', 'region', 'village', 'neighbourhood',
  'neighborhood', 'crossing', 'sea', 'ocean', 'lake', 'gulf', 'heights', 'strip',
]);

/** Institutions a one-word name may be on its own: "Congress", "Parliament"; a lone "Company" or "Radio" is a word, not a name. */
const ONE_WORD_ORGANIZATIONS = new Set(['congress', 'parliament', 'senate', 'cabinet', 'government', 'army', 'navy', 'police']);

/** The one bank that is a place. */
const WEST_BANK = /^west\s+bank$/i;

/** Organization or place by the name's own head noun, or null when its words do not say. */
export function headNounKind(name: string): NameKind | null {
  const trimmed = name.trim().replace(/^the\s+/i, '');
  if (WEST_BANK.test(trimmed)) return 'place';
  const words = trimmed.split(/[\s\u00A0-]+/u).filter((w) => w !== '');
  if (words.length === 0) return null;
  // The head noun: the last word, or the first before "of" (Ministry of Oil).
  const head = (words.length > 2 && words[1]!.toLowerCase() === 'of' ? words[0]! : words[words.length - 1]!).toLowerCase().replace(/['’]s$/u, '');
  if (words.length === 1) return ONE_WORD_ORGANIZATIONS.has(head) ? 'organization' : null;
  // Before the head noun: Manchester City is a club, not a city's name.
  if (isSportsClub(words)) return 'organization';
  if (ORGANIZATION_HEADS.has(head)) return 'organization';
  return PLACE_HEADS.has(head) ? 'place' : null;
}
