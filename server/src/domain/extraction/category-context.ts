import type { FigureCategory } from '../../../../shared/vocabulary';
import { phraseAt } from './phrases';
import type { Token } from './tokens';

/** Phrases that start like a category word but say nothing happened to anyone. */
const NOT_CATEGORY_PHRASES = [
  ['returned', 'home'],
  ['returned', 'to', 'their', 'homes'],
  ['returned', 'to', 'their', 'villages'],
  ['released', 'from', 'hospital'],
  ['released', 'on', 'bail'],
  ['moved', 'to', 'hospital'],
  ['freed', 'from', 'the', 'rubble'],
];

/** Who frees people when they are rescued rather than let go by their captors. */
const RESCUERS = new Set([
  'troops',
  'soldiers',
  'forces',
  'army',
  'military',
  'police',
  'officers',
  'commandos',
  'rescuers',
  'firefighters',
  'divers',
  'coastguard',
  'raid',
  'raids',
  'operation',
  'operations',
  'teams',
  'volunteers',
]);

/** Verbs that hand bodies from one side to the other. */
const HANDOVER_VERBS = new Set([
  'received',
  'returned',
  'repatriated',
  'exchanged',
  'swapped',
  'handed',
  'transferred',
]);

const SKIPPED_BEFORE_VERB = new Set(['later', 'also', 'have', 'has', 'had', 'then', 'eventually']);

/** The word before `at`, past adverbs and auxiliaries: the subject of a verb at `at`. */
function wordBefore(tokens: Token[], at: number): string {
  let index = at - 1;
  while (index >= 0 && SKIPPED_BEFORE_VERB.has(tokens[index].lower)) index -= 1;
  return tokens[index]?.lower ?? '';
}

/**
 * The category a category phrase at `at` gives in its context: none for "returned home"; bodies
 * handed over are exchanged, not killed; people "freed" by troops or police are rescued, those freed
 * by their captors released (`other`).
 */
export function categoryInContext(
  tokens: Token[],
  at: number,
  category: FigureCategory
): FigureCategory | null {
  if (NOT_CATEGORY_PHRASES.some((phrase) => phraseAt(tokens, at, phrase))) return null;
  const word = tokens[at].lower;
  if (category === 'killed' && (word === 'bodies' || word === 'remains')) {
    for (let index = at - 1; index >= Math.max(0, at - 3); index -= 1) {
      if (HANDOVER_VERBS.has(tokens[index].lower)) return 'exchanged';
    }
  }
  if (word === 'freed') return RESCUERS.has(wordBefore(tokens, at)) ? 'rescued' : 'other';
  return category;
}
