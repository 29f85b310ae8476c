import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../constants';

/**
 * Strapi's i18n keeps relations per locale. A story's figures and quotes are the same in every
 * language, so they are held by the article's edition in the default locale (the source edition)
 * and every other edition is served with them.
 */
export const SHARED_ARTICLE_RELATIONS = ['figures', 'quotes'] as const;

export type ArticleEntry = { documentId: string; locale?: string | null } & Record<string, unknown>;

export const defaultLocale = (strapi: Core.Strapi): Promise<string> =>
  strapi.plugin('i18n').service('locales').getDefaultLocale();

/**
 * Copies the populated figures and quotes of each article's published source edition onto its
 * other editions. `populate` is the request's sanitized populate; entries are not yet sanitized.
 */
export async function withSharedRelations<T extends ArticleEntry>(
  strapi: Core.Strapi,
  entries: T[],
  populate: unknown
): Promise<T[]> {
  if (!populate) return entries;
  const sourceLocale = await defaultLocale(strapi);
  const translations = entries.filter((entry) => entry.locale && entry.locale !== sourceLocale);
  if (translations.length === 0) return entries;

  const sources = await strapi.documents(ARTICLE).findMany({
    status: 'published',
    locale: sourceLocale,
    filters: { documentId: { $in: translations.map((entry) => entry.documentId) } },
    fields: ['documentId'],
    populate: populate as never,
  });
  const sourceByDocument = new Map(
    sources.map((source) => [source.documentId, source as ArticleEntry])
  );

  return entries.map((entry) => {
    const source = sourceByDocument.get(entry.documentId);
    if (!source || entry.locale === sourceLocale) return entry;
    const shared = SHARED_ARTICLE_RELATIONS.filter((name) => name in entry).map((name) => [
      name,
      source[name] ?? [],
    ]);
    return { ...entry, ...Object.fromEntries(shared) };
  });
}
