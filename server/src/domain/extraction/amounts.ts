import type { FigureQualifier } from '../../../../shared/vocabulary';
import {
  ATTRIBUTION_VERBS,
  CURRENCY_SIGNS,
  MEASURE_UNITS,
  MULTIPLIERS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PEOPLE_NOUNS,
  QUALIFIERS,
} from './lexicon';
import { isDash, isPossessive, phraseBefore } from './phrases';
import { isNationalitySingular } from './people';
import { isShareBase } from './population-share';
import { pronounPerson } from './pronoun-person';
import { vagueAmountAt } from './vague-amounts';
import type { Sentence, Token } from './tokens';

/** An amount the copy states: the words from its qualifier to its last number. */
export interface Amount {
  first: number;
  last: number;
  count: number | null;
  low: number | null;
  high: number | null;
  qualifier: FigureQualifier;
  /** One person named by "the" or a possessive ("the driver", "his wife"), not by "a". */
  definite?: boolean;
  /** Names people by no noun of its own: "a third", "another", "a couple". */
  nounless?: boolean;
}

/** People the copy names as speakers: "a police spokesman said" counts no one. */
const SPEAKER_ROLES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'source',
  'minister',
  'governor',
  'mayor',
  'commissioner',
  'director',
  'adviser',
  'representative',
]);

/** Words that name one known person before a noun: "the driver", "his wife". */
const DEFINITE = new Set(['the', 'his', 'her', 'their']);

/** Adjectives that name a group after "the": "the dead", "the wounded". */
const GROUP_ADJECTIVES = new Set(['dead', 'injured', 'wounded', 'elderly', 'missing', 'displaced']);

/** Nouns for a group of people, which "a" does not make one person. */
const GROUP_NOUNS = new Set(['family', 'crew', 'staff', 'police', 'couple']);

const NOT_COUNTS = new Set(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'ORDINAL']);

const DIGITS = /^\d{1,3}(,\d{3})+$|^\d+$/;
/** "8,000-10,000" as the tagger keeps it: one token. */
const HYPHENATED_RANGE = /^(\d{1,3}(?:,\d{3})+|\d+)[-–](\d{1,3}(?:,\d{3})+|\d+)$/;
const DECIMAL = /^\d+\.\d+$/;

interface ParsedNumber {
  value: number;
  last: number;
}

const wordValue = (word: string): number | undefined =>
  NUMBER_WORDS[word] ??
  (word.includes('-') && word.split('-').every((part) => NUMBER_WORDS[part] !== undefined)
    ? word.split('-').reduce((sum, part) => sum + NUMBER_WORDS[part], 0)
    : undefined);

/** "two hundred and fifty", "a thousand", "1.2 million", "1,000": the number and its last token. */
function parseNumber(tokens: Token[], at: number, end: number): ParsedNumber | null {
  const token = tokens[at];
  const multiplier = MULTIPLIERS[tokens[at + 1]?.lower ?? ''];
  if (DIGITS.test(token.text) || (DECIMAL.test(token.text) && multiplier)) {
    const value = Number(token.text.replace(/,/g, ''));
    return multiplier && at + 1 <= end
      ? { value: Math.round(value * multiplier), last: at + 1 }
      : { value, last: at };
  }
  const startsWithA =
    (token.lower === 'a' || token.lower === 'an') &&
    (MULTIPLIERS[tokens[at + 1]?.lower ?? ''] || tokens[at + 1]?.lower === 'dozen');
  if (wordValue(token.lower) === undefined && !startsWithA) return null;

  let total = 0;
  // "a dozen" is 12, "a hundred" 1 × 100.
  let current = startsWithA && tokens[at + 1]?.lower !== 'dozen' ? 1 : 0;
  let last = -1;
  for (let index = startsWithA ? at + 1 : at; index <= end; index += 1) {
    const word = tokens[index].lower;
    const value = wordValue(word);
    if (value !== undefined) {
      current += value;
    } else if (
      isDash(tokens[index]) &&
      current % 10 === 0 &&
      current >= 20 &&
      (wordValue(tokens[index + 1]?.lower ?? '') ?? 10) < 10
    ) {
      continue;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
    } else if (MULTIPLIERS[word]) {
      total += (current || 1) * MULTIPLIERS[word];
      current = 0;
    } else if (
      word === 'and' &&
      last === index - 1 &&
      wordValue(tokens[index + 1]?.lower ?? '') !== undefined &&
      /hundred|thousand|million/.test(tokens[index - 1].lower)
    ) {
      continue;
    } else {
      break;
    }
    last = index;
  }
  return last < 0 ? null : { value: total + current, last };
}

/** A number that measures time, distance, money or a share, or names a year: not a count. */
function isMeasure(tokens: Token[], first: number, parsed: ParsedNumber): boolean {
  const token = tokens[first];
  if (token.entity && NOT_COUNTS.has(token.entity) && !/,/.test(token.text)) return true;
  if (CURRENCY_SIGNS.has(tokens[first - 1]?.lower ?? '')) return true;
  if (tokens[first - 1]?.lower === 'magnitude' || tokens[first - 1]?.lower === 'no.') return true;
  // "two sisters aged 8 and 11", "aged between 9 and 71": ages.
  if (tokens[first - 1]?.lower === 'aged' || tokens[first - 2]?.lower === 'aged') return true;
  if (['and', 'to'].includes(tokens[first - 1]?.lower ?? '') && tokens[first - 3]?.lower === 'aged')
    return true;
  let next = parsed.last + 1;
  if (isDash(tokens[next])) next += 1;
  const unit = tokens[next]?.lower ?? '';
  if (MEASURE_UNITS.has(unit) || unit.startsWith('%')) return true;
  // "90 percent of Gaza's 2.1 million": the population a share is of.
  if (isShareBase(tokens, first)) return true;
  if (tokens[next]?.text === ':' && /^\d/.test(tokens[next + 1]?.text ?? '')) return true;
  const yearLike = /^(1[89]|20)\d\d$/.test(token.text);
  return yearLike && tokens[parsed.last + 1]?.pos !== 'NOUN';
}

/** Verbs whose particle "over" is no qualifier: "handed over 130 soldiers". */
const VERBS_WITH_OVER = new Set(['handed', 'hand', 'hands', 'handing', 'turned', 'took', 'taken']);

function qualifierBefore(tokens: Token[], first: number, floor: number) {
  for (const [phrase, qualifier] of QUALIFIERS) {
    if (phrase[0] === 'over' && VERBS_WITH_OVER.has(tokens[first - 2]?.lower ?? '')) continue;
    if (first - phrase.length >= floor && phraseBefore(tokens, first, phrase)) {
      return { qualifier, first: first - phrase.length };
    }
  }
  return { qualifier: 'exact' as FigureQualifier, first };
}

/** "between 10 and 15", "10 to 15", "10-15": the upper bound after a first number. */
function rangeAfter(tokens: Token[], parsed: ParsedNumber, end: number, between: boolean) {
  const link = tokens[parsed.last + 1];
  if (!link || parsed.last + 2 > end) return null;
  const linksRange = isDash(link) || link.lower === 'to' || (between && link.lower === 'and');
  if (!linksRange) return null;
  const upper = parseNumber(tokens, parsed.last + 2, end);
  return upper && upper.value > parsed.value ? upper : null;
}

const MODIFIER_TAGS = new Set(['ADJ', 'PROPN', 'NOUN']);
const MOST_MODIFIERS = 2;

/** "a French aid worker", "a local commander": the person noun past a word or two before it. */
function pastModifiers(tokens: Token[], at: number, end: number): number {
  let probe = at;
  while (
    probe < at + MOST_MODIFIERS &&
    probe <= end &&
    MODIFIER_TAGS.has(tokens[probe].pos) &&
    // "a Su-34 fighter-bomber" is no person
    /^\p{L}+$/u.test(tokens[probe].text) &&
    !PEOPLE_NOUNS.has(tokens[probe].lower)
  )
    probe += 1;
  return probe > at &&
    probe <= end &&
    PEOPLE_NOUNS.has(tokens[probe].lower) &&
    !isDash(tokens[probe + 1])
    ? probe
    : at;
}

/** A singular nationality that ends its noun phrase: "a Briton", not "a Canadian court". */
const isOneOfANationality = (tokens: Token[], at: number) =>
  isNationalitySingular(tokens[at]) &&
  !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[at + 1]?.pos ?? '') &&
  !isPossessive(tokens[at + 1]);

/** "a 28-year-old woman", "a child": one person, told by the article before a person noun. */
function singlePerson(tokens: Token[], at: number, end: number): number | null {
  const definite = DEFINITE.has(tokens[at].lower);
  if (!['a', 'an'].includes(tokens[at].lower) && !definite) return null;
  // "two of the dead", "among the injured": a group, not one person.
  if (
    definite &&
    (tokens[at - 1]?.lower === 'of' || GROUP_ADJECTIVES.has(tokens[at + 1]?.lower ?? ''))
  )
    return null;
  let index = at + 1;
  // "a sixth skier", "a ninth captive"
  if (!definite && ORDINAL_WORDS.has(tokens[index]?.lower ?? '')) index += 1;
  if (
    /^\d+$|^[a-z]+$/.test(tokens[index]?.lower ?? '') &&
    isDash(tokens[index + 1]) &&
    tokens[index + 2]?.lower === 'year'
  ) {
    index += 3;
    while (index <= end && (isDash(tokens[index]) || tokens[index].lower === 'old')) index += 1;
  }
  if (index > end) return null;
  if (!definite) index = pastModifiers(tokens, index, end);
  // "a Briton", "an Australian": a nationality that names the person, not a noun after it.
  if (!definite && isOneOfANationality(tokens, index)) return index;
  // "the hotel's owner": one person named by the thing they belong to.
  if (tokens[at].lower === 'the' && isPossessive(tokens[index + 1]) && index + 2 <= end) {
    if (!['NOUN', 'PROPN'].includes(tokens[index].pos)) return null;
    index += 2;
  }
  if (!PEOPLE_NOUNS.has(tokens[index].lower) || tokens[index].lower.endsWith('s')) return null;
  // "a family of three" counts three, not one.
  if (GROUP_NOUNS.has(tokens[index].lower)) return null;
  // "a police spokesman": the person is the last noun of the compound.
  const compoundEnd = Math.min(end, index + 2);
  while (
    index < compoundEnd &&
    tokens[index + 1].pos === 'NOUN' &&
    !tokens[index + 1].lower.endsWith('s')
  )
    index += 1;
  // "the driver's family": the person is not what is counted; "a resident told": a speaker.
  if (tokens[index + 1]?.lower === "'s" || ATTRIBUTION_VERBS.has(tokens[index + 1]?.lower ?? ''))
    return null;
  return SPEAKER_ROLES.has(tokens[index].lower) ? null : index;
}

/**
 * One person named by an ordinal alone, the noun left to the sentence before ("a third was found
 * dead", "another is missing"): the index of the last word, else null.
 */
function ordinalPerson(tokens: Token[], at: number, end: number): number | null {
  const word = tokens[at].lower;
  const ordinal = (word === 'a' || word === 'an') && ORDINAL_WORDS.has(tokens[at + 1]?.lower ?? '');
  const last = ordinal ? at + 1 : word === 'another' ? at : -1;
  if (last < 0 || last + 1 > end) return null;
  return tokens[last + 1].pos === 'AUX' ? last : null;
}

/** "a couple were found dead", "a couple of pensioners": two people, not "a couple of hours". */
function coupleAt(tokens: Token[], at: number, end: number): number | null {
  if (tokens[at].lower !== 'a') return null;
  // "a Dutch couple", "an elderly British couple"
  let noun = at + 1;
  while (noun < at + 3 && ['ADJ', 'PROPN'].includes(tokens[noun]?.pos ?? '')) noun += 1;
  if (tokens[noun]?.lower !== 'couple' || noun > end) return null;
  if (tokens[noun + 1]?.lower !== 'of') return noun;
  return noun === at + 1 && PEOPLE_NOUNS.has(tokens[noun + 2]?.lower ?? '') ? noun + 1 : null;
}

/**
 * A single person set off by commas right after another and followed by the verb ("a farmer, a
 * 54-year-old father of three, was killed"): the same person described again.
 */
const isApposition = (tokens: Token[], previous: Amount | undefined, at: number, last: number) =>
  previous?.count === 1 &&
  previous.last === at - 2 &&
  tokens[at - 1].text === ',' &&
  tokens[last + 1]?.text === ',' &&
  (tokens[last + 2]?.pos === 'AUX' || tokens[last + 2]?.pos === 'VERB');

/** Every amount stated in one sentence, in order. */
export function amountsIn(tokens: Token[], sentence: Sentence): Amount[] {
  const amounts: Amount[] = [];
  let floor = sentence.first;
  for (let at = sentence.first; at <= sentence.last; at += 1) {
    const token = tokens[at];
    const vague = vagueAmountAt(tokens, at, sentence.last);
    if (vague !== null) {
      amounts.push({
        first: at,
        last: vague,
        count: null,
        low: null,
        high: null,
        qualifier: 'vague',
      });
      floor = vague + 1;
      at = vague;
      continue;
    }
    const alone = ordinalPerson(tokens, at, sentence.last);
    if (alone !== null) {
      amounts.push({
        first: at,
        last: alone,
        count: 1,
        low: null,
        high: null,
        qualifier: 'exact',
        nounless: true,
      });
      floor = alone + 1;
      at = alone;
      continue;
    }
    const pronoun = pronounPerson(tokens, at, sentence.last);
    if (pronoun !== null) {
      amounts.push({
        first: at,
        last: at,
        count: 1,
        low: null,
        high: null,
        qualifier: 'exact',
        nounless: true,
      });
      floor = at + 1;
      continue;
    }
    const couple = coupleAt(tokens, at, sentence.last);
    if (couple !== null) {
      amounts.push({
        first: at,
        last: tokens[couple].lower === 'couple' ? couple : couple - 1,
        count: 2,
        low: null,
        high: null,
        qualifier: 'exact',
      });
      floor = couple + 1;
      at = couple;
      continue;
    }
    const person = singlePerson(tokens, at, sentence.last);
    if (person !== null && isApposition(tokens, amounts[amounts.length - 1], at, person)) {
      floor = person + 1;
      at = person;
      continue;
    }
    if (person !== null) {
      amounts.push({
        first: at,
        last: person,
        count: 1,
        low: null,
        high: null,
        qualifier: 'exact',
        definite: DEFINITE.has(tokens[at].lower),
        // "a Briton": the nationality names the person, no noun does.
        nounless: isNationalitySingular(tokens[person]) || undefined,
      });
      floor = person + 1;
      at = person;
      continue;
    }
    const hyphenated = HYPHENATED_RANGE.exec(token.text);
    if (hyphenated && !isMeasure(tokens, at, { value: 0, last: at })) {
      const [low, high] = [hyphenated[1], hyphenated[2]].map((part) =>
        Number(part.replace(/,/g, ''))
      );
      if (low < high) {
        amounts.push({ first: at, last: at, count: null, low, high, qualifier: 'range' });
        floor = at + 1;
      }
      continue;
    }
    const parsed = parseNumber(tokens, at, sentence.last);
    if (!parsed) continue;
    // "no one had been hurt" counts no one.
    if (tokens[at - 1]?.lower === 'no' && token.lower === 'one') continue;
    if (isMeasure(tokens, at, parsed)) {
      at = parsed.last;
      continue;
    }
    const between = tokens[at - 1]?.lower === 'between';
    const upper = rangeAfter(tokens, parsed, sentence.last, between);
    if (upper && !isMeasure(tokens, parsed.last + 2, upper)) {
      amounts.push({
        first: between ? at - 1 : at,
        last: upper.last,
        count: null,
        low: parsed.value,
        high: upper.value,
        qualifier: 'range',
      });
      floor = upper.last + 1;
      at = upper.last;
      continue;
    }
    const { qualifier, first } = qualifierBefore(tokens, at, floor);
    amounts.push({
      first,
      last: parsed.last,
      count: parsed.value,
      low: null,
      high: null,
      qualifier,
    });
    floor = parsed.last + 1;
    at = parsed.last;
  }
  return amounts;
}
