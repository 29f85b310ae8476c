import { BODY_WORDS, ROLE_WORDS } from './lexicon';
import { isCapitalised } from './phrases';
import { NAME_PARTICLES, type Token } from './tokens';

/** Ranks and honorifics written short before a name: "Gen. Rosa María del Campo". */
const SHORT_TITLES = new Set([
  'gen.',
  'lt.',
  'col.',
  'maj.',
  'capt.',
  'sgt.',
  'cpl.',
  'adm.',
  'brig.',
  'cmdr.',
  'gov.',
  'sen.',
  'rep.',
  'insp.',
  'supt.',
  'dr.',
  'prof.',
  'mr.',
  'mrs.',
  'ms.',
  'rev.',
  'sheikh',
]);

/** Capitalised words of institutions, never of a person's name ("Disaster Management"). */
const INSTITUTION_WORDS = new Set([
  'affairs',
  'rights',
  'management',
  'defence',
  'defense',
  'health',
  'interior',
  'justice',
  'security',
  'emergency',
  'emergencies',
  'disaster',
  'relief',
  'foreign',
  'internal',
  'civil',
  'protection',
  'finance',
  'intelligence',
  'humanitarian',
  'national',
  'state',
  'federal',
  'regional',
  'provincial',
  'district',
  'county',
  'city',
  'united',
  'european',
  'union',
  'watch',
  'group',
  'front',
  'party',
  'movement',
  'brigade',
  'brigades',
  'battalion',
  'division',
  'corps',
  'unit',
  'province',
  'region',
  'republic',
  'international',
  'hospital',
  'university',
  'times',
  'news',
  'press',
  'media',
  'tv',
  'radio',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** The longest name the copy gives a person: "Saleh bin Rashid al-Qaisi" has four words. */
const LONGEST_NAME = 5;
/** The most particles between two name words: "de los", "van der". */
const LONGEST_PARTICLES = 3;

const isInitial = (token: Token | undefined) =>
  token !== undefined && /^\p{Lu}\.(?:\p{Lu}\.)*$/u.test(token.text);

export const isShortTitle = (token: Token | undefined) =>
  token !== undefined && SHORT_TITLES.has(token.lower);

export const isRoleWord = (token: Token | undefined) =>
  token !== undefined &&
  (ROLE_WORDS.has(token.lower) || token.lower.split('-').some((part) => ROLE_WORDS.has(part)));

/** A word that can be part of a person's name: capitalised, not a title or an institution's. */
export const isNameWord = (token: Token | undefined): boolean =>
  token !== undefined &&
  (isInitial(token) ||
    (isCapitalised(token) &&
      (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ') &&
      !isRoleWord(token) &&
      !isShortTitle(token) &&
      !BODY_WORDS.has(token.lower) &&
      !INSTITUTION_WORDS.has(token.lower) &&
      !token.lower.endsWith("'s")));

const isParticle = (token: Token | undefined) =>
  token !== undefined && NAME_PARTICLES.has(token.lower) && !isInitial(token);

/**
 * The first token of the name that ends at `last` ("Ingrid van den Broeck-Vos", "P. K.
 * Raghunathan"), walking back no further than `floor`; null when `last` ends no name.
 */
export function nameEndingAt(tokens: Token[], last: number, floor: number): number | null {
  if (!isNameWord(tokens[last]) || isParticle(tokens[last])) return null;
  let first = last;
  let words = 1;
  for (let at = last - 1; at >= floor && words < LONGEST_NAME; at -= 1) {
    if (isNameWord(tokens[at]) && !isParticle(tokens[at])) {
      first = at;
      words += 1;
      continue;
    }
    // Particles count only between name words: "van den" in "Ingrid van den Broeck-Vos".
    let start = at;
    while (start > Math.max(floor, at - LONGEST_PARTICLES) && isParticle(tokens[start])) start -= 1;
    if (start < at && isNameWord(tokens[start]) && !isParticle(tokens[start])) {
      first = start;
      words += 1;
      at = start;
      continue;
    }
    break;
  }
  // A surname that opens with its particles: "Van den Broeck-Vos", "De Santis".
  let opening = first;
  while (
    opening - 1 >= Math.max(floor, first - LONGEST_PARTICLES) &&
    isParticle(tokens[opening - 1])
  )
    opening -= 1;
  return opening < first && isCapitalised(tokens[opening]) ? opening : first;
}

/** The last token of the name that starts at `first`, reading on to `ceiling`; null if none. */
export function nameStartingAt(tokens: Token[], first: number, ceiling: number): number | null {
  if (!isNameWord(tokens[first]) || isParticle(tokens[first])) return null;
  let last = first;
  let words = 1;
  for (let at = first + 1; at <= ceiling && words < LONGEST_NAME; at += 1) {
    if (isNameWord(tokens[at]) && !isParticle(tokens[at])) {
      last = at;
      words += 1;
      continue;
    }
    let end = at;
    while (end < Math.min(ceiling, at + LONGEST_PARTICLES) && isParticle(tokens[end])) end += 1;
    if (end > at && isNameWord(tokens[end]) && !isParticle(tokens[end])) {
      last = end;
      words += 1;
      at = end;
      continue;
    }
    break;
  }
  return last;
}
