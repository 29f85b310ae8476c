/**
 * Compile-time test (run by `npm run typecheck:tests`): the ClaimReview markup the plugin builds is
 * valid schema.org ClaimReview as typed by schema-dts. A field of the wrong shape fails the build.
 */
import type { ClaimReview, WithContext } from 'schema-dts';
import type { ClaimReviewJsonLd } from '../../server/src/domain';
import { toClaimReviews } from '../../server/src/domain';

export const reviews: WithContext<ClaimReview>[] = toClaimReviews({
  article: { title: 'Headline', url: 'https://example.org/story' },
  publisher: { name: 'Desk', url: 'https://example.org' },
  claimUrl: (kind, documentId) => `https://example.org/story#${kind}-${documentId}`,
  figures: [],
  quotes: [],
});

export const oneReview = (review: ClaimReviewJsonLd): WithContext<ClaimReview> => review;
