import type { Core } from '@strapi/strapi';
import {
  checkContested,
  checkFigure,
  checkPartOf,
  checkQuote,
  otherClaims,
  decidePublication,
  type FigureFacts,
  type Finding,
  type OfficialFacts,
  type QuoteFacts,
} from '../domain';
import { plainTextOf } from '../domain/blocks-text';
import { checkedItemsOf } from '../queries/checked-items';
import { defaultLocale } from '../queries/shared-relations';
import { currentActor } from '../utils/actor';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';
import { createFigureFacts } from '../queries/figure-facts';
import { QUOTE_FACT_FIELDS, SPEAKER_FACT_FIELDS } from '../queries/quote-facts';
import { ARTICLE, QUOTE } from '../constants';

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

const arithmeticOf = (figure: FigureFacts, parts: FigureFacts[]) => {
  if (parts.length === 0 || figure.count === null || figure.count === undefined) return null;
  const accountedFor = parts.reduce((sum, part) => sum + (part.count ?? 0), 0);
  return {
    parts: parts.map((part) => part.count ?? null),
    accountedFor,
    unaccounted: figure.count - accountedFor,
  };
};

/** Every figure of a set with the rule findings on it and the arithmetic of its parts. */
const reviewFigures = (figures: FigureFacts[]) => {
  const byId = new Map(figures.map((figure) => [figure.id!, figure]));
  const partsOf = (id: string) => figures.filter((figure) => figure.partOfId === id);
  return figures.map((figure) => {
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
    const { checkerNote: _note, ...shown } = figure;
    return { ...shown, findings, arithmetic: arithmeticOf(figure, partsOf(figure.id!)) };
  });
};

export type ReviewedFigure = ReturnType<typeof reviewFigures>[number];

const SUMMARY_FIELDS = [
  'id',
  'asStated',
  'count',
  'category',
  'verificationStatus',
  'claimantName',
] as const;

/** A figure as listed beside another: enough to name it, link it and show its status. */
const summary = (figure: FigureFacts) =>
  Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, figure[field] ?? null])) as Pick<
    FigureFacts,
    (typeof SUMMARY_FIELDS)[number]
  >;

/**
 * What an editor needs beside an article: every figure and quote with the rule findings on it
 * (errors and warnings), the arithmetic of each figure's parts, and whether it may be published.
 */
export const createArticleReview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async review(documentId: string) {
    const article = await strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId }, select: ['id'] });
    if (!article) return null;
    const figures = await createFigureFacts(strapi).inArticle(documentId);
    const reviewedFigures = reviewFigures(figures);

    const quotes: ReviewedQuote[] = await strapi.db.query(QUOTE).findMany({
      where: { article: { documentId } },
      select: ['documentId', ...QUOTE_FACT_FIELDS],
      populate: { speaker: { select: ['documentId', ...SPEAKER_FACT_FIELDS] } },
    });
    const reviewedQuotes = quotes.map(({ checkerNote: _note, ...quote }) => ({
      ...quote,
      findings: checkQuote({ ...quote, checkerNote: _note }, quote.speaker ?? null),
    }));

    const actor = currentActor(strapi);
    const publication = decidePublication(
      await checkedItemsOf(strapi, documentId),
      pluginConfig(strapi, 'publishGate'),
      actor?.can('publish.bypass-gate') ?? false
    );
    return {
      figures: reviewedFigures,
      quotes: reviewedQuotes,
      publication,
      copy: await this.copyCheck(documentId, figures),
    };
  },

  /** The source edition's copy against the figure records: numbers no record covers, stale records. */
  async copyCheck(documentId: string, figures: FigureFacts[]) {
    const source = await strapi.db.query(ARTICLE).findOne({
      where: { documentId, locale: await defaultLocale(strapi), publishedAt: null },
      select: ['body'],
    });
    return getService(strapi, 'extraction').checkCopy(
      plainTextOf(source?.body),
      figures.map((figure) => ({ ...figure, id: figure.id! }))
    );
  },

  /**
   * What an editor needs beside a figure: its article, the figure it is part of and its parts with
   * their arithmetic, and what other claimants say about the same thing. Null when there is none.
   */
  async figure(documentId: string) {
    const facts = createFigureFacts(strapi);
    const figure = await facts.byId(documentId);
    if (!figure) return null;
    const peers = figure.articleId
      ? await facts.inArticle(figure.articleId)
      : [
          figure,
          ...(await facts.partsOf(documentId)),
          ...(figure.partOfId ? [await facts.byId(figure.partOfId)].filter((f) => f !== null) : []),
        ];
    const reviewed = reviewFigures(peers).find((peer) => peer.id === documentId)!;
    const article = figure.articleId
      ? await strapi.db
          .query(ARTICLE)
          .findOne({ where: { documentId: figure.articleId }, select: ['documentId', 'title'] })
      : null;
    const whole = peers.find((peer) => peer.id === figure.partOfId);
    return {
      figure: reviewed,
      article: article
        ? { documentId: article.documentId as string, title: article.title as string }
        : null,
      whole: whole ? summary(whole) : null,
      parts: peers.filter((peer) => peer.partOfId === documentId).map(summary),
      otherClaims: otherClaims(figure, peers).map(summary),
    };
  },
});
