import type { Core } from '@strapi/strapi';
import type { Actor } from '../utils/actor';
import { AUDITED_FIELDS, CLAIM_TEXT, type TrackedType } from '../domain';
import { ARTICLE } from '../constants';
import { permissionEntries } from './permission-entries';

const RELATION_FIELDS = ['claimant', 'speaker', 'partOf', 'article'];

export type TrackedState = Record<string, unknown> & {
  revision: number;
  articleId: string | null;
  /** Served to readers now: in a published article, not waiting for its next publication. */
  public: boolean;
  correctionNote: string | null;
  checkerNote: string | null;
};

/**
 * Loads a figure or quote as the audit sees it: audited fields, relations as documentIds, and the
 * words of its claim.
 */
export async function loadTrackedState(
  strapi: Core.Strapi,
  type: TrackedType,
  documentId: string
): Promise<TrackedState | null> {
  const fields: readonly string[] = [...new Set([...AUDITED_FIELDS[type], CLAIM_TEXT[type]])];
  const relations = ['article', ...fields.filter((field) => RELATION_FIELDS.includes(field))];
  const row = await strapi.db.query(`plugin::fact-desk.${type}`).findOne({
    where: { documentId },
    select: [
      ...fields.filter((field) => !RELATION_FIELDS.includes(field)),
      'revision',
      'correctionNote',
      'checkerNote',
      'inPublishedArticle',
    ],
    populate: Object.fromEntries(relations.map((name) => [name, { select: ['documentId'] }])),
  });
  if (!row) return null;
  const state: Record<string, unknown> = { ...row };
  for (const name of relations) state[name] = row[name]?.documentId ?? null;
  return {
    ...state,
    revision: row.revision ?? 0,
    articleId: row.article?.documentId ?? null,
    public: row.inPublishedArticle === true,
    correctionNote: row.correctionNote ?? null,
    checkerNote: row.checkerNote ?? null,
  };
}

/**
 * Moves a record from `expected` to the next revision, or reports that another write got there
 * first. The conditional update takes the row lock, so concurrent writers queue behind it.
 */
export async function claimRevision(
  strapi: Core.Strapi,
  type: TrackedType,
  documentId: string,
  expected: number
): Promise<boolean> {
  const { count } = await strapi.db
    .query(`plugin::fact-desk.${type}`)
    .updateMany({ where: { documentId, revision: expected }, data: { revision: expected + 1 } });
  return count > 0;
}

export async function isArticlePublished(strapi: Core.Strapi, articleId: string) {
  const published = await strapi.db
    .query(ARTICLE)
    .count({ where: { documentId: articleId, publishedAt: { $notNull: true } } });
  return published > 0;
}

/**
 * The published rows of an article, as permission checks read an entry (its locale, its creator);
 * the default locale's first, which holds the article's figures and quotes.
 */
export async function publishedArticleEntries(
  strapi: Core.Strapi,
  articleId: string,
  locales?: string[]
): Promise<Record<string, unknown>[]> {
  return permissionEntries(strapi, ARTICLE, {
    documentId: articleId,
    publishedAt: { $notNull: true },
    ...(locales ? { locale: { $in: locales } } : {}),
  });
}

/**
 * Whether `actor` may publish every published edition of the article (of `locales`, if named),
 * as the Content Manager reads the publish permission: per entry, with its locale and creator.
 */
export async function mayPublishArticle(
  strapi: Core.Strapi,
  actor: Actor,
  articleId: string,
  locales?: string[]
): Promise<boolean> {
  const entries = await publishedArticleEntries(strapi, articleId, locales);
  return entries.every((entry) => actor.canContent('publish', ARTICLE, entry));
}

/** Whether the admin may do `action` on some of the article's rows in the Content Manager. */
async function mayOnArticle(
  strapi: Core.Strapi,
  actor: Actor,
  action: 'read' | 'update',
  where: Record<string, unknown>
): Promise<boolean> {
  const entries = await permissionEntries(strapi, ARTICLE, where);
  return entries.some((entry) => actor.canContent(action, ARTICLE, entry));
}

/** Whether the admin may read some edition of the article in the Content Manager. */
export const mayReadArticle = (strapi: Core.Strapi, actor: Actor, articleId: string) =>
  mayOnArticle(strapi, actor, 'read', { documentId: articleId });

/**
 * Whether `actor` may edit the article, in some edition, as the Content Manager reads the update
 * permission (per entry, with its locale and creator): putting a record in an article, or taking
 * one out, edits it.
 */
export const mayEditArticle = (strapi: Core.Strapi, actor: Actor, articleId: string) =>
  mayOnArticle(strapi, actor, 'update', { documentId: articleId, publishedAt: null });
