import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { ARTICLE, CORRECTION, FIGURE, QUOTE } from '../constants';
import { columnOf as storedColumn, linkTableOf } from '../queries/stored-names';

type Knex = Core.Strapi['db']['connection'];

/** The types whose records are public only while their article is published. */
export const ARTICLE_CHILDREN = [FIGURE, QUOTE, CORRECTION] as const;

export type ArticleChild = (typeof ARTICLE_CHILDREN)[number];

const AWAITING: readonly string[] = [FIGURE, QUOTE];

/**
 * Keeps each record's private `inPublishedArticle` column equal to what its links say: true
 * when the record is linked to a published row of an article. The document middleware
 * `keepPublishedFlags` calls it after every write that can change a link or a publication;
 * bootstrap calls it for every record, which also fills the column on existing databases.
 */
export const createPublishedFlags = ({ strapi }: { strapi: Core.Strapi }) => {
  const columnOf = (uid: string, name: string) => storedColumn(strapi, uid, name);

  /** Row ids of `uid` linked to a published article row, as a subquery. */
  const linkedToPublished = (trx: Knex, uid: ArticleChild) => {
    const link = linkTableOf(strapi, uid, 'article');
    const articles = strapi.db.metadata.get(ARTICLE).tableName;
    return trx(link.name)
      .join(articles, `${articles}.id`, `${link.name}.${link.inverseJoinColumn.name}`)
      .whereNotNull(`${articles}.${columnOf(ARTICLE, 'publishedAt')}`)
      .whereNotNull(`${link.name}.${link.joinColumn.name}`)
      .select(`${link.name}.${link.joinColumn.name}`);
  };

  /**
   * A record waiting for its article's next publication is linked to the article's draft only:
   * every read of the published version (a populate, a GraphQL relation, a filter) then leaves
   * it out, and publishing the draft links it to the published version, as Strapi does for any
   * relation of a draft.
   */
  const detachFromPublishedVersion = async (
    trx: Knex,
    uid: ArticleChild,
    waiting: ReturnType<Knex>
  ) => {
    const link = linkTableOf(strapi, uid, 'article');
    const articles = strapi.db.metadata.get(ARTICLE).tableName;
    const publishedRows = trx(articles).whereNotNull(columnOf(ARTICLE, 'publishedAt')).select('id');
    await trx(link.name)
      .whereIn(link.joinColumn.name, waiting)
      .whereIn(link.inverseJoinColumn.name, publishedRows)
      .delete();
  };

  /**
   * Brings the flag of these rows (of every row when `ids` is left out) up to date, writing only
   * rows whose flag is wrong; answers how many it wrote.
   */
  const sync = async (uid: ArticleChild, ids?: number[]): Promise<number> =>
    await strapi.db.transaction(async ({ trx }: { trx: Knex }) => {
      if (ids?.length === 0) return 0;
      const table = strapi.db.metadata.get(uid).tableName;
      const flag = columnOf(uid, 'inPublishedArticle');
      // Records added to a published article wait for its next publication (figures, quotes).
      const awaiting = AWAITING.includes(uid) ? columnOf(uid, 'awaitingPublication') : null;
      const rows = () => (ids ? trx(table).whereIn('id', ids) : trx(table));
      if (awaiting)
        await detachFromPublishedVersion(trx, uid, rows().where(awaiting, true).select('id'));
      const raised = await rows()
        .whereIn('id', linkedToPublished(trx, uid))
        .where((ready) => (awaiting ? ready.where(awaiting, false).orWhereNull(awaiting) : ready))
        .where((stale) => stale.where(flag, false).orWhereNull(flag))
        .update({ [flag]: true });
      const lowered = await rows()
        .where((hidden) => {
          hidden.whereNotIn('id', linkedToPublished(trx, uid));
          if (awaiting) hidden.orWhere(awaiting, true);
        })
        .where((stale) => stale.where(flag, true).orWhereNull(flag))
        .update({ [flag]: false });
      return raised + lowered;
    });

  /** Row ids of the records of `uid` linked to any row of this article. */
  const idsOfArticle = async (uid: ArticleChild, articleDocumentId: string) => {
    const rows = (await strapi.db.query(uid).findMany({
      where: { article: { documentId: articleDocumentId } },
      select: ['id'],
    })) as { id: number }[];
    return rows.map((row) => row.id);
  };

  /** Row ids of one record (a document may have a row per locale). */
  const idsOfDocument = async (uid: ArticleChild, documentId: string) => {
    const rows = (await strapi.db.query(uid).findMany({
      where: { documentId },
      select: ['id'],
    })) as { id: number }[];
    return rows.map((row) => row.id);
  };

  /** A publication of the article lets the records that waited for it be seen. */
  const release = async (uid: ArticleChild, ids: number[]) => {
    if (!AWAITING.includes(uid) || ids.length === 0) return;
    await strapi.db.transaction(async ({ trx }: { trx: Knex }) => {
      // Only the records the publication linked to a published version: publishing another
      // edition than the one they belong to leaves them waiting.
      await trx(strapi.db.metadata.get(uid).tableName)
        .whereIn('id', ids)
        .whereIn('id', linkedToPublished(trx, uid))
        .update({ [columnOf(uid, 'awaitingPublication')]: false });
    });
  };

  return {
    sync,
    release,
    idsOfArticle,
    idsOfDocument,
    /** Every record; if any flag was wrong, what the content API served is stale too. */
    async syncAll() {
      let written = 0;
      for (const uid of ARTICLE_CHILDREN) written += await sync(uid);
      if (written > 0) await getService(strapi, 'data-version').bump();
    },
  };
};
