import type { Core } from '@strapi/strapi';
import { defaultLocale } from '../queries/shared-relations';
import type { ResolverMiddleware } from './read-limits';
import { ARTICLE } from '../constants';

type Edition = { id?: number; documentId?: string; locale?: string | null };

/**
 * An article's figures and quotes are held by its source edition (services/shared-relations.ts);
 * on GraphQL, as on REST, every other published edition answers with the source edition's.
 */
export const sourceEditionRelations =
  (strapi: Core.Strapi): ResolverMiddleware =>
  async (resolve, parent, args, context, info) => {
    const edition = parent as Edition;
    const sourceLocale = await defaultLocale(strapi);
    if (!edition.documentId || !edition.locale || edition.locale === sourceLocale) {
      return resolve(parent, args, context, info);
    }
    const source = await strapi.db.query(ARTICLE).findOne({
      where: {
        documentId: edition.documentId,
        locale: sourceLocale,
        publishedAt: { $notNull: true },
      },
      select: ['id', 'documentId', 'locale'],
    });
    if (!source) return resolve(parent, args, context, info);
    return resolve({ ...edition, id: source.id, locale: sourceLocale }, args, context, info);
  };
