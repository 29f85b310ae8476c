import type { Core } from '@strapi/strapi';
import { PUBLIC_FIELDS, type PublicFigure, type PublicOfficial } from '../domain';
import { defaultLocale } from './shared-relations';

const ARTICLE = 'plugin::fact-desk.article';
const FIGURE = 'plugin::fact-desk.casualty-figure';
const QUOTE = 'plugin::fact-desk.quote';
const CORRECTION = 'plugin::fact-desk.correction';

const fields = <T extends keyof typeof PUBLIC_FIELDS>(type: T) => [...PUBLIC_FIELDS[type]];

/** Records of a published article: its source edition (default locale) must be published. */
const ofPublishedArticle = (articleId: string) => ({
  article: { documentId: articleId, publishedAt: { $notNull: true } },
});

export type PublicQuote = Record<string, unknown> & {
  documentId: string;
  verificationStatus: PublicFigure['verificationStatus'];
  speaker: PublicOfficial | null;
};

/**
 * Loads published records with their public fields only, in a fixed number of queries whatever
 * the number of figures or quotes.
 */
export const createPublicRecords = (strapi: Core.Strapi) => ({
  /** A published edition by slug: in `locale` if given, else in any locale, the default first. */
  async article(slug: string, locale?: string) {
    const editions = await strapi.documents(ARTICLE).findMany({
      status: 'published',
      locale: locale ?? '*',
      filters: { slug },
      fields: fields('article'),
    });
    const source = await defaultLocale(strapi);
    return editions.find((edition) => edition.locale === source) ?? editions[0] ?? null;
  },

  async figures(articleId: string): Promise<PublicFigure[]> {
    const figures = await strapi.documents(FIGURE).findMany({
      filters: ofPublishedArticle(articleId),
      fields: fields('figure'),
      populate: { claimant: { fields: fields('official') }, partOf: { fields: ['documentId'] } },
      sort: ['id:asc'],
    });
    return figures as unknown as PublicFigure[];
  },

  async quotes(articleId: string): Promise<PublicQuote[]> {
    const quotes = await strapi.documents(QUOTE).findMany({
      filters: ofPublishedArticle(articleId),
      fields: fields('quote'),
      populate: { speaker: { fields: fields('official') } },
      sort: ['id:asc'],
    });
    return quotes as unknown as PublicQuote[];
  },

  corrections(articleId: string) {
    return strapi.documents(CORRECTION).findMany({
      filters: ofPublishedArticle(articleId),
      fields: fields('correction'),
      sort: ['correctedAt:asc'],
    });
  },
});
