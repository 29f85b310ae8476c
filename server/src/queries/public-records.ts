import type { Core } from '@strapi/strapi';
import {
  PUBLIC_FIELDS,
  type PublicArticle,
  type PublicFigure,
  type FigureCategory,
  type PublicOfficial,
  type TalliedFigure,
} from '../domain';
import { PUBLISHED_ARTICLE_FILTER } from './published-scope';
import { asServerReads } from '../utils/request-origin';
import { defaultLocale } from './shared-relations';
import { ARTICLE, CORRECTION, FIGURE, OFFICIAL, QUOTE } from '../constants';

const fields = <T extends keyof typeof PUBLIC_FIELDS>(type: T) => [...PUBLIC_FIELDS[type]];

/**
 * Which of an article's records a read serves: those readers see (`published`), or, for the
 * editor's preview of a draft, all the article's records as they stand (`draft`).
 */
export type ArticleScope = 'published' | 'draft';

const ofArticle = (articleId: string, scope: ArticleScope) => ({
  ...(scope === 'published' ? PUBLISHED_ARTICLE_FILTER : {}),
  article: { documentId: articleId },
});

export interface FigureFilters {
  region?: string;
  category?: FigureCategory;
  from?: string;
  to?: string;
}

/** The figures behind one tally: a claimant's (by documentId), or those nobody claims (`none`). */
export interface TallyFigureFilters extends FigureFilters {
  claimant?: string;
}

export const NO_CLAIMANT = 'none';

const claimantFilter = (claimant: string | undefined) => {
  if (claimant === undefined) return {};
  return claimant === NO_CLAIMANT
    ? { claimant: { id: { $null: true } } }
    : { claimant: { documentId: claimant } };
};

const figureFilters = ({ region, category, from, to }: FigureFilters) => ({
  ...PUBLISHED_ARTICLE_FILTER,
  ...(region ? { region: { $eqi: region } } : {}),
  ...(category ? { category } : {}),
  ...(from ? { occurredFrom: { $gte: from } } : {}),
  ...(to ? { occurredFrom: { ...(from ? { $gte: from } : {}), $lte: to } } : {}),
});

const tallyFigureFilters = ({ claimant, ...filters }: TallyFigureFilters) => ({
  ...figureFilters(filters),
  ...claimantFilter(claimant),
});

const ARTICLE_LABEL_FIELDS = ['documentId', 'slug', 'title'] as const;
const articleLabel = () => ({ fields: [...ARTICLE_LABEL_FIELDS] });

export interface ExportBatch {
  afterId: number;
  limit: number;
}

export type PublicQuote = Record<string, unknown> & {
  documentId: string;
  verificationStatus: PublicFigure['verificationStatus'];
  speaker?: PublicOfficial | null;
};

/**
 * Loads published records with their public fields only, in a fixed number of queries whatever
 * the number of figures or quotes. These queries are the plugin's own, so they run as server
 * reads: they scope themselves to published content, with fields the reader's policy keeps private.
 */
const publicRecords = (strapi: Core.Strapi) => ({
  /** A published edition by slug: in `locale` if given, else in any locale, the default first. */
  async article(slug: string, locale?: string) {
    const editions = await strapi.documents(ARTICLE).findMany({
      status: 'published',
      locale: locale ?? '*',
      filters: { slug },
      fields: fields('article'),
    });
    const source = await defaultLocale(strapi);
    const edition = editions.find((candidate) => candidate.locale === source) ?? editions[0];
    return (edition as unknown as PublicArticle | undefined) ?? null;
  },

  /** The draft of an article in one locale, public fields only (for the editor's preview). */
  async draftArticle(documentId: string, locale: string) {
    const draft = await strapi.documents(ARTICLE).findOne({
      documentId,
      locale,
      status: 'draft',
      fields: fields('article'),
    });
    return (draft as unknown as PublicArticle | null) ?? null;
  },

  async figures(articleId: string, scope: ArticleScope = 'published'): Promise<PublicFigure[]> {
    const figures = await strapi.documents(FIGURE).findMany({
      filters: ofArticle(articleId, scope),
      fields: fields('figure'),
      populate: { claimant: { fields: fields('official') }, partOf: { fields: ['documentId'] } },
      sort: ['id:asc'],
    });
    return figures as unknown as PublicFigure[];
  },

  async quotes(articleId: string, scope: ArticleScope = 'published'): Promise<PublicQuote[]> {
    const quotes = await strapi.documents(QUOTE).findMany({
      filters: ofArticle(articleId, scope),
      fields: fields('quote'),
      populate: { speaker: { fields: fields('official') } },
      sort: ['id:asc'],
    });
    return quotes as unknown as PublicQuote[];
  },

  /** A page of the figures behind a tally, with claimant and article. */
  async tallyFigures(
    filters: TallyFigureFilters,
    { start, limit }: { start: number; limit: number }
  ): Promise<TalliedFigure[]> {
    const figures = await strapi.documents(FIGURE).findMany({
      // Published, so the populated article is its published edition, never the draft.
      status: 'published',
      filters: tallyFigureFilters(filters),
      fields: fields('figure'),
      populate: { claimant: { fields: fields('official') }, article: articleLabel() },
      sort: ['id:asc'],
      start,
      limit,
    });
    return figures as unknown as TalliedFigure[];
  },

  countTallyFigures(filters: TallyFigureFilters): Promise<number> {
    return strapi.documents(FIGURE).count({
      status: 'published',
      filters: tallyFigureFilters(filters),
    });
  },

  /**
   * A batch of the exports' figures, those of the tallies with their whole and their last change:
   * the next `limit` after row `afterId`, in row order.
   */
  async exportedFigures(filters: FigureFilters, { afterId, limit }: ExportBatch) {
    const figures = await strapi.documents(FIGURE).findMany({
      status: 'published',
      filters: { ...figureFilters(filters), id: { $gt: afterId } },
      fields: [...fields('figure'), 'updatedAt'],
      populate: {
        claimant: { fields: fields('official') },
        article: articleLabel(),
        // The whole only when it is public too.
        partOf: { fields: ['documentId'], filters: { inPublishedArticle: true } },
      },
      sort: ['id:asc'],
      limit,
    });
    return figures as unknown as (TalliedFigure & { id: number; updatedAt: string | null })[];
  },

  /** Officials' public profiles, by documentId. */
  async officials(documentIds: string[]): Promise<PublicOfficial[]> {
    if (documentIds.length === 0) return [];
    const officials = await strapi.documents(OFFICIAL).findMany({
      filters: { documentId: { $in: documentIds } },
      fields: fields('official'),
    });
    return officials as unknown as PublicOfficial[];
  },

  official(documentId: string) {
    return strapi.documents(OFFICIAL).findOne({ documentId, fields: fields('official') });
  },

  /** The quotes of an official in published articles, with the article they appear in. */
  async quotesOf(officialId: string): Promise<PublicQuote[]> {
    const quotes = await strapi.documents(QUOTE).findMany({
      status: 'published',
      filters: {
        ...PUBLISHED_ARTICLE_FILTER,
        speaker: { documentId: officialId },
      },
      fields: fields('quote'),
      populate: { article: articleLabel() },
      sort: ['id:asc'],
    });
    return quotes as unknown as PublicQuote[];
  },

  corrections(articleId: string, scope: ArticleScope = 'published') {
    return strapi.documents(CORRECTION).findMany({
      filters: ofArticle(articleId, scope),
      fields: fields('correction'),
      sort: ['correctedAt:asc'],
    });
  },
});

export const createPublicRecords = (strapi: Core.Strapi) => asServerReads(publicRecords(strapi));
