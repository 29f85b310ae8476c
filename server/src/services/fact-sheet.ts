import type { Core } from '@strapi/strapi';
import { countByStatus, nestParts } from '../domain';
import { createPublicRecords } from '../queries/public-records';

/**
 * One published article as a front end renders it: figures nested under their wholes, quotes with
 * their speakers, a verification summary, sources and corrections.
 */
export const createFactSheet = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createPublicRecords(strapi);
  return {
    async bySlug(slug: string, locale?: string) {
      const article = await records.article(slug, locale);
      if (!article) return null;
      const [figures, quotes, corrections] = await Promise.all([
        records.figures(article.documentId),
        records.quotes(article.documentId),
        records.corrections(article.documentId),
      ]);
      return {
        ...article,
        figures: nestParts(figures),
        quotes,
        verification: { figures: countByStatus(figures), quotes: countByStatus(quotes) },
        corrections,
      };
    },
  };
};

export type FactSheet = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createFactSheet>['bySlug']>>
>;
