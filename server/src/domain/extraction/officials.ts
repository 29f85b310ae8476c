import type { QuoteKind } from '../../../../shared/vocabulary';
import type { Attribution } from './attribution';
import { isBody, nameStart, phraseText, type NamePhrase } from './noun-phrases';
import { isCapitalised, isPossessive } from './phrases';
import { ROLE_WORDS } from './lexicon';
import { isRoleWord, isShortTitle, nameStartingAt } from './person-names';
import type { Sentence, Token, TokenizedText } from './tokens';
import type { ExtractedOfficial } from '../../../../shared/contracts/extraction';

const QUOTE_MARKS = /^[“”"]$/;

/** Direct when the sentence quotes a whole clause, partial when it quotes a few words. */
function quoteKindOf(tokens: Token[], sentence: Sentence): QuoteKind {
  const marks: number[] = [];
  for (let at = sentence.first; at <= sentence.last; at += 1) {
    if (QUOTE_MARKS.test(tokens[at].text)) marks.push(at);
  }
  if (marks.length < 2) return 'paraphrase';
  const quoted = marks[marks.length - 1] - marks[0] - 1;
  return quoted >= 6 || isCapitalised(tokens[marks[0] + 1]) ? 'direct' : 'partial';
}

const normalisedName = (name: string) =>
  name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** "coroner", "regional governor": a role in lower case, as the copy refers back to an official. */
const isLowerCaseRole = (claimant: string) =>
  claimant === claimant.toLowerCase() &&
  ROLE_WORDS.has(normalisedName(claimant).split(' ').pop() ?? '');

const TITLE_PARTS = new Set(['ADJ', 'PROPN', 'NOUN']);
/** "Head of the Kyiv regional military administration" and longer titles still fit. */
const LONGEST_TITLE = 12;

/** "Kyiv regional Governor": the title words that end at a role word. */
function titleBefore(tokens: Token[], roleAt: number, floor: number): number {
  let first = roleAt;
  for (let at = roleAt - 1; at >= Math.max(floor, roleAt - LONGEST_TITLE); at -= 1) {
    const token = tokens[at];
    if (
      TITLE_PARTS.has(token.pos) ||
      isPossessive(token) ||
      /^[A-Z]\.([A-Z]\.)+$/.test(token.text)
    ) {
      first = at;
    } else break;
  }
  return first;
}

/**
 * "President Vladimir Putin", "the French ambassador, Claire de La Rochefoucauld-Vernet", "Gen.
 * Rosa María del Campo": the first and last token of the name after a role word.
 */
function nameAfter(tokens: Token[], roleAt: number, ceiling: number) {
  let first = roleAt + 1;
  if (tokens[first]?.text === ',') first += 1;
  while (isShortTitle(tokens[first])) first += 1;
  if (first > ceiling) return null;
  const last = nameStartingAt(tokens, first, ceiling);
  return last === null ? null : { first, last };
}

/** Collects the people and bodies the copy quotes, paraphrases or names with a title. */
export function createOfficialsCollector(source: TokenizedText) {
  const { tokens, text } = source;
  const officials: ExtractedOfficial[] = [];
  const known = new Map<string, ExtractedOfficial>();
  /** People by the last words of their names: "verrier", "van den broeck-vos". */
  const byTrailingWords = new Map<string, ExtractedOfficial>();
  /** People by the last word of their role, null where two share it. */
  const byRoleWord = new Map<string, ExtractedOfficial | null>();

  const add = (official: ExtractedOfficial) => {
    const key = official.name.toLowerCase().replace(/[’']/g, "'");
    const surname = key.split(/\s+/).pop()!;
    const existing =
      known.get(key) ?? (official.kind === 'person' ? known.get(`surname:${surname}`) : undefined);
    if (existing) {
      existing.quoteKind ??= official.quoteKind;
      existing.role ??= official.role;
      return;
    }
    officials.push(official);
    known.set(key, official);
    if (official.kind !== 'person') return;
    known.set(`surname:${surname}`, official);
    const words = normalisedName(official.name).split(' ');
    for (let count = 1; count < words.length; count += 1) {
      const trailing = words.slice(-count).join(' ');
      if (!byTrailingWords.has(trailing)) byTrailingWords.set(trailing, official);
    }
    const roleWord = official.role && normalisedName(official.role).split(' ').pop();
    // A role two officials share ("minister") names neither of them.
    if (roleWord) byRoleWord.set(roleWord, byRoleWord.has(roleWord) ? null : official);
  };

  const person = (phrase: NamePhrase, nameFirst: number, quoteKind: QuoteKind | null) =>
    add({
      name: phraseText(text, tokens, { first: nameFirst, last: phrase.last }),
      kind: 'person',
      role:
        nameFirst > phrase.first
          ? phraseText(text, tokens, { first: phrase.first, last: nameFirst - 1 }).replace(
              /[\s,]+$/,
              ''
            )
          : null,
      organisation: null,
      quoteKind,
      start: tokens[phrase.first].start,
      end: tokens[phrase.last].end,
    });

  return {
    /** The speakers of a sentence's attributions, and every titled name in it. */
    read(sentence: Sentence, attributions: Attribution[]) {
      const quoteKind = quoteKindOf(tokens, sentence);
      for (const { phrase, claimant } of attributions) {
        if (!claimant) continue;
        const nameFirst = nameStart(tokens, phrase);
        if (nameFirst !== null) person(phrase, nameFirst, quoteKind);
        else if (isBody(tokens, phrase)) {
          add({
            name: claimant,
            kind: 'body',
            role: null,
            organisation: null,
            quoteKind,
            start: tokens[phrase.first].start,
            end: tokens[phrase.last].end,
          });
        }
      }
      for (let at = sentence.first; at <= sentence.last; at += 1) {
        if (!isRoleWord(tokens[at])) continue;
        const name = nameAfter(tokens, at, sentence.last);
        if (name === null) continue;
        const phrase = { first: titleBefore(tokens, at, sentence.first), last: name.last };
        const speaks = tokens[name.last + 1]?.pos === 'VERB';
        person(phrase, name.first, speaks ? quoteKind : null);
        at = name.last;
      }
    },
    /**
     * The person a later mention names by surname or by role alone ("Verrier", "Van den
     * Broeck-Vos", "the coroner"): the full name first given; any other claimant as it is.
     */
    resolve(claimant: string): string {
      const key = normalisedName(claimant);
      const bySurname = byTrailingWords.get(key);
      if (bySurname && normalisedName(bySurname.name) !== key) return bySurname.name;
      const byRole = byRoleWord.get(key.split(' ').pop() ?? '');
      return byRole && isLowerCaseRole(claimant) ? byRole.name : claimant;
    },
    officials: () => officials,
  };
}
