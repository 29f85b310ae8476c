import type { Mention } from './figures';
import type { Token } from './tokens';

/** Whether the words from `from` to `to` are "of" or "of the": "27 of the 35 missiles". */
const joinsPartToWhole = (tokens: Token[], from: number, to: number) =>
  (to === from && tokens[from].lower === 'of') ||
  (to === from + 1 && tokens[from].lower === 'of' && tokens[to].lower === 'the');

/**
 * "27 of the 35 missiles had been destroyed", "12 of the 40 passengers were killed": the verb
 * stated after the whole says what befell the part, so the part takes its category and the whole
 * keeps none of its own (a count of weapons is then read as launched, a count of people is the
 * group the part was in).
 */
export function givePredicateToPart(
  mentions: Mention[],
  sources: ('predicate' | 'other')[],
  tokens: Token[]
): void {
  for (let at = 0; at + 1 < mentions.length; at += 1) {
    const part = mentions[at];
    const whole = mentions[at + 1];
    if (part.category !== null || whole.category === null || sources[at + 1] !== 'predicate')
      continue;
    if (part.subject !== null || !joinsPartToWhole(tokens, part.last + 1, whole.first - 1))
      continue;
    mentions[at] = { ...part, category: whole.category };
    mentions[at + 1] = { ...whole, category: null };
    sources[at] = 'predicate';
    sources[at + 1] = 'other';
  }
}
