import type { Core } from '@strapi/strapi';
import { countByStatus, nestParts, type PublicArticle } from '../domain';
import { createPublicRecords, type ArticleScope } from '../queries/public-records';

/**
 * One article as a front end renders it: figures nested under their wholes, quotes with their
 * speakers, a verification summary, sources and corrections. Readers get the published edition;
 * the editor's preview gets the draft, with the public fields only, as readers would see it.
 */
export const createFactSheet = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createPublicRecords(strapi);

  const sheetOf = async (article: PublicArticle, scope: ArticleScope) => {
    const [figures, quotes, corrections] = await Promise.all([
      records.figures(article.documentId, scope),
      records.quotes(article.documentId, scope),
      records.corrections(article.documentId, scope),
    ]);
    return {
      ...article,
      figures: nestParts(figures),
      quotes,
      verification: { figures: countByStatus(figures), quotes: countByStatus(quotes) },
      corrections,
    };
  };

  return {
    async bySlug(slug: string, locale?: string) {
      const article = await records.article(slug, locale);
      return article ? sheetOf(article, 'published') : null;
    },

    /** The draft of an article in one locale, for the editor's preview only. */
    async draft(documentId: string, locale: string) {
      const article = await records.draftArticle(documentId, locale);
      return article ? sheetOf(article, 'draft') : null;
    },
  };
};

export type FactSheet = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createFactSheet>['bySlug']>>
>;
