import type { FigureCategory, FigureQualifier } from '../../../../shared/vocabulary';
import type { ExtractedFigure, ExtractedOfficial } from '../../../../shared/contracts/extraction';

export interface AnnotatedFigure {
  category: FigureCategory;
  count: number | null;
  qualifier: FigureQualifier;
  claimant: string | null;
}

export interface AnnotatedPassage {
  id: string;
  text: string;
  figures: AnnotatedFigure[];
  /** The named persons the passage quotes, paraphrases or names with an official role; absent: not annotated. */
  officials?: string[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** What an extractor gives for a passage: its figures, or its figures and the officials it names. */
export type Extractor = (
  text: string
) =>
  | ExtractedFigure[]
  | { figures: ExtractedFigure[]; officials?: Pick<ExtractedOfficial, 'name' | 'kind'>[] };

export interface Miss {
  id: string;
  /** `qualifier`: the category and count were found with another qualifier. */
  kind: 'missed' | 'extra' | 'qualifier';
  what: string;
}

export interface ExtractionScore {
  passages: number;
  /** Annotated figures. */
  annotated: number;
  /** Figures on (category, count): the primary measure. */
  counts: Score;
  /** Figures on (category, count, qualifier). */
  figures: Score;
  /** Of the `of` figures matched on (category, count), `right` have the annotated qualifier too. */
  qualifiers: { right: number; of: number };
  /** Each attributed figure's claimant, by name. */
  claimants: Score;
  /** Named officials (persons), by name; null when no passage annotates them or the extractor names none. */
  officials: (Score & { annotated: number; found: number }) | null;
  misses: Miss[];
}

/** A name as the scoring compares it: case, apostrophes, a leading "the" and whitespace do not count. */
export const normaliseName = (name: string | null) =>
  (name ?? '')
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');

const scoreOf = (matched: number, found: number, expected: number): Score => {
  const precision = found === 0 ? (expected === 0 ? 1 : 0) : matched / found;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

/** Matches found against expected one to one on equal keys: the pairs, and what is left on each side. */
function matches<T, U>(
  found: T[],
  expected: U[],
  keyFound: (t: T) => string,
  keyExpected: (u: U) => string
) {
  const missed = [...expected];
  const pairs: [T, U][] = [];
  const extra: T[] = [];
  for (const item of found) {
    const at = missed.findIndex((other) => keyExpected(other) === keyFound(item));
    if (at >= 0) pairs.push([item, missed.splice(at, 1)[0]]);
    else extra.push(item);
  }
  return { matched: pairs.length, pairs, extra, missed };
}

type Keyed = { category: string; count: number | null; qualifier: string };
const countKey = (figure: Keyed) => `${figure.category}/${figure.count ?? '-'}`;
const figureKey = (figure: Keyed) => `${countKey(figure)}/${figure.qualifier}`;

/**
 * Precision, recall and F1 of an extractor on annotated passages: figures on (category, count) and
 * on (category, count, qualifier), how many matched figures have the right qualifier, claimants
 * (each attributed figure's claimant, an unattributed figure counting as no claimant), and named
 * officials where the passages annotate them and the extractor gives officials. A found official
 * counts when its name equals an annotated name after `normaliseName`; bodies are left out.
 */
export function scoreExtraction(passages: AnnotatedPassage[], extract: Extractor): ExtractionScore {
  const totals = {
    counts: [0, 0, 0],
    figures: [0, 0, 0],
    claimants: [0, 0, 0],
    officials: [0, 0, 0],
  };
  let officialsScored = false;
  const misses: Miss[] = [];
  const add = (total: number[], matched: number, found: number, expected: number) => {
    total[0] += matched;
    total[1] += found;
    total[2] += expected;
  };
  for (const { id, text, figures: expected, officials } of passages) {
    const extraction = extract(text);
    const found = Array.isArray(extraction) ? extraction : extraction.figures;
    // Whole figures first; what is left, matched by (category, count), differs in qualifier only.
    const whole = matches(found, expected, figureKey, figureKey);
    const byCount = matches(whole.extra, whole.missed, countKey, countKey);
    add(totals.figures, whole.matched, found.length, expected.length);
    add(totals.counts, whole.matched + byCount.matched, found.length, expected.length);
    for (const figure of byCount.missed)
      misses.push({ id, kind: 'missed', what: figureKey(figure) });
    for (const figure of byCount.extra) misses.push({ id, kind: 'extra', what: figureKey(figure) });
    for (const [figure, annotated] of byCount.pairs) {
      const what = `${countKey(annotated)} ${annotated.qualifier}, found ${figure.qualifier}`;
      misses.push({ id, kind: 'qualifier', what });
    }

    const claimantKey = (figure: { claimant: string | null }) => normaliseName(figure.claimant);
    const attributed = found.filter((figure) => figure.claimant);
    const expectedAttributed = expected.filter((figure) => figure.claimant);
    const claimants = matches(attributed, expectedAttributed, claimantKey, claimantKey);
    add(totals.claimants, claimants.matched, attributed.length, expectedAttributed.length);
    for (const figure of claimants.missed)
      misses.push({ id, kind: 'missed', what: `claimant ${figure.claimant}` });
    for (const figure of claimants.extra)
      misses.push({ id, kind: 'extra', what: `claimant ${figure.claimant}` });

    if (officials && !Array.isArray(extraction) && extraction.officials) {
      officialsScored = true;
      const people = extraction.officials.filter((official) => official.kind === 'person');
      const named = matches(
        people.map((official) => official.name),
        officials,
        normaliseName,
        normaliseName
      );
      add(totals.officials, named.matched, people.length, officials.length);
      for (const name of named.missed)
        misses.push({ id, kind: 'missed', what: `official ${name}` });
      for (const name of named.extra) misses.push({ id, kind: 'extra', what: `official ${name}` });
    }
  }
  const [, officialsFound, officialsAnnotated] = totals.officials;
  return {
    passages: passages.length,
    annotated: totals.figures[2],
    counts: scoreOf(totals.counts[0], totals.counts[1], totals.counts[2]),
    figures: scoreOf(totals.figures[0], totals.figures[1], totals.figures[2]),
    qualifiers: { right: totals.figures[0], of: totals.counts[0] },
    claimants: scoreOf(totals.claimants[0], totals.claimants[1], totals.claimants[2]),
    officials: officialsScored
      ? {
          ...scoreOf(totals.officials[0], officialsFound, officialsAnnotated),
          annotated: officialsAnnotated,
          found: officialsFound,
        }
      : null,
    misses,
  };
}
