import type { Core } from '@strapi/strapi';
import type { FigureFacts } from '../domain';
import { FIGURE } from '../constants';

const MAX_CHAIN = 50;

const FACT_FIELDS = [
  'documentId',
  'asStated',
  'category',
  'subject',
  'count',
  'low',
  'high',
  'qualifier',
  'country',
  'occurredFrom',
  'occurredTo',
  'partsNote',
  'verificationStatus',
  'evidence',
  'checkerNote',
];

const idOf = { select: ['documentId'] };

type FigureRow = Record<string, unknown> & {
  documentId: string;
  article?: { documentId: string } | null;
  partOf?: { documentId: string } | null;
  claimant?: { documentId: string; name?: string | null } | null;
};

export const toFigureFacts = (row: FigureRow): FigureFacts => {
  const { documentId, article, partOf, claimant, ...fields } = row;
  return {
    ...(fields as FigureFacts),
    id: documentId,
    articleId: article?.documentId ?? null,
    partOfId: partOf?.documentId ?? null,
    claimantId: claimant?.documentId ?? null,
    claimantName: claimant?.name ?? null,
  };
};

/** Loads figures as the domain rules see them, with the figures around them. */
export const createFigureFacts = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(FIGURE);
  const findMany = async (where: Record<string, unknown>) =>
    (
      (await query().findMany({
        where,
        select: FACT_FIELDS,
        populate: { article: idOf, partOf: idOf, claimant: { select: ['documentId', 'name'] } },
      })) as FigureRow[]
    ).map(toFigureFacts);

  return {
    async byId(documentId: string): Promise<FigureFacts | null> {
      const [figure] = await findMany({ documentId });
      return figure ?? null;
    },

    /** The figures directly part of `documentId`. */
    partsOf(documentId: string) {
      return findMany({ partOf: { documentId } });
    },

    /** The wholes above a figure, nearest first, stopping at a loop or after MAX_CHAIN steps. */
    async chainAbove(whole: FigureFacts): Promise<FigureFacts[]> {
      const chain: FigureFacts[] = [];
      const seen = new Set([whole.id]);
      let next = whole.partOfId;
      while (next && !seen.has(next) && chain.length < MAX_CHAIN) {
        const figure = await this.byId(next);
        if (!figure) break;
        chain.push(figure);
        seen.add(next);
        next = figure.partOfId;
      }
      return chain;
    },

    inArticle(articleId: string) {
      return findMany({ article: { documentId: articleId } });
    },
  };
};
