import type { FigureCategory, FigureQualifier } from '../../../../shared/vocabulary';
import { amountsIn } from './amounts';
import { extractFacts } from './index';
import { tokenize } from './tokens';
import type { CopyMismatch, ExtractedFigure } from '../../../../shared/contracts/extraction';

/** A figure record as the copy check sees it. */
export interface RecordedFigure {
  id: string;
  asStated?: string | null;
  category?: FigureCategory | null;
  count?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier?: FigureQualifier | null;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[—–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const amountKey = (figure: {
  category?: string | null;
  count?: number | null;
  low?: number | null;
  high?: number | null;
}) => `${figure.category}/${figure.count ?? '-'}/${figure.low ?? '-'}/${figure.high ?? '-'}`;

/** The amounts a phrase states, ages and dates left out: "a 28-year-old woman" states 1. */
const amountsStatedBy = (phrase: string): number[] => {
  const source = tokenize(phrase);
  return source.sentences.flatMap((sentence) =>
    amountsIn(source.tokens, sentence).flatMap((amount) =>
      [amount.count, amount.low, amount.high].filter((value): value is number => value !== null)
    )
  );
};

function mismatchOf(copy: string, record: RecordedFigure): CopyMismatch | null {
  const asStated = record.asStated?.trim();
  if (!asStated) return null;
  if (!copy.includes(normalise(asStated))) {
    return {
      id: record.id,
      asStated,
      problem: 'words_missing',
      message: `The copy no longer says "${asStated}".`,
      stated: [],
      recorded: [],
    };
  }
  const stated = amountsStatedBy(asStated);
  const recorded = [record.count, record.low, record.high].filter(
    (value): value is number => value !== null && value !== undefined
  );
  if (
    stated.length === 0 ||
    recorded.length === 0 ||
    recorded.some((value) => stated.includes(value))
  ) {
    return null;
  }
  return {
    id: record.id,
    asStated,
    problem: 'number_differs',
    message: `The copy says ${stated.join(', ')} ("${asStated}"); the record says ${recorded.join(', ')}.`,
    stated,
    recorded,
  };
}

/**
 * Holds the copy and the records of an article against each other: numbers the copy states that no
 * record covers, and records whose words or number the copy no longer has.
 */
export function checkCopyAgainstRecords(copy: string, records: RecordedFigure[]) {
  const unclaimed = new Map<string, number>();
  for (const record of records) {
    unclaimed.set(amountKey(record), (unclaimed.get(amountKey(record)) ?? 0) + 1);
  }
  const uncovered: ExtractedFigure[] = extractFacts(copy).figures.filter((figure) => {
    const left = unclaimed.get(amountKey(figure)) ?? 0;
    if (left === 0) return true;
    unclaimed.set(amountKey(figure), left - 1);
    return false;
  });
  const normalisedCopy = normalise(copy);
  const mismatched = records
    .map((record) => mismatchOf(normalisedCopy, record))
    .filter((mismatch): mismatch is CopyMismatch => mismatch !== null);
  return { uncovered, mismatched };
}
