import type { PublicFigure, PublicOfficial } from './fact-sheet';
import { anyContested } from './figure-consistency';
import type { FigureFacts } from './figure-rules';

export interface TalliedFigure extends PublicFigure {
  article?: { documentId: string; slug?: string; title?: string } | null;
}

export interface Range {
  low: number | null;
  high: number | null;
}

export interface ClaimantTally {
  claimant: PublicOfficial | null;
  /** The claimant's figures; the claimant is named once, above them. */
  figures: Omit<TalliedFigure, 'claimant'>[];
  range: Range;
}

export interface CategoryTally {
  category: string;
  contested: boolean;
  range: Range;
  claimants: ClaimantTally[];
}

const lowOf = (figure: PublicFigure) => figure.low ?? figure.count;
const highOf = (figure: PublicFigure) => figure.high ?? figure.count;

/** From the lowest low to the highest high: a spread of what was claimed, never a sum. */
export function editorialRange(figures: PublicFigure[]): Range {
  const lows = figures.map(lowOf).filter((value): value is number => value !== null);
  const highs = figures.map(highOf).filter((value): value is number => value !== null);
  return {
    low: lows.length > 0 ? Math.min(...lows) : null,
    high: highs.length > 0 ? Math.max(...highs) : null,
  };
}

/** What the consistency rules read of a public figure. */
export const talliedFacts = (figure: TalliedFigure): FigureFacts => ({
  id: figure.documentId,
  asStated: figure.asStated,
  category: figure.category as FigureFacts['category'],
  subject: figure.subject,
  count: figure.count,
  country: figure.country ?? null,
  occurredFrom: figure.occurredFrom ?? null,
  claimantId: figure.claimant?.documentId ?? null,
});

/**
 * Figures per category and claimant, with the editorial range of each and of the category. Figures
 * of different claimants are listed side by side and never added together; a category is
 * contested where two claimants give different numbers for the same thing.
 */
export function tallyFigures(figures: TalliedFigure[]): CategoryTally[] {
  const byCategory = new Map<string, TalliedFigure[]>();
  for (const figure of figures) {
    const inCategory = byCategory.get(figure.category) ?? [];
    inCategory.push(figure);
    byCategory.set(figure.category, inCategory);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, inCategory]) => {
      const byClaimant = new Map<string, TalliedFigure[]>();
      for (const figure of inCategory) {
        const key = figure.claimant?.documentId ?? '';
        const claimed = byClaimant.get(key) ?? [];
        claimed.push(figure);
        byClaimant.set(key, claimed);
      }
      return {
        category,
        contested: anyContested(inCategory.map(talliedFacts)),
        range: editorialRange(inCategory),
        claimants: [...byClaimant.values()].map((claimed) => ({
          claimant: claimed[0].claimant,
          figures: claimed.map(({ claimant: _claimant, ...figure }) => figure),
          range: editorialRange(claimed),
        })),
      };
    });
}
