import type { PublicFigure, PublicOfficial } from './fact-sheet';
import type { FigureFacts } from './figure-rules';

export interface TalliedFigure extends PublicFigure {
  article?: { documentId: string; slug?: string; title?: string } | null;
}

export interface Range {
  low: number | null;
  high: number | null;
}

/** The figures of one claimant in one category, as the database sums them up. */
export interface TallyGroup {
  category: string;
  /** The claimant's documentId; null for figures nobody is named as claiming. */
  claimantId: string | null;
  /** The lowest low (or count) and the highest high (or count) of the group. */
  low: number | null;
  high: number | null;
  figureCount: number;
}

export interface ClaimantTally {
  claimant: PublicOfficial | null;
  figureCount: number;
  range: Range;
}

export interface CategoryTally {
  category: string;
  contested: boolean;
  figureCount: number;
  range: Range;
  claimants: ClaimantTally[];
}

const present = (values: (number | null)[]) =>
  values.filter((value): value is number => value !== null);
const lowest = (values: (number | null)[]) =>
  present(values).reduce<number | null>((low, value) => Math.min(low ?? value, value), null);
const highest = (values: (number | null)[]) =>
  present(values).reduce<number | null>((high, value) => Math.max(high ?? value, value), null);

const lowOf = (figure: PublicFigure) => figure.low ?? figure.count;
const highOf = (figure: PublicFigure) => figure.high ?? figure.count;

/** From the lowest low to the highest high: a spread of what was claimed, never a sum. */
export function editorialRange(figures: PublicFigure[]): Range {
  return { low: lowest(figures.map(lowOf)), high: highest(figures.map(highOf)) };
}

/** What the consistency rules read of a public figure. */
export const talliedFacts = (figure: TalliedFigure): FigureFacts => ({
  id: figure.documentId,
  asStated: figure.asStated,
  category: figure.category as FigureFacts['category'],
  subject: figure.subject,
  count: figure.count,
  low: figure.low ?? null,
  high: figure.high ?? null,
  country: figure.country ?? null,
  occurredFrom: figure.occurredFrom ?? null,
  claimantId: figure.claimant?.documentId ?? null,
});

const byName = (a: ClaimantTally, b: ClaimantTally) =>
  a.claimant && b.claimant
    ? a.claimant.name.localeCompare(b.claimant.name)
    : Number(a.claimant === null) - Number(b.claimant === null);

/**
 * Summaries per category and claimant: how many figures, and the editorial range of each and of
 * the category. Figures of different claimants stand side by side and are never added together;
 * `contested` names the categories in which two claimants give different numbers for the same
 * thing. Claimants are listed by name, figures nobody claims last.
 */
export function summarizeTallies(
  groups: TallyGroup[],
  claimants: ReadonlyMap<string, PublicOfficial>,
  contested: ReadonlySet<string>
): CategoryTally[] {
  const byCategory = new Map<string, TallyGroup[]>();
  for (const group of groups) {
    byCategory.set(group.category, [...(byCategory.get(group.category) ?? []), group]);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, inCategory]) => ({
      category,
      contested: contested.has(category),
      figureCount: inCategory.reduce((sum, group) => sum + group.figureCount, 0),
      range: {
        low: lowest(inCategory.map((group) => group.low)),
        high: highest(inCategory.map((group) => group.high)),
      },
      claimants: inCategory
        .map((group) => ({
          claimant: group.claimantId ? (claimants.get(group.claimantId) ?? null) : null,
          figureCount: group.figureCount,
          range: { low: group.low, high: group.high },
        }))
        .sort(byName),
    }));
}

/** The tally groups of a list of figures: what the database's sums give for the same figures. */
export function groupFigures(figures: TalliedFigure[]): TallyGroup[] {
  const groups = new Map<string, TalliedFigure[]>();
  for (const figure of figures) {
    const key = JSON.stringify([figure.category, figure.claimant?.documentId ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  return [...groups.values()].map((grouped) => ({
    category: grouped[0].category,
    claimantId: grouped[0].claimant?.documentId ?? null,
    ...editorialRange(grouped),
    figureCount: grouped.length,
  }));
}
