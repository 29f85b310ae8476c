import { amountsIn } from './amounts';
import { attributionsIn, continuesPrevious, type Attribution } from './attribution';
import { mentionsIn, type Mention } from './figures';
import { createOfficialsCollector } from './officials';
import { WEAPON_NOUNS } from './lexicon';
import { tokenize, type TokenizedText } from './tokens';
import type { ExtractedFigure, Extraction } from '../../../../shared/contracts/extraction';

export type {
  ExtractedFigure,
  ExtractedOfficial,
  Extraction,
} from '../../../../shared/contracts/extraction';

/**
 * The attribution nearest before a token, else the first after it, for tokens asked about in
 * order: the walk through a sentence's attributions never goes back.
 */
function attributionsInOrder(attributions: Attribution[]) {
  let next = 0;
  return (at: number): Attribution | undefined => {
    while (next < attributions.length && attributions[next].verb < at) next += 1;
    return attributions[next - 1] ?? attributions[0];
  };
}

const textOf = (source: TokenizedText, first: number, last: number) =>
  source.text.slice(source.tokens[first].start, source.tokens[last].end);

/** Whether the words from `from` to `to` are "of" or "of the". */
const isOfThe = (source: TokenizedText, from: number, to: number) => {
  const words = source.tokens.slice(from, to + 1).map((token) => token.lower);
  return words.join(' ') === 'of the' || words.join(' ') === 'of';
};

const countsWeapons = (source: TokenizedText, mention: Mention) =>
  mention.subject !== null &&
  source.tokens
    .slice(mention.subject.first, mention.subject.last + 1)
    .some((token) => WEAPON_NOUNS.has(token.lower));

/** Vague parts that open a sentence on the group counted before it: "Most of them", "Most of the victims". */
const PART_WORDS = new Set(['most', 'majority']);

const opensOnPart = (source: TokenizedText, first: number, mention: Mention) => {
  const opening = source.tokens[first]?.lower === 'the' ? first + 1 : first;
  return (
    mention.qualifier === 'vague' &&
    mention.first <= opening &&
    PART_WORDS.has(source.tokens[mention.first].lower === 'the' ? '' : source.tokens[opening].lower)
  );
};

const COPULAS = new Set(['were', 'are', 'included', 'include']);

/** Words that open a breakdown of the total before them: "including", "among them", "of whom". */
function opensBreakdown(
  source: TokenizedText,
  from: number,
  to: number,
  namesItsNoun = false
): boolean {
  for (let at = from; at <= to; at += 1) {
    const word = source.tokens[at].lower;
    const next = source.tokens[at + 1]?.lower;
    if (word === 'including' || word === 'among') return true;
    // "killing 12 people — seven men and five women —", "(two of them children)", "said: a
    // couple, their three sons", "The nine people killed were seven students"
    if (at === to && ['—', '–', '(', ':'].includes(word)) return true;
    // "were over 75" is an age: a copula opens a breakdown only of nouns.
    if (at === to && at > from && namesItsNoun && COPULAS.has(word)) return true;
    if (word === 'of' && (next === 'them' || next === 'whom' || next === 'those')) return true;
  }
  return false;
}

/**
 * "destroyed 38 of the 45 drones launched: 12 over ...": a breakdown after such a total is of the
 * part stated with the verb (the 38), not of the total (the 45).
 */
function partStatedBefore<Resolved extends { mention: Mention }>(
  source: TokenizedText,
  resolved: Resolved[]
): Resolved | undefined {
  const total = resolved[resolved.length - 1];
  const part = resolved[resolved.length - 2];
  return part && total && isOfThe(source, part.mention.last + 1, total.mention.first - 1)
    ? part
    : undefined;
}

/**
 * Reads the figures and the officials of an article's plain text: what is counted, how many, how
 * sure, who says so, and where the copy says it.
 */
export function extractFacts(text: string): Extraction {
  const source = tokenize(text);
  const officials = createOfficialsCollector(source);
  const figures: ExtractedFigure[] = [];
  let lastClaimant: string | null = null;
  let previousSentenceFigures: number[] = [];

  for (const sentence of source.sentences) {
    const found = attributionsIn(source, sentence).map((attribution) => ({
      ...attribution,
      claimant: attribution.claimant || lastClaimant || '',
    }));
    officials.read(sentence, found);
    const attributions = found.map((attribution) => ({
      ...attribution,
      claimant: officials.resolve(attribution.claimant),
    }));
    const carriesOn = continuesPrevious(source, sentence);
    const mentions = mentionsIn(
      source.tokens,
      amountsIn(source.tokens, sentence),
      sentence.first,
      sentence.last
    );
    const attributionFor = attributionsInOrder(attributions);
    const resolved: (ExtractedFigure & { mention: Mention; index: number })[] = [];
    const resolvedAt = new Map<number, ExtractedFigure & { index: number }>();
    const sentenceFigures: number[] = [];

    mentions.forEach((mention, at) => {
      const before = resolved[resolved.length - 1];
      // "killed 38 civilians, including 11 children": a breakdown of the figure before it.
      const whole =
        mention.within !== null
          ? resolvedAt.get(mention.within)
          : before &&
              (!mention.category || mention.weak || mention.category === before.category) &&
              (opensBreakdown(
                source,
                before.mention.last + 1,
                mention.first - 1,
                mention.subject !== null
              ) ||
                opensBreakdown(source, mention.last + 1, mention.last + 1))
            ? (partStatedBefore(source, resolved) ?? before)
            : undefined;
      // "destroyed 14 of the 20 drones Russia launched": the 20 are the whole the 14 are part of.
      const wholeOfBefore =
        before !== undefined && isOfThe(source, before.mention.last + 1, mention.first - 1);
      // "Most of them were women": a sentence that opens on a part of the figure before it.
      const partOfPrevious =
        !mention.category && !before && opensOnPart(source, sentence.first, mention)
          ? previousSentenceFigures[0]
          : undefined;
      const category =
        (mention.weak ? whole?.category : null) ??
        mention.category ??
        whole?.category ??
        (mention.continues && before ? before.category : null) ??
        (wholeOfBefore && countsWeapons(source, mention) ? 'launched' : null) ??
        (partOfPrevious !== undefined ? figures[partOfPrevious]?.category : null);
      if (!category || !mention.counted) return;
      const subject = mention.subject
        ? textOf(source, mention.subject.first, mention.subject.last)
        : (before?.subject ??
          (carriesOn ? figures[previousSentenceFigures[0]]?.subject : null) ??
          null);
      const attribution = attributionFor(mention.first);
      const partOf =
        whole?.index ??
        (carriesOn && previousSentenceFigures.length > 0 && !before
          ? previousSentenceFigures[0]
          : null) ??
        partOfPrevious ??
        null;
      // A part stated in a sentence of its own is nobody's claim unless the sentence says so.
      const claimant =
        attribution?.claimant ||
        (carriesOn ? lastClaimant : null) ||
        (partOf !== null && partOfPrevious === undefined ? figures[partOf].claimant : null) ||
        null;
      const figure: ExtractedFigure = {
        category,
        subject,
        count: mention.count,
        low: mention.low,
        high: mention.high,
        qualifier: mention.qualifier,
        asStated: textOf(source, mention.first, Math.max(mention.stated, mention.last)),
        start: source.tokens[mention.first].start,
        end: source.tokens[Math.max(mention.stated, mention.last)].end,
        claimant,
        // "including 7 police officers, and 140 were hurt": the next item of the same category
        // is another part of the same whole, an item of another category is not (unless the
        // sentence opens on the whole: "Of these, 88 were shot down while 128 were jammed").
        partOf:
          partOf ??
          (before && (carriesOn || (mention.continues && before.category === category))
            ? before.partOf
            : null),
      };
      figures.push(figure);
      if (wholeOfBefore && before.partOf === null) {
        figures[before.index] = {
          ...figures[before.index],
          partOf: figures.length - 1,
          subject: figures[before.index].subject ?? figure.subject,
        };
        before.partOf = figures.length - 1;
      }
      resolved.push({ ...figure, mention, index: figures.length - 1 });
      resolvedAt.set(at, resolved[resolved.length - 1]);
      sentenceFigures.push(figures.length - 1);
    });

    const named = attributions.filter((attribution) => attribution.claimant);
    if (named.length > 0) lastClaimant = named[named.length - 1].claimant;
    if (sentenceFigures.length > 0) previousSentenceFigures = sentenceFigures;
  }
  return { figures, officials: officials.officials() };
}
