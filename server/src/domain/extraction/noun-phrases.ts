import { BODY_WORDS } from './lexicon';
import { isRoleWord, isShortTitle, nameEndingAt } from './person-names';
import { isCapitalised, isPossessive } from './phrases';
import { NAME_PARTICLES, type Token } from './tokens';

/** A run of tokens that names someone: "Kyiv regional Governor Mykola Kalashnyk". */
export interface NamePhrase {
  first: number;
  last: number;
}

const NAME_PARTS = new Set(['PROPN', 'NOUN', 'ADJ']);
/** Words a speaker's name and title may take: "the Ministry of Defence of the Russian Federation". */
const LONGEST_PHRASE = 16;

const isNamePart = (token: Token | undefined) =>
  token !== undefined &&
  (NAME_PARTS.has(token.pos) || isPossessive(token) || /^[A-Z]\.([A-Z]\.)*$/.test(token.text));

/** "bin" in "Saleh bin Rashid", "von der" in "Ursula von der Leyen": a particle between names. */
const isParticleAt = (tokens: Token[], at: number) => {
  if (!NAME_PARTICLES.has(tokens[at]?.lower ?? '')) return false;
  let next = at + 1;
  while (NAME_PARTICLES.has(tokens[next]?.lower ?? '') && !isCapitalised(tokens[next])) next += 1;
  let previous = at - 1;
  while (NAME_PARTICLES.has(tokens[previous]?.lower ?? '') && !isCapitalised(tokens[previous]))
    previous -= 1;
  return isCapitalised(tokens[previous]) && isCapitalised(tokens[next]);
};

/** Words that join a speaker's head noun to a proper name: "medics at the Saudi hospital". */
const JOINERS = new Set(['of', 'for', 'at', 'in', 'and']);

/**
 * Whether the token at `index` joins the noun before it to the capitalised phrase that starts at
 * `next` ("headquarters for POWs", "Fire and Disaster Management Agency", "Office in London"),
 * or is the article of such a phrase ("at the Saudi hospital").
 */
function joinsToProperName(tokens: Token[], index: number, next: number): boolean {
  const word = tokens[index].lower;
  if (next !== index + 1) return false;
  if (word === 'the')
    return JOINERS.has(tokens[index - 1]?.lower ?? '') && isCapitalised(tokens[next]);
  return (
    JOINERS.has(word) &&
    (isCapitalised(tokens[next]) || tokens[next]?.lower === 'the') &&
    isNamePart(tokens[index - 1])
  );
}

/** "run" in "Houthi-run": a lower-case word joined by a hyphen to a capitalised one before it. */
const isHyphenatedModifier = (tokens: Token[], at: number) =>
  /^[a-z]+$/.test(tokens[at].text) &&
  /^[-‐]$/.test(tokens[at - 1]?.text ?? '') &&
  tokens[at - 1].start === tokens[at - 2]?.end &&
  tokens[at].start === tokens[at - 1].end &&
  isCapitalised(tokens[at - 2]);

/** The phrase that ends just before `at` (a verb of speech), skipping adverbs such as "also". */
export function phraseEndingBefore(tokens: Token[], at: number, floor: number): NamePhrase | null {
  let last = at - 1;
  while (last >= floor && (tokens[last].pos === 'ADV' || tokens[last].pos === 'AUX')) last -= 1;
  let first = last + 1;
  for (let index = last; index >= Math.max(floor, last - LONGEST_PHRASE); index -= 1) {
    const token = tokens[index];
    if (index - 2 >= floor && isHyphenatedModifier(tokens, index)) {
      // "the Houthi-run health ministry", "the Saudi-led coalition"
      first = index - 2;
      index -= 2;
      continue;
    }
    const joinsNames =
      (token.lower === 'of' &&
        isCapitalised(tokens[index - 1]) &&
        isCapitalised(tokens[index + 1])) ||
      isParticleAt(tokens, index) ||
      joinsToProperName(tokens, index, first);
    if (isNamePart(token) || joinsNames) first = index;
    else break;
  }
  if (tokens[first - 1]?.lower === 'the') first -= 1;
  // "27 people reported missing": a counted phrase, not someone speaking.
  if (tokens[first - 1]?.pos === 'NUM') return null;
  return first <= last ? { first, last } : null;
}

/** The phrase that starts at `at`: "the Health Ministry", "Ukraine's emergency service". */
export function phraseStartingAt(tokens: Token[], at: number, ceiling: number): NamePhrase | null {
  let index = at;
  if (tokens[index]?.lower === 'the') index += 1;
  let last = -1;
  for (; index <= Math.min(ceiling, at + LONGEST_PHRASE); index += 1) {
    const token = tokens[index];
    const joinsNames =
      (token.lower === 'of' &&
        isCapitalised(tokens[index - 1]) &&
        isCapitalised(tokens[index + 1])) ||
      isParticleAt(tokens, index);
    if (isNamePart(token) || joinsNames) last = index;
    else break;
  }
  return last >= at ? { first: at, last } : null;
}

/**
 * Where a personal name starts in a phrase: the name words that end it ("Kyiv regional Governor
 * Mykola Kalashnyk", "Ingrid van den Broeck-Vos"), after a title or of two words at least.
 */
export function nameStart(tokens: Token[], phrase: NamePhrase): number | null {
  const first = nameEndingAt(tokens, phrase.last, phrase.first);
  if (first === null) return null;
  const titled =
    first > phrase.first && (isRoleWord(tokens[first - 1]) || isShortTitle(tokens[first - 1]));
  const words = tokens
    .slice(first, phrase.last + 1)
    .filter((token) => !NAME_PARTICLES.has(token.lower)).length;
  return titled || words >= 2 ? first : null;
}

export const phraseText = (text: string, tokens: Token[], phrase: NamePhrase): string =>
  text
    .slice(tokens[phrase.first].start, tokens[phrase.last].end)
    .replace(/^the\s+/i, '')
    .trim();

/** A body that speaks on record: a capitalised phrase ending in a word such as Ministry or Force. */
export const isBody = (tokens: Token[], phrase: NamePhrase): boolean =>
  BODY_WORDS.has(tokens[phrase.last].lower) &&
  tokens.slice(phrase.first, phrase.last + 1).some((token) => isCapitalised(token));
