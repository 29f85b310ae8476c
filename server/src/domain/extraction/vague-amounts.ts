import { MULTIPLIERS, VAGUE_AMOUNTS } from './lexicon';
import type { Token } from './tokens';

/** Words that say "most" of a group: "most of them", "mostly civilians", "the majority of". */
const PARTITIVE_OBJECTS = new Set(['them', 'whom', 'those', 'these', 'the']);
/** Small vague amounts opened by "a": "a handful", "a few", "a number of". */
const SMALL_AMOUNTS = new Set(['handful', 'few']);

const isMultiplier = (token: Token | undefined) =>
  token !== undefined && (MULTIPLIERS[token.lower] !== undefined || token.lower === 'dozen');

/** "hundreds of thousands", "several hundred": the last word of a vague amount from `last`. */
function vagueTail(tokens: Token[], last: number, end: number): number {
  let tail = last;
  for (;;) {
    if (tail < end && isMultiplier(tokens[tail + 1])) tail += 1;
    else if (
      tail + 2 <= end &&
      tokens[tail + 1].lower === 'of' &&
      VAGUE_AMOUNTS.has(tokens[tail + 2].lower)
    )
      tail += 2;
    else return tail;
  }
}

/**
 * The last token of a vague amount that starts at `at` ("dozens of", "tens of thousands", "a
 * handful", "several dozen", "most of them", "mostly"), or null.
 */
export function vagueAmountAt(tokens: Token[], at: number, end: number): number | null {
  const word = tokens[at].lower;
  const next = tokens[at + 1];
  if (!next || at + 1 > end) return null;
  if (VAGUE_AMOUNTS.has(word) || (word === 'tens' && next.lower === 'of')) {
    const tail = vagueTail(tokens, at, end);
    const after = tokens[tail + 1];
    if (tail > at || after?.lower === 'of' || after?.pos === 'NOUN' || after?.pos === 'ADJ')
      return tail;
    // "Thousands have fled", "Dozens were hurt": the amount is the subject of its verb.
    if (at === 0 || tokens[at - 1].text === ',' || tokens[at - 1].pos === 'PUNCT')
      return after?.pos === 'AUX' ? tail : null;
    return null;
  }
  if ((word === 'a' || word === 'an') && SMALL_AMOUNTS.has(next.lower)) {
    return vagueTail(tokens, at + 1, end);
  }
  if (word === 'a' && next.lower === 'number' && tokens[at + 2]?.lower === 'of') return at + 1;
  if (word === 'most' && next.lower === 'of' && PARTITIVE_OBJECTS.has(tokens[at + 2]?.lower ?? ''))
    return at;
  if (word === 'majority' && next.lower === 'of') return at;
  if (word === 'mostly' && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN'))
    return at;
  return null;
}
