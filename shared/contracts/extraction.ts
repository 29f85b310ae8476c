import type { FigureCategory, FigureQualifier, QuoteKind } from '../vocabulary';

/** A number the copy states about one thing, as a figure record would hold it. */
export interface ExtractedFigure {
  category: FigureCategory;
  subject: string | null;
  count: number | null;
  low: number | null;
  high: number | null;
  qualifier: FigureQualifier;
  /** The words of the copy that state it: `text.slice(start, end)`. */
  asStated: string;
  start: number;
  end: number;
  /** The person or body the text attributes it to. */
  claimant: string | null;
  /** The index of the figure this one is part of ("three wounded, including a child"). */
  partOf: number | null;
}

/** A person or body the copy quotes or paraphrases. */
export interface ExtractedOfficial {
  name: string;
  kind: 'person' | 'body';
  role: string | null;
  organisation: string | null;
  quoteKind: QuoteKind | null;
  /** The first mention: `text.slice(start, end)`. */
  start: number;
  end: number;
}

export interface Extraction {
  figures: ExtractedFigure[];
  officials: ExtractedOfficial[];
}

/** A figure record the article's copy no longer supports (the review route's copy check). */
export interface CopyMismatch {
  id: string;
  asStated: string;
  problem: 'words_missing' | 'number_differs';
  message: string;
  /** The numbers the copy's words state, and those the record holds (when they differ). */
  stated: number[];
  recorded: number[];
}
