import type { FigureCategory } from '../../../../shared/vocabulary';
import { NUMBER_WORDS } from './lexicon';
import { namesPeople } from './people';
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
  ['moved', 'in'],
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

/** Verbs that take people on board a rescuing vessel: "took 62 migrants ... on board". */
const TAKING_VERBS = new Set(['took', 'taken', 'take', 'takes', 'taking', 'brought', 'lifted']);
const LONGEST_ON_BOARD_OBJECT = 12;

function tookOnBoard(tokens: Token[], at: number): boolean {
  for (let index = at - 1; index >= Math.max(0, at - LONGEST_ON_BOARD_OBJECT); index -= 1) {
    if (TAKING_VERBS.has(tokens[index].lower)) return true;
    if (tokens[index].sentence !== tokens[at].sentence) return false;
  }
  return false;
}

/** People deployed or at work, who arrive somewhere without being displaced. */
const DEPLOYED = new Set([
  'troops',
  'soldiers',
  'rescuers',
  'firefighters',
  'police',
  'officers',
  'medics',
  'paramedics',
  'volunteers',
  'teams',
  'inspectors',
  'observers',
  'reinforcements',
]);

/**
 * "240,000 people arrived in Chad", "the number of new arrivals", "moved to shelters": refugees
 * across a border or people taken out of harm's way, not rescuers or troops who came to help.
 */
function arrivedFromElsewhere(
  tokens: Token[],
  at: number,
  category: FigureCategory
): FigureCategory | null {
  for (let index = at - 1; index >= Math.max(0, at - 4); index -= 1) {
    if (DEPLOYED.has(tokens[index].lower)) return null;
  }
  // "arrived for the talks", "arrived to help": visitors, not people who fled.
  const visiting =
    tokens[at].lower !== 'moved' && ['for', 'to'].includes(tokens[at + 1]?.lower ?? '');
  return visiting ? null : category;
}

const AMOUNT_OPENERS = new Set([
  'a',
  'an',
  'up',
  'at',
  'more',
  'over',
  'about',
  'some',
  'nearly',
  'around',
  'almost',
  'another',
  'dozens',
  'hundreds',
  'thousands',
  'several',
  'many',
]);

const startsAmount = (token: Token | undefined) =>
  token !== undefined &&
  (token.pos === 'NUM' ||
    NUMBER_WORDS[token.lower] !== undefined ||
    AMOUNT_OPENERS.has(token.lower));

/** "34 bodies were handed back": bodies given to the other side, said after the noun. */
function handedOverAfter(tokens: Token[], at: number): boolean {
  let index = at + 1;
  while (tokens[index]?.pos === 'AUX') index += 1;
  return HANDOVER_VERBS.has(tokens[index]?.lower ?? '');
}

/** Words that say a release is one side of an exchange. */
const EXCHANGE_WORDS = new Set(['exchange', 'exchanges', 'swap', 'swaps', 'exchanged', 'swapped']);
const EXCHANGE_REACH = 15;

/** Whether the sentence around `at` names an exchange within a few words. */
function inExchange(tokens: Token[], at: number): boolean {
  const sentence = tokens[at].sentence;
  const from = Math.max(0, at - EXCHANGE_REACH);
  const to = Math.min(tokens.length - 1, at + EXCHANGE_REACH);
  for (let index = from; index <= to; index += 1) {
    if (tokens[index].sentence !== sentence || !EXCHANGE_WORDS.has(tokens[index].lower)) continue;
    if (!phraseAt(tokens, index - 1, ['in', 'exchange', 'for'])) return true;
    // "in exchange for the lifting of sanctions" is a deal, not a swap of people.
    if (peopleFollow(tokens, index + 2)) return true;
  }
  return false;
}

const LONGEST_EXCHANGED_PHRASE = 4;

function peopleFollow(tokens: Token[], from: number): boolean {
  for (let index = from; index < from + LONGEST_EXCHANGED_PHRASE; index += 1) {
    const token = tokens[index];
    if (token && (token.pos === 'NUM' || namesPeople(token))) return true;
  }
  return false;
}

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
  // "took 62 migrants on board": people on board are rescued only when someone took them on.
  if (word === 'on' || word === 'aboard') return tookOnBoard(tokens, at) ? category : null;
  if (word === 'arrived' || word === 'arrivals' || word === 'moved')
    return arrivedFromElsewhere(tokens, at, category);
  // "We have lost 14 people": a loss of people when an amount follows the verb.
  // "23 people lost their lives": the phrase says it of its subject.
  if (word === 'lost')
    return startsAmount(tokens[at + 1]) || phraseAt(tokens, at, ['lost', 'their', 'lives'])
      ? category
      : null;
  if (category === 'killed' && word === 'bodies' && handedOverAfter(tokens, at)) return 'exchanged';
  const freed =
    word === 'freed' ? (RESCUERS.has(wordBefore(tokens, at)) ? 'rescued' : 'other') : category;
  // "freed from captivity in the latest exchange": released as one side of a swap.
  return freed === 'other' && inExchange(tokens, at) ? 'exchanged' : freed;
}
