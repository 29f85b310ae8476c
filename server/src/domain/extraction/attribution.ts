import { ATTRIBUTION_VERBS, CONTINUATIONS } from './lexicon';
import {
  nameStart,
  phraseEndingBefore,
  phraseStartingAt,
  phraseText,
  type NamePhrase,
} from './noun-phrases';
import { isRoleWord } from './person-names';
import { phraseAt } from './phrases';
import type { Sentence, Token, TokenizedText } from './tokens';

/** Who a sentence attributes its statements to, and where it says so. */
export interface Attribution {
  verb: number;
  phrase: NamePhrase;
  /** The claimant as the copy names them: a person's name without the title, or the body. */
  claimant: string;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

function claimantOf(source: TokenizedText, phrase: NamePhrase): Attribution['claimant'] {
  const start = nameStart(source.tokens, phrase);
  return phraseText(
    source.text,
    source.tokens,
    start === null ? phrase : { ...phrase, first: start }
  );
}

/** The name set off by a comma before a role phrase, if the phrase names a role. */
function namedBeforeRole(source: TokenizedText, role: NamePhrase, floor: number) {
  const { tokens } = source;
  if (tokens[role.first - 1]?.text !== ',') return null;
  if (!tokens.slice(role.first, role.last + 1).some((token) => isRoleWord(token))) return null;
  const name = phraseEndingBefore(tokens, role.first - 1, floor);
  return name && nameStart(tokens, name) === name.first ? name : null;
}

/** "The army put the toll at 22", "put the number of dead at": a claim, not an action. */
const putsTollAt = (tokens: Token[], at: number) =>
  ['put', 'puts'].includes(tokens[at].lower) &&
  tokens[at + 1]?.lower === 'the' &&
  ['toll', 'number', 'death'].includes(tokens[at + 2]?.lower ?? '');

/** Every "X said", "X reported that", "according to X" and ", said X" of one sentence. */
export function attributionsIn(source: TokenizedText, sentence: Sentence): Attribution[] {
  const { tokens } = source;
  const found: Attribution[] = [];
  for (let at = sentence.first; at <= sentence.last; at += 1) {
    const token = tokens[at];
    if (!ATTRIBUTION_VERBS.has(token.lower) && !putsTollAt(tokens, at)) continue;
    if (token.lower === 'according') {
      if (tokens[at + 1]?.lower !== 'to') continue;
      const phrase = phraseStartingAt(tokens, at + 2, sentence.last);
      if (phrase) found.push({ verb: at, phrase, claimant: claimantOf(source, phrase) });
      continue;
    }
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    // "the region's governor, Gennady Sablin, said": a name set off by commas before the verb.
    const appositive =
      tokens[at - 1]?.text === ',' ? phraseEndingBefore(tokens, at - 1, sentence.first) : null;
    if (appositive && nameStart(tokens, appositive) !== null) {
      found.push({ verb: at, phrase: appositive, claimant: claimantOf(source, appositive) });
      continue;
    }
    // "Serhiy Popko-Lytvyn, head of the city military administration, said": the name before
    // the role set off by commas.
    const named = appositive && namedBeforeRole(source, appositive, sentence.first);
    if (named) {
      found.push({ verb: at, phrase: named, claimant: claimantOf(source, named) });
      continue;
    }
    // "she said", "it added": the speaker last named, resolved by the caller.
    if (PRONOUNS.has(tokens[at - 1]?.lower ?? '') && at - 1 >= sentence.first) {
      found.push({ verb: at, phrase: { first: at - 1, last: at - 1 }, claimant: '' });
      continue;
    }
    const before = phraseEndingBefore(tokens, at, sentence.first);
    const subject =
      before && !PRONOUNS.has(tokens[before.last].lower)
        ? before
        : /^[,“”"']$/.test(tokens[at - 1]?.text ?? '')
          ? phraseStartingAt(tokens, at + 1, sentence.last)
          : null;
    if (subject) found.push({ verb: at, phrase: subject, claimant: claimantOf(source, subject) });
    else if (before) found.push({ verb: at, phrase: before, claimant: '' });
  }
  return found;
}

/** A sentence that carries on the one before ("Of these, 88 were shot down"). */
export const continuesPrevious = (source: TokenizedText, sentence: Sentence): boolean => {
  let at = sentence.first;
  while (['meanwhile', 'also', ','].includes(source.tokens[at]?.lower ?? '')) at += 1;
  return CONTINUATIONS.some((phrase) => phraseAt(source.tokens, at, phrase));
};
