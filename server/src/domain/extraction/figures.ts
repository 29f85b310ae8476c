import { THING_CATEGORIES, type FigureCategory } from '../../../../shared/vocabulary';
import type { Amount } from './amounts';
import { CATEGORY_PHRASES, WEAPON_NOUNS } from './lexicon';
import { namesPeople } from './people';
import { categoryInContext } from './category-context';
import { isListItem, shareCategoryBackwards } from './conjoined';
import { givePredicateToPart } from './part-of-whole';
import { isDash, phraseAt } from './phrases';
import { LATER_CLAUSE_OPENERS } from './pronoun-person';
import type { Token } from './tokens';

/** An amount with what it counts, read from the words around it. */
export interface Mention extends Amount {
  subject: { first: number; last: number } | null;
  /** The last token of the words that state it (subject and predicate). */
  stated: number;
  /** The last token of its subject's parenthetical ("including two children"), else `stated`. */
  reach: number;
  category: FigureCategory | null;
  /** Its category comes from a participle that qualifies its noun ("six wounded soldiers"): the
   * category of a total it is part of comes first. */
  weak: boolean;
  /** Index, in the sentence's mentions, of the mention whose parenthetical holds this one. */
  within: number | null;
  /** Says "more" or "others" or follows "and": it counts more of what the mention before counts. */
  continues: boolean;
  /** Its subject names people, weapons or the dead: something a casualty figure counts. */
  counted: boolean;
}

const WINDOW = 10;
/** Tokens an aside between commas, dashes or brackets may hold before it is no aside. */
const LONGEST_PARENTHETICAL = 40;
const SKIPPED_BEFORE_SUBJECT = new Set([
  'more',
  'other',
  'others',
  'additional',
  'further',
  'of',
  'the',
]);
const PREDICATE_FILLERS = new Set(['AUX', 'ADV', 'PART']);
/** Adverbs the tagger may read otherwise: "have since escaped", "were later freed". */
const FILLER_WORDS = new Set([
  'since',
  'later',
  'still',
  'also',
  'reportedly',
  'all',
  'now',
  "'",
  '"',
  '”',
]);
const PARENTHETICAL_OPENERS = ['including', 'among', 'of', 'mostly', 'most'];
/** Words that open a description of the person just named: "the gunman, a former student,". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their']);
const LONGEST_APPOSITION = 8;
const PARTITIVE_PRONOUNS = new Set(['them', 'whom', 'those', 'these']);
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);
const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'we', 'it']);
/** What a prepositional phrase between a subject and its verb is made of. */
const MODIFIER_PARTS = new Set(['ADP', 'DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART', 'PRON']);
const LONGEST_MODIFIER = 8;
/** Adjectives and names a participle may stand before its noun with: "130 captured Congolese soldiers". */
const LONGEST_NOUN_MODIFIERS = 4;
/** Verbs that say people were present, not what happened to them. */
const PRESENCE_VERBS = new Set(['carrying', 'carried', 'transporting', 'housing', 'sheltering']);

/** The category phrases by their first word, each list in the lexicon's order of precedence. */
const CATEGORY_PHRASES_BY_FIRST_WORD = new Map<
  string,
  { phrase: string[]; category: FigureCategory; rank: number }[]
>();
CATEGORY_PHRASES.forEach(([phrase, category], rank) => {
  const listed = CATEGORY_PHRASES_BY_FIRST_WORD.get(phrase[0]) ?? [];
  CATEGORY_PHRASES_BY_FIRST_WORD.set(phrase[0], [...listed, { phrase, category, rank }]);
});

function categoryAt(
  tokens: Token[],
  at: number
): { category: FigureCategory; rank: number; last: number } | null {
  const candidates = CATEGORY_PHRASES_BY_FIRST_WORD.get(tokens[at]?.lower ?? '') ?? [];
  for (const { phrase, category, rank } of candidates) {
    if (!phraseAt(tokens, at, phrase)) continue;
    const inContext = categoryInContext(tokens, at, category);
    return inContext && { category: inContext, rank, last: at + phrase.length - 1 };
  }
  return null;
}

const isCountedNoun = (token: Token) => namesPeople(token) || WEAPON_NOUNS.has(token.lower);

/** "of the presidential guard": whether a noun follows `of`, past an article and adjectives. */
function ofPhraseNoun(tokens: Token[], from: number, end: number): boolean {
  let at = from;
  if (['the', 'a', 'an'].includes(tokens[at]?.lower ?? '')) at += 1;
  while (at <= end && at < from + 4 && tokens[at].pos === 'ADJ') at += 1;
  return at <= end && tokens[at]?.pos === 'NOUN' && !categoryAt(tokens, at);
}

/** A participle before the noun it describes: "wanted" in "30 wanted suspects". */
const isParticipleModifier = (tokens: Token[], at: number) =>
  tokens[at].pos === 'VERB' &&
  /(?:ed|ing)$/.test(tokens[at].lower) &&
  tokens[at + 1] !== undefined &&
  (['NOUN', 'ADJ'].includes(tokens[at + 1].pos) || isCountedNoun(tokens[at + 1]));

/** The noun phrase an amount counts: "drones and decoys", "prisoners of war", "others". */
function subjectAfter(tokens: Token[], amount: Amount, end: number) {
  let at = amount.last + 1;
  while (at <= end && SKIPPED_BEFORE_SUBJECT.has(tokens[at].lower) && tokens[at].lower !== 'others')
    at += 1;
  let first = -1;
  let last = -1;
  for (; at <= end; at += 1) {
    const token = tokens[at];
    if (categoryAt(tokens, at)) break;
    // The tagger reads some plurals as verbs: "30 wanted suspects/VERB".
    if (
      token.pos === 'NOUN' ||
      ((token.pos === 'PROPN' || (token.pos === 'VERB' && at > amount.last + 1)) &&
        isCountedNoun(token))
    ) {
      if (first < 0) first = at;
      last = at;
    } else if (first < 0 && isParticipleModifier(tokens, at)) {
      // "30 wanted suspects", "1,200 guided aerial bombs"
      continue;
    } else if (token.pos === 'ADJ' || (token.pos === 'PROPN' && first < 0) || isDash(token)) {
      if (first >= 0 && token.pos !== 'ADJ') break;
    } else if (
      (token.lower === 'and' || token.lower === 'or') &&
      first >= 0 &&
      tokens[at + 1]?.pos === 'NOUN' &&
      !categoryAt(tokens, at + 1)
    ) {
      continue;
    } else if (token.lower === 'of' && first >= 0 && ofPhraseNoun(tokens, at + 1, end)) {
      continue;
    } else {
      break;
    }
  }
  return first < 0 ? null : { first, last };
}

/**
 * Whether the head of a subject counts people or weapons: "prisoners of war" does, "several waves
 * of drones" or "two groups of migrants" does not.
 */
function headCounts(tokens: Token[], subject: { first: number; last: number }): boolean {
  for (let at = subject.first; at <= subject.last; at += 1) {
    if (tokens[at].lower === 'of' && at > subject.first) return false;
    if (isCountedNoun(tokens[at])) return true;
  }
  return false;
}

/** The index of the first amount that starts at `at` or after it (amounts are in order). */
function firstAmountFrom(amounts: Amount[], at: number): number {
  let low = 0;
  let high = amounts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (amounts[middle].first < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Skips "—including a four-year-old child—" or ", among them two children," after a phrase. */
function afterParenthetical(tokens: Token[], at: number, end: number): number {
  const opener = tokens[at];
  if (!opener || !(isDash(opener) || opener.text === ',' || opener.text === '(')) return at;
  if (opener.text === ',' && APPOSITION_OPENERS.has(tokens[at + 1]?.lower ?? '')) {
    // "The gunman, a 19-year-old former student, was shot dead": an apposition before the verb.
    for (let index = at + 2; index <= Math.min(end, at + LONGEST_APPOSITION); index += 1) {
      if (tokens[index].text !== ',') continue;
      const verb = tokens[index + 1];
      return verb?.pos === 'AUX' || verb?.pos === 'VERB' ? index + 1 : at;
    }
    return at;
  }
  if (!PARENTHETICAL_OPENERS.includes(tokens[at + 1]?.lower ?? '')) return at;
  const closer = opener.text === '(' ? ')' : opener.text;
  for (let index = at + 2; index <= Math.min(end, at + LONGEST_PARENTHETICAL); index += 1) {
    if (tokens[index].text === closer) return index + 1;
  }
  return at;
}

/** Words between a subject and its verb: "of them", "who", "within a 3 km radius". */
function beforeVerb(tokens: Token[], from: number, stop: number): number {
  let at = from;
  if (tokens[at]?.lower === 'of' && PARTITIVE_PRONOUNS.has(tokens[at + 1]?.lower ?? '')) at += 2;
  if (RELATIVE_PRONOUNS.has(tokens[at]?.lower ?? '')) return at + 1;
  // "the 37 passengers they abducted": a relative clause without its pronoun.
  if (SUBJECT_PRONOUNS.has(tokens[at]?.lower ?? '')) {
    const verb = tokens[at + 1]?.pos === 'AUX' ? at + 2 : at + 1;
    if (verb <= stop && categoryAt(tokens, verb)) return verb;
  }
  if (tokens[at]?.pos !== 'ADP' || categoryAt(tokens, at)) return at;
  // "seven people before he was shot dead": a clause of its own, not a phrase to skip.
  if (LATER_CLAUSE_OPENERS.has(tokens[at].lower)) return at;
  // A short prepositional phrase, skipped only when a verb follows it.
  for (let index = at + 1; index <= Math.min(stop, at + LONGEST_MODIFIER); index += 1) {
    const pos = tokens[index].pos;
    if (pos === 'AUX' || pos === 'VERB') return index;
    if (!MODIFIER_PARTS.has(pos)) break;
  }
  return at;
}

/** Category verbs that are never participles before or after a noun. */
const FINITE_ONLY = new Set(['died', 'perished', 'fled']);

/**
 * Whether the category word right after an amount or its noun qualifies the noun rather than
 * saying what happened: a participle with no auxiliary before it, directly after the number and
 * before a noun ("130 captured soldiers"), or directly after the noun ("40 captives held in",
 * "drones launched by"), where the amount is no part of an "of the" total.
 */
function isQualifyingParticiple(
  tokens: Token[],
  amount: Amount,
  afterSubject: number,
  hasSubject: boolean
): boolean {
  const word = tokens[afterSubject];
  if (!word || !categoryAt(tokens, afterSubject)) return false;
  // "three children died": a verb no noun takes as its participle.
  if (FINITE_ONLY.has(word.lower)) return false;
  if (tokens[amount.first - 1]?.lower === 'of' || tokens[amount.first - 2]?.lower === 'of')
    return false;
  if (!hasSubject) {
    // "six wounded soldiers", not "4 struck energy facilities": the noun counts people or weapons.
    let at = (categoryAt(tokens, afterSubject)?.last ?? afterSubject) + 1;
    const limit = at + LONGEST_NOUN_MODIFIERS;
    while (
      at < limit &&
      (tokens[at]?.pos === 'ADJ' || (tokens[at]?.pos === 'PROPN' && !isCountedNoun(tokens[at])))
    )
      at += 1;
    return tokens[at] !== undefined && isCountedNoun(tokens[at]);
  }
  return word.pos === 'VERB' || word.pos === 'ADJ';
}

/** "and that ...", "and the toll ...": "and" before a new subject, not a second verb. */
const opensClause = (tokens: Token[], at: number) =>
  tokens[at].lower === 'and' &&
  ['DET', 'PRON', 'SCONJ', 'NUM', 'PROPN'].includes(tokens[at + 1]?.pos ?? '');

/** The category the words right after the subject give ("were shot down", "— were wounded"). */
function predicateCategory(tokens: Token[], from: number, stop: number) {
  let at = beforeVerb(tokens, afterParenthetical(tokens, from, stop), stop);
  while (
    at <= stop &&
    (PREDICATE_FILLERS.has(tokens[at].pos) || FILLER_WORDS.has(tokens[at].lower)) &&
    !categoryAt(tokens, at)
  )
    at += 1;
  // "were among the dead", "are among those who died": the category of the group they are in.
  // "were among 22 tourists injured": the category of the group counted after "among".
  if (tokens[at]?.lower === 'among' && tokens[at + 1]?.pos === 'NUM') {
    let noun = at + 2;
    while (noun < at + 5 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[noun]?.pos ?? '')) noun += 1;
    return categoryAt(tokens, noun);
  }
  if (tokens[at]?.lower === 'among' && at + 2 <= stop) {
    if (tokens[at + 1]?.lower === 'the') return categoryAt(tokens, at + 2);
    // "were among those killed"
    if (tokens[at + 1]?.lower === 'those' && categoryAt(tokens, at + 2))
      return categoryAt(tokens, at + 2);
    if (tokens[at + 1]?.lower === 'those' && RELATIVE_PRONOUNS.has(tokens[at + 2].lower)) {
      const verb = tokens[at + 3]?.pos === 'AUX' ? at + 4 : at + 3;
      return verb <= stop ? categoryAt(tokens, verb) : null;
    }
  }
  if (at > stop || !(categoryAt(tokens, at) || tokens[at].pos === 'VERB')) return null;
  let best: ReturnType<typeof categoryAt> = null;
  for (let index = at; index <= Math.min(stop, at + WINDOW); index += 1) {
    // "hostages held by a kidnapping gang": the agent says nothing of what befell them.
    if (index > at && tokens[index].lower === 'by' && !categoryAt(tokens, index + 1)) break;
    // "had been injured and that the toll was expected to rise": another clause.
    if (index > at && (tokens[index].lower === 'that' || opensClause(tokens, index))) break;
    const found = categoryAt(tokens, index);
    if (found && (!best || found.rank < best.rank)) best = found;
    if (tokens[index].text === ',' || tokens[index].text === ';') break;
  }
  return best;
}

const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'assault', 'barrage']);

/** Verbs said of their subject only: "arrived with 12 advisers" counts no arrivals. */
const PREDICATE_ONLY = new Set(['arrived']);

const PLURAL_COPULAS = new Set(['were', 'are']);

const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas']);

/** Verbs that give a category only when nothing nearer does: "had lost 1,130 troops killed". */
const WEAK_VERBS = new Set(['lost']);

/** A count of weapons takes only the categories of things (launched, intercepted, jammed, hit). */
const countsThings = (category: FigureCategory) =>
  (THING_CATEGORIES as readonly FigureCategory[]).includes(category);

/** "the bodies of 909 soldiers", "the evacuation of 2,000 people": the noun the amount is of. */
function headNounCategory(tokens: Token[], amount: Amount) {
  if (tokens[amount.first - 1]?.lower !== 'of') return null;
  const head = amount.first - 2;
  if (tokens[head]?.pos !== 'NOUN') return null;
  const found = categoryAt(tokens, head);
  return found && found.last <= amount.first - 1 ? found : null;
}

/** Nouns that count people by what befell them: "two more bodies", "12 fatalities". */
const TOLL_NOUNS = new Set(['bodies', 'deaths', 'fatalities', 'casualties']);

/** Groups named by what befell them: "two of the dead", "three of the injured". */
const GROUPS_BY_STATE = new Set(['dead', 'injured', 'wounded', 'missing']);

/** The category of such a noun right after an amount ("pulled two more bodies from"). */
function categoryNounAfter(tokens: Token[], amount: Amount, end: number) {
  let at = amount.last + 1;
  while (at <= Math.min(end, amount.last + 2) && SKIPPED_BEFORE_SUBJECT.has(tokens[at].lower))
    at += 1;
  const partitive = tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'of';
  const noun = tokens[at]?.lower ?? '';
  return at <= end && (TOLL_NOUNS.has(noun) || (partitive && GROUPS_BY_STATE.has(noun)))
    ? categoryAt(tokens, at)
    : null;
}

/** A phrase that starts a word or two before `at` and takes it in: "killed or wounded". */
function longestEndingAt(tokens: Token[], at: number, floor: number) {
  for (let start = Math.max(floor, at - 2); start < at; start += 1) {
    const found = categoryAt(tokens, start);
    if (found && found.last >= at) return found;
  }
  return null;
}

/** Words that give a toll its new number: "rose to 19", "put the toll at 37", "passed 1,000". */
const TOLL_LINKS = new Set(['to', 'at', 'reached', 'passed', 'past', 'topped', 'exceeded', 'hit']);

/**
 * The nearest category word before an amount: "fired a staggering 273", "exchange of 1,000"; for
 * a toll's new number, the toll however far back in the sentence it was named ("the death toll
 * from Saturday's fire at a hotel in the resort rose to 19").
 */
function categoryBefore(
  tokens: Token[],
  first: number,
  floor: number,
  sentenceFirst: number
): ReturnType<typeof categoryAt> {
  // "carried out 112 air strikes with 160 guided bombs": what the attacks were made with.
  if (tokens[first - 1]?.lower === 'with' && ATTACK_NOUNS.has(tokens[first - 2]?.lower ?? ''))
    return { category: 'launched', rank: 0, last: first - 1 };
  for (let at = first - 1; at >= Math.max(floor, first - WINDOW); at -= 1) {
    // "seized a bus carrying 20 passengers": people on board, not seized.
    // "the air force said: 12 over Pelova": a list after a colon is a breakdown of what came before.
    if (tokens[at].text === ';' || tokens[at].text === ':' || PRESENCE_VERBS.has(tokens[at].lower))
      return null;
    // "60 bridges destroyed, and 230,000 people remain": a new clause.
    if (tokens[at].text === ',' && CLAUSE_OPENERS.has(tokens[at + 1]?.lower ?? '')) return null;
    const found = PREDICATE_ONLY.has(tokens[at].lower) ? null : categoryAt(tokens, at);
    if (found && found.last < first) return longestEndingAt(tokens, at, floor) ?? found;
  }
  if (!TOLL_LINKS.has(tokens[first - 1]?.lower ?? '')) return null;
  // Other numbers may stand between ("the toll from the two blasts rose to 31").
  for (let at = first - 2; at >= Math.max(sentenceFirst, first - 4 * WINDOW); at -= 1) {
    if (tokens[at].lower === 'toll') return categoryAt(tokens, at - 1) ?? categoryAt(tokens, at);
  }
  return null;
}

/** Whether a verb follows right after a subject, past auxiliaries and adverbs. */
function hasOwnVerb(tokens: Token[], from: number): boolean {
  let at = from;
  while (at < from + 3 && PREDICATE_FILLERS.has(tokens[at]?.pos ?? '')) at += 1;
  return at > from && tokens[at]?.pos === 'VERB';
}

/** Reads what each amount of a sentence counts and what happened to it. */
export function mentionsIn(
  tokens: Token[],
  amounts: Amount[],
  sentenceFirst: number,
  sentenceLast: number
): Mention[] {
  const mentions: Mention[] = [];
  const sources: ('predicate' | 'other')[] = [];
  amounts.forEach((amount, index) => {
    const next = amounts[index + 1]?.first ?? sentenceLast + 1;
    const floor = index > 0 ? amounts[index - 1].last + 1 : sentenceFirst;
    const subject = amount.nounless
      ? null
      : amount.count === 1 && amount.qualifier === 'exact' && amount.last > amount.first
        ? { first: amount.last, last: amount.last }
        : subjectAfter(tokens, amount, next - 1);
    const afterSubject = (subject?.last ?? amount.last) + 1;
    const nounCategory = subject
      ? categoryAt(tokens, subject.last)
      : categoryNounAfter(tokens, amount, next - 1);
    const resume = afterParenthetical(tokens, afterSubject, sentenceLast);
    const nextOutside = amounts[firstAmountFrom(amounts, resume)]?.first ?? sentenceLast + 1;
    const predicate = predicateCategory(
      tokens,
      afterSubject,
      Math.min(nextOutside - 1, resume + WINDOW)
    );
    // "six wounded soldiers", "drones launched by the Houthis": a participle that qualifies the
    // noun gives way to the verb of the clause ("swapped", "brought down").
    const qualifying =
      predicate !== null &&
      nounCategory === null &&
      isQualifyingParticiple(tokens, amount, afterSubject, subject !== null);
    const before =
      predicate && !qualifying && !RELATIVE_PRONOUNS.has(tokens[resume]?.lower ?? '')
        ? null
        : categoryBefore(tokens, amount.first, floor, sentenceFirst);
    // "had lost 1,130 troops killed and wounded": a weak verb gives way to the participle.
    const beforeIsWeak = before !== null && WEAK_VERBS.has(tokens[before.last].lower);
    // "freed 14 miners who had been trapped": the verb the amount is the object of says what
    // happened, not a relative clause on what had happened before.
    const objectOfVerb =
      predicate !== null &&
      before !== null &&
      RELATIVE_PRONOUNS.has(tokens[resume]?.lower ?? '') &&
      amount.first - before.last === 1;
    const found =
      (objectOfVerb ? before : null) ??
      nounCategory ??
      headNounCategory(tokens, amount) ??
      (qualifying && !beforeIsWeak ? before : null) ??
      predicate ??
      before;
    const countsPeople =
      subject !== null &&
      tokens.slice(subject.first, subject.last + 1).some((token) => namesPeople(token));
    // People "neutralised" or "destroyed" were killed: interceptions count things, and so do
    // launches and hits ("attacked a bus carrying 40 passengers" launched no one).
    // "the driver had been detained", "killing the pilot": one known person is counted when what
    // happened to them is said of them, not when they are the one who acts ("the gunman killed").
    const saidOfThem =
      !amount.definite ||
      nounCategory !== null ||
      (found === predicate && tokens[resume]?.pos === 'AUX') ||
      (found === before && before !== null && amount.first - before.last <= 4);
    const countsOnlyWeapons =
      subject !== null &&
      !countsPeople &&
      tokens.slice(subject.first, subject.last + 1).some((token) => WEAPON_NOUNS.has(token.lower));
    // "neutralised 30 fighters" killed them; a verb far back ("60 bridges destroyed, and 230,000
    // people remain") says nothing of people.
    const killedAsIntercepted =
      found !== predicate && found === before && before !== null
        ? amount.first - before.last <= 3
        : true;
    const category = !saidOfThem
      ? null
      : found?.category === 'intercepted' && countsPeople
        ? killedAsIntercepted
          ? 'killed'
          : null
        : countsPeople && (found?.category === 'launched' || found?.category === 'hit')
          ? null
          : countsOnlyWeapons && found !== null && !countsThings(found.category)
            ? null
            : (found?.category ?? null);
    const previousWord = tokens[amount.first - 1]?.lower;
    mentions.push({
      ...amount,
      subject,
      stated: predicate ? Math.max(predicate.last, afterSubject - 1) : afterSubject - 1,
      category,
      reach: Math.max(
        predicate ? Math.max(predicate.last, afterSubject - 1) : afterSubject - 1,
        resume - 1
      ),
      within: null,
      weak: qualifying && before === null,
      // "Most of them were over 75": a bare number after "were" is an age, not a count.
      counted:
        (subject === null && !PLURAL_COPULAS.has(tokens[amount.first - 1]?.lower ?? '')) ||
        (subject !== null && headCounts(tokens, subject)),
      // "and 2,000 firefighters were deployed": a verb of its own that names no category.
      continues:
        !(predicate === null && hasOwnVerb(tokens, resume)) &&
        (['more', 'others', 'other'].includes(tokens[amount.last + 1]?.lower ?? '') ||
          previousWord === 'and' ||
          previousWord === 'while' ||
          // "a woman and her two sons"
          (['her', 'his', 'their'].includes(previousWord ?? '') &&
            tokens[amount.first - 2]?.lower === 'and') ||
          // A list that names its noun once: "killed 12 civilians in Donetsk, 4 in Kherson".
          (previousWord === ',' && subject === null) ||
          // "among them a firefighter, two sisters and their grandmother": the next item of a list.
          isListItem(tokens, mentions[mentions.length - 1], amount)),
    });
    sources.push(found !== null && found === predicate ? 'predicate' : 'other');
  });
  givePredicateToPart(mentions, sources, tokens);
  shareCategoryBackwards(tokens, mentions, sources);
  // A whole that states its parts in a parenthetical ("three—including a child—were wounded")
  // holds every mention that starts inside its stated words: the earliest one whose words reach
  // it. Mentions come in order, so one whose words end before this one ends no later one either.
  let owner = 0;
  return mentions.map((mention, index) => {
    while (owner < index && mentions[owner].reach < mention.last) owner += 1;
    return { ...mention, within: owner < index ? owner : null };
  });
}
