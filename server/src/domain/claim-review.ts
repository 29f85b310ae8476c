import type { FigureNode, PublicOfficial } from './fact-sheet';
import type { EvidenceLink } from '../../../shared/evidence';
import type { VerificationStatus } from '../../../shared/vocabulary';

/** The verdicts that have a ClaimReview: every one but "unverified" (no verdict yet). */
export type ReviewedStatus = Exclude<VerificationStatus, 'unverified'>;

/** How a verdict reads as a truthfulness rating: its number, its name, and why. */
export interface Rating {
  value: number;
  name: string;
  explanation: string;
}

/**
 * The default mapping of the desk's verdicts onto a truthfulness scale, 5 (true) to 1 (false), as
 * fact-check markup expects; a desk sets its own in the plugin config (`claimReviewRatings`).
 */
export const DEFAULT_RATINGS: Record<ReviewedStatus, Rating> = {
  verified: {
    value: 5,
    name: 'True',
    explanation: 'Checked against the sources by a second checker: the number stands.',
  },
  corroborated: {
    value: 4,
    name: 'Mostly true',
    explanation: 'Independent sources give the same number; not yet verified first-hand.',
  },
  single_source: {
    value: 3,
    name: 'Unproven',
    explanation: 'One source gives this number; no other confirms it yet.',
  },
  disputed: {
    value: 2,
    name: 'Disputed',
    explanation: 'Sources contradict this number.',
  },
  incorrect: {
    value: 1,
    name: 'False',
    explanation: 'The sources show this number is wrong.',
  },
};

/** Google asks for a short claim; beyond this many characters it is cut at a sentence or word. */
export const CLAIM_REVIEWED_MAX = 300;

export interface ReviewedQuote {
  documentId: string;
  text: string;
  saidAt?: string | null;
  verificationStatus: VerificationStatus;
  checkedAt?: string | null;
  evidence?: EvidenceLink[] | null;
  speaker: PublicOfficial | null;
}

export interface ClaimReviewInput {
  article: { title: string; url: string; publishedAt?: string | null };
  publisher: { name: string; url: string };
  /** The URL of the page that reviews one claim (a fact sheet's item, or a page of its own). */
  claimUrl: (kind: 'figure' | 'quote', documentId: string) => string;
  ratings?: Record<ReviewedStatus, Rating>;
  figures: FigureNode[];
  quotes: ReviewedQuote[];
}

interface Party {
  '@type': 'Person' | 'Organization';
  name: string;
  url?: string;
  sameAs?: string;
}

interface Appearance {
  '@type': 'CreativeWork';
  url: string;
  publisher?: { '@type': 'Organization'; name: string };
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished?: string;
  author: Party & { '@type': 'Organization'; url: string };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
    ratingExplanation: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: Party;
    datePublished?: string;
    appearance?: Appearance[];
    firstAppearance?: Appearance;
  };
}

/**
 * A claim as short as it can be without changing what it says: whole up to 300 characters, else
 * its sentences that fit, else cut at a word with an ellipsis.
 */
export const shortClaim = (text: string): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= CLAIM_REVIEWED_MAX) return clean;
  const sentences = clean.slice(0, CLAIM_REVIEWED_MAX).match(/^.*[.!?…](?=\s)/);
  if (sentences && sentences[0].length >= CLAIM_REVIEWED_MAX / 3) return sentences[0];
  const cut = clean.slice(0, CLAIM_REVIEWED_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), CLAIM_REVIEWED_MAX / 2)).trimEnd()}…`;
};

const day = (value?: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

const flatten = (figures: FigureNode[]): FigureNode[] =>
  figures.flatMap((figure) => [figure, ...flatten(figure.parts)]);

const WIKIDATA_ID = /^Q[1-9]\d*$/;

const partyOf = (official: PublicOfficial): Party => ({
  '@type': official.kind === 'body' ? 'Organization' : 'Person',
  name: official.name,
  ...(official.wikidataId && WIKIDATA_ID.test(official.wikidataId)
    ? { sameAs: `https://www.wikidata.org/wiki/${official.wikidataId}` }
    : {}),
});

const appearanceOf = (link: EvidenceLink): Appearance => ({
  '@type': 'CreativeWork',
  url: link.url,
  ...(link.publisher ? { publisher: { '@type': 'Organization', name: link.publisher } } : {}),
});

interface Reviewable {
  kind: 'figure' | 'quote';
  documentId: string;
  claim: string;
  status: VerificationStatus;
  checkedAt?: string | null;
  saidAt?: string | null;
  evidence?: EvidenceLink[] | null;
  speaker: PublicOfficial | null;
}

const reviewablesOf = (input: ClaimReviewInput): Reviewable[] => [
  ...flatten(input.figures).map((figure) => ({
    kind: 'figure' as const,
    documentId: figure.documentId,
    claim: figure.claimant ? `${figure.claimant.name}: ${figure.asStated}` : figure.asStated,
    status: figure.verificationStatus,
    checkedAt: figure.checkedAt,
    saidAt: figure.statedAt,
    evidence: figure.evidence,
    speaker: figure.claimant,
  })),
  ...input.quotes.map((quote) => ({
    kind: 'quote' as const,
    documentId: quote.documentId,
    claim: quote.text,
    status: quote.verificationStatus,
    checkedAt: quote.checkedAt,
    saidAt: quote.saidAt,
    evidence: quote.evidence,
    speaker: quote.speaker,
  })),
];

function reviewOf(input: ClaimReviewInput, item: Reviewable): ClaimReviewJsonLd | null {
  if (item.status === 'unverified') return null;
  const ratings = input.ratings ?? DEFAULT_RATINGS;
  const values = Object.values(ratings).map((rating) => rating.value);
  const rating = ratings[item.status];
  const sources = item.evidence ?? [];
  const published = day(item.checkedAt) ?? day(input.article.publishedAt);
  const said = day(item.saidAt);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.claimUrl(item.kind, item.documentId),
    claimReviewed: shortClaim(item.claim),
    ...(published ? { datePublished: published } : {}),
    author: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: Math.max(...values),
      worstRating: Math.min(...values),
      alternateName: rating.name,
      ratingExplanation: rating.explanation,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(item.speaker ? { author: partyOf(item.speaker) } : {}),
      ...(said ? { datePublished: said } : {}),
      // Where the claim was made: its sources, the first of them first.
      ...(sources.length > 0
        ? { appearance: sources.map(appearanceOf), firstAppearance: appearanceOf(sources[0]) }
        : {}),
    },
  };
}

/** One ClaimReview per checked figure or quote of a published article, parts included. */
export function toClaimReviews(input: ClaimReviewInput): ClaimReviewJsonLd[] {
  return reviewablesOf(input)
    .map((item) => reviewOf(input, item))
    .filter((review): review is ClaimReviewJsonLd => review !== null);
}

/** The ClaimReview of one figure or quote, or null when it has none (unknown, or no verdict). */
export function toClaimReview(input: ClaimReviewInput, documentId: string) {
  const item = reviewablesOf(input).find((candidate) => candidate.documentId === documentId);
  return item ? reviewOf(input, item) : null;
}

/** JSON that is safe inside an HTML <script> element: no raw <, >, & or line separators. */
export const toScriptSafeJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
