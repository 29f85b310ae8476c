import type { FigureCategory, FigureQualifier } from '../../../../shared/vocabulary';
import type { ExtractedFigure } from '../../../../shared/contracts/extraction';

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
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

const normaliseName = (name: string | null) =>
  (name ?? '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const scoreOf = (matched: number, found: number, expected: number): Score => {
  const precision = found === 0 ? (expected === 0 ? 1 : 0) : matched / found;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

/** Matches found against expected one to one; counts the pairs on which `key` agrees. */
function matches<T, U>(
  found: T[],
  expected: U[],
  keyFound: (t: T) => string,
  keyExpected: (u: U) => string
) {
  const left = expected.map(keyExpected);
  let matched = 0;
  const unmatched: string[] = [];
  for (const item of found) {
    const at = left.indexOf(keyFound(item));
    if (at >= 0) {
      left.splice(at, 1);
      matched += 1;
    } else unmatched.push(keyFound(item));
  }
  return { matched, extra: unmatched, missed: left };
}

const figureKey = (figure: { category: string; count: number | null; qualifier: string }) =>
  `${figure.category}/${figure.count ?? '-'}/${figure.qualifier}`;

/**
 * Precision, recall and F1 of an extractor on annotated passages: on (category, count, qualifier),
 * and on claimants (each figure's claimant, an unattributed figure counting as no claimant).
 */
export function scoreExtraction(
  passages: AnnotatedPassage[],
  extract: (text: string) => ExtractedFigure[]
) {
  const totals = { figures: [0, 0, 0], claimants: [0, 0, 0] };
  const misses: { id: string; kind: 'missed' | 'extra'; what: string }[] = [];
  for (const passage of passages) {
    const found = extract(passage.text);
    const figures = matches(found, passage.figures, figureKey, figureKey);
    totals.figures[0] += figures.matched;
    totals.figures[1] += found.length;
    totals.figures[2] += passage.figures.length;
    const claimantKey = (figure: { claimant: string | null }) => normaliseName(figure.claimant);
    const attributed = found.filter((figure) => figure.claimant);
    const expectedAttributed = passage.figures.filter((figure) => figure.claimant);
    const claimants = matches(attributed, expectedAttributed, claimantKey, claimantKey);
    totals.claimants[0] += claimants.matched;
    totals.claimants[1] += attributed.length;
    totals.claimants[2] += expectedAttributed.length;
    for (const what of [...figures.missed, ...claimants.missed.map((name) => `claimant ${name}`)]) {
      misses.push({ id: passage.id, kind: 'missed', what });
    }
    for (const what of [...figures.extra, ...claimants.extra.map((name) => `claimant ${name}`)]) {
      misses.push({ id: passage.id, kind: 'extra', what });
    }
  }
  return {
    annotated: totals.figures[2],
    figures: scoreOf(totals.figures[0], totals.figures[1], totals.figures[2]),
    claimants: scoreOf(totals.claimants[0], totals.claimants[1], totals.claimants[2]),
    misses,
  };
}
