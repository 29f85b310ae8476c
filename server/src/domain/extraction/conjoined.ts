import type { Amount } from './amounts';
import type { Mention } from './figures';
import { ATTRIBUTION_VERBS } from './lexicon';
import type { Token } from './tokens';

/**
 * Whether an amount after a comma is the next item of a list whose item before it ends right at
 * the comma ("among them a firefighter, two sisters"), and not a speaker ("a resident told").
 */
export function isListItem(tokens: Token[], previous: Mention | undefined, amount: Amount) {
  // "a grandfather, his two sons": a possessive may open the item.
  const comma = POSSESSIVES.has(tokens[amount.first - 1]?.lower ?? '')
    ? amount.first - 2
    : amount.first - 1;
  return (
    previous !== undefined &&
    previous.stated === comma - 1 &&
    tokens[comma]?.text === ',' &&
    !ATTRIBUTION_VERBS.has(tokens[amount.last + 1]?.lower ?? '')
  );
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

const VERBS = new Set(['VERB', 'AUX']);

/** Whether the words from `from` to `to` only join two items: "and", ",", ", and". */
function joinsItems(tokens: Token[], from: number, to: number): boolean {
  // "47 drones and all three cruise missiles", "a mother and her three children"
  const last =
    ['all', 'both'].includes(tokens[to]?.lower ?? '') || POSSESSIVES.has(tokens[to]?.lower ?? '')
      ? to - 1
      : to;
  const words = tokens.slice(from, last + 1).map((token) => token.lower);
  return (
    (words.length === 1 && (words[0] === 'and' || words[0] === ',')) ||
    (words.length === 2 && words[0] === ',' && words[1] === 'and')
  );
}

/**
 * "Four students and a teacher were killed", "Eleven Nepalis and six Filipinos are among those
 * who died": amounts joined to the one after them share the verb stated after the last, so the
 * category goes back along the list, from its end, one item at a time.
 */
export function shareCategoryBackwards(
  tokens: Token[],
  mentions: Mention[],
  sources: ('predicate' | 'other')[]
): void {
  for (let at = mentions.length - 2; at >= 0; at -= 1) {
    const mention = mentions[at];
    const next = mentions[at + 1];
    if (mention.category !== null || next.category === null || sources[at + 1] !== 'predicate')
      continue;
    if (!mention.counted || !next.counted || next.weak) continue;
    // "have lost 14 people, and 6 are missing": an object of its own verb is no subject.
    if (VERBS.has(tokens[mention.first - 1]?.pos ?? '')) continue;
    if (!joinsItems(tokens, mention.stated + 1, next.first - 1)) continue;
    mentions[at] = { ...mention, category: next.category };
    sources[at] = 'predicate';
  }
}
