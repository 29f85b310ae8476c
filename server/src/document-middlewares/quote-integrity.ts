import type { Core } from '@strapi/strapi';
import type { Middleware } from '../utils/document-middleware';
import {
  checkQuote,
  parsePartialInput,
  quoteInputSchema,
  type OfficialFacts,
  type QuoteFacts,
} from '../domain';
import { resolveRelationChange } from '../queries/relation-input';
import { QUOTE_FACT_FIELDS, SPEAKER_FACT_FIELDS } from '../queries/quote-facts';
import { stampChecking } from '../utils/checking-stamp';
import { refuseOnErrors } from '../utils/refuse-on-errors';
import { OFFICIAL, QUOTE } from '../constants';

type StoredQuote = QuoteFacts & { speaker?: { documentId: string } | null };

/** Applies the quote rules to every create and update of a quote and stamps who checked it. */
export const quoteIntegrity =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== QUOTE || (ctx.action !== 'create' && ctx.action !== 'update')) return next();

    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    const stored: StoredQuote | null =
      ctx.action === 'update' && params.documentId
        ? await strapi.db.query(QUOTE).findOne({
            where: { documentId: params.documentId },
            select: QUOTE_FACT_FIELDS,
            populate: { speaker: { select: ['documentId'] } },
          })
        : null;

    const { values, findings } = parsePartialInput(quoteInputSchema, data);
    refuseOnErrors(findings, 'quote');

    const { speaker: storedSpeaker, ...storedFacts } = stored ?? {};
    const speakerChange = await resolveRelationChange(strapi, OFFICIAL, data.speaker);
    const speakerId = speakerChange === undefined ? storedSpeaker?.documentId : speakerChange;
    const speaker: OfficialFacts | null = speakerId
      ? await strapi.db
          .query(OFFICIAL)
          .findOne({ where: { documentId: speakerId }, select: SPEAKER_FACT_FIELDS })
      : null;

    const quote: QuoteFacts = { verificationStatus: 'unverified', ...storedFacts, ...values };
    refuseOnErrors(checkQuote(quote, speaker), 'quote');

    const statusChanged = stored
      ? stored.verificationStatus !== quote.verificationStatus
      : quote.verificationStatus !== 'unverified';
    params.data = stampChecking(strapi, { ...data, ...values }, statusChanged);
    return next();
  };
