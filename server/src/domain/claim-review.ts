import type { FigureNode, PublicOfficial } from './fact-sheet';
import type { VerificationStatus } from '../../../shared/vocabulary';

/**
 * The numeric scale of verdicts in ClaimReview markup: 5 (verified) to 1 (incorrect). Unverified
 * records have no verdict and get no ClaimReview.
 */
export const RATING_SCALE: Record<
  Exclude<VerificationStatus, 'unverified'>,
  { value: number; name: string }
> = {
  verified: { value: 5, name: 'Verified' },
  corroborated: { value: 4, name: 'Corroborated' },
  single_source: { value: 3, name: 'Single source' },
  disputed: { value: 2, name: 'Disputed' },
  incorrect: { value: 1, name: 'Incorrect' },
};

export const CLAIM_REVIEWED_MAX = 74;

export interface ClaimReviewInput {
  article: { title: string; url: string; publishedAt?: string | null };
  publisher: { name: string; url: string };
  figures: FigureNode[];
  quotes: {
    documentId: string;
    text: string;
    saidAt?: string | null;
    verificationStatus: VerificationStatus;
    checkedAt?: string | null;
    speaker: PublicOfficial | null;
  }[];
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string; url: string };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    datePublished?: string;
    appearance: { '@type': 'NewsArticle'; url: string; headline: string };
  };
}

/** A claim in at most 74 characters, cut at a word, with no verdict in it. */
export const shortClaim = (text: string): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= CLAIM_REVIEWED_MAX) return clean;
  const cut = clean.slice(0, CLAIM_REVIEWED_MAX - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), CLAIM_REVIEWED_MAX / 2));
  return `${atWord.trimEnd()}…`;
};

const day = (value?: string | null) => (value ? value.slice(0, 10) : undefined);

const flatten = (figures: FigureNode[]): FigureNode[] =>
  figures.flatMap((figure) => [figure, ...flatten(figure.parts)]);

interface Reviewable {
  anchor: string;
  claim: string;
  status: VerificationStatus;
  checkedAt?: string | null;
  saidAt?: string | null;
  speaker: PublicOfficial | null;
}

/** One ClaimReview per checked figure or quote of a published article. */
export function toClaimReviews(input: ClaimReviewInput): ClaimReviewJsonLd[] {
  const reviewables: Reviewable[] = [
    ...flatten(input.figures).map((figure) => ({
      anchor: `figure-${figure.documentId}`,
      claim: figure.claimant ? `${figure.claimant.name}: ${figure.asStated}` : figure.asStated,
      status: figure.verificationStatus,
      checkedAt: figure.checkedAt,
      saidAt: figure.statedAt,
      speaker: figure.claimant,
    })),
    ...input.quotes.map((quote) => ({
      anchor: `quote-${quote.documentId}`,
      claim: quote.text,
      status: quote.verificationStatus,
      checkedAt: quote.checkedAt,
      saidAt: quote.saidAt,
      speaker: quote.speaker,
    })),
  ];

  return reviewables.flatMap(({ anchor, claim, status, checkedAt, saidAt, speaker }) => {
    if (status === 'unverified') return [];
    const rating = RATING_SCALE[status];
    const review: ClaimReviewJsonLd = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${input.article.url}#${anchor}`,
      claimReviewed: shortClaim(claim),
      datePublished: day(checkedAt) ?? day(input.article.publishedAt) ?? '',
      author: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.value,
        bestRating: 5,
        worstRating: 1,
        alternateName: rating.name,
      },
      itemReviewed: {
        '@type': 'Claim',
        ...(speaker
          ? {
              author: {
                '@type': speaker.kind === 'body' ? 'Organization' : 'Person',
                name: speaker.name,
              },
            }
          : {}),
        ...(day(saidAt) ? { datePublished: day(saidAt) } : {}),
        appearance: {
          '@type': 'NewsArticle',
          url: input.article.url,
          headline: input.article.title,
        },
      },
    };
    return [review];
  });
}

/** JSON that is safe inside an HTML <script> element: no raw <, >, & or line separators. */
export const toScriptSafeJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
