import type { Figure } from './types';

/**
 * How a whole breaks down into its parts, when every number is exact enough to subtract:
 * 273 = 88 + 128 + 57 not accounted for. Null when there is nothing to show.
 */
export function breakdownOf(whole: Figure): { parts: number[]; unaccounted: number } | null {
  if (whole.count === null || whole.parts.length === 0) return null;
  const parts = whole.parts.map((part) => part.count);
  if (parts.some((count) => count === null)) return null;
  const known = parts as number[];
  const unaccounted = whole.count - known.reduce((sum, count) => sum + count, 0);
  return unaccounted >= 0 ? { parts: known, unaccounted } : null;
}

const flatten = (figures: Figure[]): Figure[] =>
  figures.flatMap((figure) => [figure, ...flatten(figure.parts)]);

/**
 * The categories in which more than one claimant gives a figure, with each claimant's figures:
 * what the page puts side by side.
 */
export function sideBySide(figures: Figure[]): { category: string; claims: Figure[] }[] {
  const byCategory = new Map<string, Figure[]>();
  for (const figure of flatten(figures)) {
    byCategory.set(figure.category, [...(byCategory.get(figure.category) ?? []), figure]);
  }
  return [...byCategory]
    .filter(
      ([, claims]) => new Set(claims.map((claim) => claim.claimant?.documentId ?? '')).size > 1
    )
    .map(([category, claims]) => ({ category, claims }));
}
