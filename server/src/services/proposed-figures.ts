import type { Core } from '@strapi/strapi';
import type { FigureCategory, FigureQualifier } from '../domain';
import { defaultLocale } from '../queries/shared-relations';
import { mayEditArticle } from '../queries/tracked-records';
import { currentActor, type Actor } from '../utils/actor';
import { ARTICLE, FIGURE, OFFICIAL } from '../constants';

/** A figure the extraction proposed, as the editor confirmed it. */
export interface FigureProposal {
  category: FigureCategory;
  subject: string;
  count: number | null;
  low: number | null;
  high: number | null;
  qualifier: FigureQualifier;
  asStated: string;
  claimant: string | null;
}

const comparable = (name: string) => name.toLowerCase().replace(/[’‘]/g, "'").trim();

/**
 * The official known by that name or one of its variants, whichever apostrophe either uses,
 * among those the admin may read (an Author links only their own).
 */
async function officialNamed(strapi: Core.Strapi, actor: Actor | null, name: string) {
  const wanted = comparable(name);
  const officials: { documentId: string; name: string; nameVariants?: unknown }[] = await strapi.db
    .query(OFFICIAL)
    .findMany({
      select: ['id', 'documentId', 'name', 'nameVariants'],
      populate: { createdBy: { select: ['id'] } },
    });
  return (
    officials.find(
      (official) =>
        (!actor || actor.adminId === null || actor.canContent('read', OFFICIAL, official)) &&
        [
          official.name,
          ...(Array.isArray(official.nameVariants) ? official.nameVariants : []),
        ].some((variant) => typeof variant === 'string' && comparable(variant) === wanted)
    ) ?? null
  );
}

/**
 * Turns a proposed figure into a record of the article, unverified, through the document service
 * so that every rule applies; the claimant is linked when an official of that name exists.
 */
export const createProposedFigures = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(articleId: string, proposal: FigureProposal) {
    const locale = await defaultLocale(strapi);
    const article = await strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: articleId, locale }, select: ['documentId'] });
    const actor = currentActor(strapi);
    // An article the admin may not edit is, to them, one that is not there: no id oracle.
    if (
      !article ||
      (actor && actor.adminId !== null && !(await mayEditArticle(strapi, actor, articleId)))
    ) {
      return null;
    }
    const { claimant, ...fields } = proposal;
    const official = claimant ? await officialNamed(strapi, actor, claimant) : null;
    const created = await strapi.documents(FIGURE).create({
      data: {
        ...fields,
        verificationStatus: 'unverified',
        article: { documentId: articleId, locale },
        ...(official ? { claimant: official.documentId } : {}),
      } as never,
    });
    return { documentId: created.documentId, claimantLinked: Boolean(official) };
  },
});
