import { isPossessive } from './phrases';
import type { Token } from './tokens';

/** Words that state a share: "90 percent of", "80% of", "9 per cent of". */
const SHARE_WORDS = new Set(['percent', '%', 'cent', 'percentage']);

/**
 * Whether the amount at `first` is the whole a percentage is taken of ("90 percent of Gaza's 2.1
 * million", "80% of the 40,000 residents"): a population, not a count of people in a category.
 * Reads at most four tokens back.
 */
export function isShareBase(tokens: Token[], first: number): boolean {
  let at = first - 1;
  if (tokens[at]?.lower === 'the') at -= 1;
  else if (isPossessive(tokens[at]) && ['PROPN', 'NOUN'].includes(tokens[at - 1]?.pos ?? ''))
    at -= 2;
  return tokens[at]?.lower === 'of' && SHARE_WORDS.has(tokens[at - 1]?.lower ?? '');
}
