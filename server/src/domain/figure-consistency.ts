import { error, warning, type Finding } from '../../../shared/finding';
import type { FigureFacts } from './figure-rules';
import type { FigureCategory } from '../../../shared/vocabulary';

/** Categories a part may have besides the whole's own: drones launched end intercepted, jammed or hit. */
const PART_CATEGORIES: Partial<Record<FigureCategory, FigureCategory[]>> = {
  launched: ['intercepted', 'jammed', 'hit'],
  detained: ['exchanged'],
  missing: ['killed', 'rescued'],
  displaced: ['evacuated'],
};

export const isCompatiblePart = (whole: FigureCategory, part: FigureCategory): boolean =>
  part === whole || part === 'other' || (PART_CATEGORIES[whole] ?? []).includes(part);

/** The least a figure claims (a range's low), and the most (a range's high); null if unknown. */
const leastOf = (figure: FigureFacts) => figure.low ?? figure.count ?? null;
const mostOf = (figure: FigureFacts) => figure.high ?? figure.count ?? null;

/**
 * The parts of a figure never add up to more than it, unless a note on the whole says why: the
 * least each part claims (a range's low) against the most the whole claims (a range's high).
 */
export function checkPartsWithinWhole(
  whole: FigureFacts,
  parts: FigureFacts[],
  { sayTotal = true }: { sayTotal?: boolean } = {}
): Finding[] {
  const most = mostOf(whole);
  if (most === null) return [];
  const total = parts.reduce((sum, part) => sum + (leastOf(part) ?? 0), 0);
  if (total <= most || (whole.partsNote ?? '').trim().length > 0) return [];
  const ofWhole = whole.high === null || whole.high === undefined ? 'count' : 'highest estimate';
  // A writer who may not read every part learns no sum of the numbers of those they may not.
  const adding = sayTotal
    ? `would add up to at least ${total}, more than`
    : 'would add up to more than';
  return [
    error(
      'figure.parts_exceed_whole',
      ['partOf'],
      `The parts of "${whole.asStated ?? 'this figure'}" ${adding} its ${ofWhole} of ${most}.`
    ),
  ];
}

/**
 * Rules between a figure and the figure it is part of: same article, a compatible category, the
 * parts within the whole, and no loop of parts. `chain` lists the wholes above `whole`, nearest first.
 */
export function checkPartOf(
  figure: FigureFacts,
  whole: FigureFacts,
  siblings: FigureFacts[],
  chain: FigureFacts[],
  { sayTotal = true }: { sayTotal?: boolean } = {}
): Finding[] {
  if (figure.id && [whole, ...chain].some((ancestor) => ancestor.id === figure.id)) {
    return [
      error(
        'figure.part_cycle',
        ['partOf'],
        'A figure cannot be part of itself, directly or through its parts.'
      ),
    ];
  }
  const findings: Finding[] = [];
  if ((figure.articleId ?? null) !== (whole.articleId ?? null)) {
    findings.push(
      error(
        'figure.part_other_article',
        ['partOf'],
        'A figure can only be part of a figure in the same article.'
      )
    );
  }
  if (figure.category && whole.category && !isCompatiblePart(whole.category, figure.category)) {
    findings.push(
      error(
        'figure.part_category',
        ['partOf'],
        `A "${figure.category}" figure cannot be part of a "${whole.category}" figure.`
      )
    );
  }
  return [...findings, ...checkPartsWithinWhole(whole, [...siblings, figure], { sayTotal })];
}

/** What a figure counts: two figures with the same key count the same thing. */
const thingCounted = (figure: Claim) =>
  JSON.stringify([
    figure.category ?? null,
    (figure.subject ?? '').trim().toLowerCase(),
    figure.country ?? null,
    figure.occurredFrom ?? null,
  ]);

const sameThing = (a: FigureFacts, b: FigureFacts) => thingCounted(a) === thingCounted(b);

/** The number a figure gives: its count, or the range it gives instead. */
const amountOf = (figure: Pick<FigureFacts, 'count' | 'low' | 'high'>) =>
  JSON.stringify([figure.count ?? null, figure.low ?? null, figure.high ?? null]);

/** Figures in which other claimants count the same thing. */
export const otherClaims = (figure: FigureFacts, peers: FigureFacts[]): FigureFacts[] =>
  peers.filter(
    (peer) =>
      peer.id !== figure.id &&
      Boolean(peer.claimantId) &&
      Boolean(figure.claimantId) &&
      peer.claimantId !== figure.claimantId &&
      sameThing(peer, figure)
  );

/** Two claimants giving different numbers for the same thing: news, never an error. */
export function checkContested(figure: FigureFacts, peers: FigureFacts[]): Finding[] {
  const rivals = otherClaims(figure, peers).filter((peer) => amountOf(peer) !== amountOf(figure));
  return rivals.length === 0
    ? []
    : [
        warning(
          'figure.contested',
          ['count'],
          `Another claimant gives a different number for the same thing: ${rivals
            .map((rival) => rival.asStated ?? String(rival.count))
            .join('; ')}.`
        ),
      ];
}

/** What the contested rule reads of a figure: who claims which number for which thing. */
export type Claim = Pick<
  FigureFacts,
  'category' | 'subject' | 'country' | 'occurredFrom' | 'claimantId' | 'count' | 'low' | 'high'
>;

/**
 * The contested rule over a set of claims: answers, for a claim, whether some other claimant in
 * the set gives another number for the same thing. The set may be the figures themselves or only
 * their distinct claims (the same claim twice changes nothing).
 */
export function disputedAmong(claims: Claim[]): (claim: Claim) => boolean {
  const amountsByThing = new Map<string, Map<string, Set<string>>>();
  for (const claim of claims) {
    if (!claim.claimantId) continue;
    const byClaimant = amountsByThing.get(thingCounted(claim)) ?? new Map();
    amountsByThing.set(thingCounted(claim), byClaimant);
    byClaimant.set(
      claim.claimantId,
      (byClaimant.get(claim.claimantId) ?? new Set()).add(amountOf(claim))
    );
  }
  return (claim) => {
    if (!claim.claimantId) return false;
    for (const [claimant, amounts] of amountsByThing.get(thingCounted(claim)) ?? []) {
      if (claimant === claim.claimantId) continue;
      for (const amount of amounts) if (amount !== amountOf(claim)) return true;
    }
    return false;
  };
}

/** Whether any two claimants give different numbers for the same thing among these claims. */
export const anyContested = (claims: Claim[]): boolean => claims.some(disputedAmong(claims));

/** The figures another claimant disputes: for the same thing, some other claimant gives a number this one does not. */
export function contestedFigures(figures: FigureFacts[]): Set<string> {
  const disputed = disputedAmong(figures);
  return new Set(figures.filter(disputed).map((figure) => String(figure.id)));
}
