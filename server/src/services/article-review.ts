import type { Core } from '@strapi/strapi';
import {
  checkContested,
  checkFigure,
  checkPartOf,
  checkQuote,
  decidePublication,
  type FigureFacts,
  type Finding,
  type OfficialFacts,
  type QuoteFacts,
} from '../domain';
import { checkedItemsOf } from './checked-items';
import { currentAdmin } from '../utils/admin-actor';
import { pluginConfig } from '../utils/plugin-config';
import { createFigureFacts } from './figure-facts';
import { QUOTE_FACT_FIELDS, SPEAKER_FACT_FIELDS } from './quote-facts';

type ReviewedQuote = QuoteFacts & {
  documentId: string;
  speaker?: (OfficialFacts & { documentId: string }) | null;
};

const chainAbove = (figure: FigureFacts, byId: Map<string, FigureFacts>): FigureFacts[] => {
  const chain: FigureFacts[] = [];
  let next = figure.partOfId ? byId.get(figure.partOfId)?.partOfId : null;
  while (next && byId.has(next) && chain.length < byId.size) {
    const whole = byId.get(next)!;
    chain.push(whole);
    next = whole.partOfId;
  }
  return chain;
};

/**
 * What an editor needs beside an article: every figure and quote with the rule findings on it
 * (errors and warnings), the arithmetic of each figure's parts, and whether it may be published.
 */
export const createArticleReview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async review(documentId: string) {
    const figures = await createFigureFacts(strapi).inArticle(documentId);
    const byId = new Map(figures.map((figure) => [figure.id!, figure]));
    const partsOf = (id: string) => figures.filter((figure) => figure.partOfId === id);

    const reviewedFigures = figures.map((figure) => {
      const whole = figure.partOfId ? byId.get(figure.partOfId) : undefined;
      const findings: Finding[] = [
        ...checkFigure(figure),
        ...(whole
          ? checkPartOf(
              figure,
              whole,
              partsOf(whole.id!).filter((part) => part.id !== figure.id),
              chainAbove(figure, byId)
            )
          : []),
        ...checkContested(figure, figures),
      ];
      const parts = partsOf(figure.id!);
      const accountedFor = parts.reduce((sum, part) => sum + (part.count ?? 0), 0);
      const arithmetic =
        parts.length > 0 && figure.count !== null && figure.count !== undefined
          ? {
              parts: parts.map((part) => part.count ?? null),
              accountedFor,
              unaccounted: figure.count - accountedFor,
            }
          : null;
      const { checkerNote: _note, ...shown } = figure;
      return { ...shown, findings, arithmetic };
    });

    const quotes: ReviewedQuote[] = await strapi.db.query('plugin::fact-desk.quote').findMany({
      where: { article: { documentId } },
      select: ['documentId', ...QUOTE_FACT_FIELDS],
      populate: { speaker: { select: ['documentId', ...SPEAKER_FACT_FIELDS] } },
    });
    const reviewedQuotes = quotes.map(({ checkerNote: _note, ...quote }) => ({
      ...quote,
      findings: checkQuote({ ...quote, checkerNote: _note }, quote.speaker ?? null),
    }));

    const admin = currentAdmin(strapi);
    const publication = decidePublication(
      await checkedItemsOf(strapi, documentId),
      pluginConfig(strapi, 'publishGate'),
      admin?.can('publish.bypass-gate') ?? false
    );
    return { figures: reviewedFigures, quotes: reviewedQuotes, publication };
  },
});
