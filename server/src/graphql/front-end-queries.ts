import type { Core } from '@strapi/strapi';
import { figureFiltersQuery, tallyFiguresQuery } from '../controllers/tallies';
import { parseQuery } from '../utils/query-params';
import { getService } from '../utils/get-service';

/**
 * The front-end read models as typed GraphQL queries: the same builders as the REST routes
 * `/fact-sheets/:slug`, `/fact-sheets/:slug/claim-review`, `/tallies` and `/officials/:id`, and
 * the same users-permissions actions decide who may run them.
 */
export const frontEndTypeDefs = /* GraphQL */ `
  type FactDeskPublicOfficial {
    documentId: ID!
    name: String!
    nameVariants: JSON
    kind: String
    role: String
    organisation: String
    country: String
    side: String
    wikidataId: String
    roleStart: Date
    roleEnd: Date
  }

  type FactDeskArticleLabel {
    documentId: ID!
    slug: String
    title: String
  }

  type FactDeskSheetFigure {
    documentId: ID!
    asStated: String!
    category: String!
    subject: String
    count: Int
    low: Int
    high: Int
    qualifier: String!
    statedAt: Date
    occurredFrom: Date
    occurredTo: Date
    datePrecision: String
    place: String
    region: String
    country: String
    verificationStatus: String!
    evidence: JSON
    checkedAt: DateTime
    claimant: FactDeskPublicOfficial
    "The figures counted within this one (88 shot down within 273 launched); empty in tallies."
    parts: [FactDeskSheetFigure!]!
    "The article a tallied figure comes from; null on a fact sheet, which is that article."
    article: FactDeskArticleLabel
  }

  type FactDeskSheetQuote {
    documentId: ID!
    text: String!
    language: String
    translation: String
    translationLanguage: String
    kind: String
    roleAsPublished: String
    saidAt: Date
    channel: String
    verificationStatus: String!
    evidence: JSON
    checkedAt: DateTime
    speaker: FactDeskPublicOfficial
  }

  type FactDeskSheetCorrection {
    documentId: ID!
    targetType: String
    targetDocumentId: String
    field: String
    fromValue: String
    toValue: String
    correctedAt: DateTime
    publicNote: String
  }

  type FactDeskVerificationSummary {
    figures: JSON!
    quotes: JSON!
  }

  type FactDeskFactSheet {
    documentId: ID!
    title: String!
    slug: String!
    standfirst: String
    body: JSON
    dateline: String
    eventDate: Date
    outlet: String
    byline: String
    originalUrl: String
    regions: JSON
    reviewState: String
    checkedAt: DateTime
    locale: String
    publishedAt: DateTime
    figures: [FactDeskSheetFigure!]!
    quotes: [FactDeskSheetQuote!]!
    corrections: [FactDeskSheetCorrection!]!
    verification: FactDeskVerificationSummary!
    "schema.org ClaimReview JSON-LD for the article's checked figures and quotes."
    claimReview: JSON!
  }

  type FactDeskRange {
    low: Int
    high: Int
  }

  type FactDeskClaimantTally {
    "Null for the figures nobody is named as claiming."
    claimant: FactDeskPublicOfficial
    figureCount: Int!
    range: FactDeskRange!
  }

  type FactDeskCategoryTally {
    category: String!
    contested: Boolean!
    figureCount: Int!
    range: FactDeskRange!
    claimants: [FactDeskClaimantTally!]!
  }

  type FactDeskPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
  }

  type FactDeskTallyFigures {
    data: [FactDeskSheetFigure!]!
    pagination: FactDeskPagination!
  }

  type FactDeskSpeakerQuote {
    documentId: ID!
    text: String!
    kind: String
    saidAt: Date
    verificationStatus: String!
    article: FactDeskArticleLabel
  }

  type FactDeskSpeakerPage {
    documentId: ID!
    name: String!
    kind: String
    role: String
    organisation: String
    country: String
    wikidataId: String
    quotes: [FactDeskSpeakerQuote!]!
    verdicts: JSON!
  }

  extend type Query {
    factDeskFactSheet(slug: String!, locale: String): FactDeskFactSheet
    factDeskTallies(
      region: String
      category: String
      from: Date
      to: Date
    ): [FactDeskCategoryTally!]!
    "The figures behind a tally, a page at a time; claimant is a documentId, or none."
    factDeskTallyFigures(
      region: String
      category: String
      from: Date
      to: Date
      claimant: ID
      page: Int
      pageSize: Int
    ): FactDeskTallyFigures!
    factDeskSpeakerPage(documentId: ID!): FactDeskSpeakerPage
  }
`;

/** The arguments a query was given: GraphQL passes an explicit null for one left empty. */
const given = (args: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(args).filter(([, value]) => value !== null && value !== undefined)
  );

export const frontEndResolvers = (strapi: Core.Strapi) => ({
  FactDeskSheetFigure: {
    parts: (figure: { parts?: unknown[] }) => figure.parts ?? [],
  },
  Query: {
    async factDeskFactSheet(_parent: unknown, args: { slug: string; locale?: string }) {
      const sheet = await getService(strapi, 'fact-sheet').bySlug(args.slug, args.locale);
      if (!sheet) return null;
      return { ...sheet, claimReview: getService(strapi, 'front-end').claimReviews(sheet) };
    },

    factDeskTallies(_parent: unknown, args: Record<string, unknown>) {
      return getService(strapi, 'front-end').tallies(parseQuery(figureFiltersQuery, given(args)));
    },

    async factDeskTallyFigures(_parent: unknown, args: Record<string, unknown>) {
      const { page, pageSize, ...filters } = parseQuery(tallyFiguresQuery, given(args));
      const { figures, pagination } = await getService(strapi, 'front-end').tallyFigures(filters, {
        page,
        pageSize,
      });
      return { data: figures, pagination };
    },

    factDeskSpeakerPage(_parent: unknown, { documentId }: { documentId: string }) {
      return getService(strapi, 'front-end').speakerPage(documentId);
    },
  },
});

/** Each query needs the users-permissions action of its REST route. */
export const frontEndResolversConfig = {
  'Query.factDeskFactSheet': { auth: { scope: ['plugin::fact-desk.fact-sheet.findOne'] } },
  'Query.factDeskTallies': { auth: { scope: ['plugin::fact-desk.tallies.find'] } },
  'Query.factDeskTallyFigures': { auth: { scope: ['plugin::fact-desk.tallies.figures'] } },
  'Query.factDeskSpeakerPage': { auth: { scope: ['plugin::fact-desk.official.findOne'] } },
};
