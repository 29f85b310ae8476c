import type { Core, Modules } from '@strapi/strapi';
import {
  checkQuote,
  parsePartialInput,
  quoteInputSchema,
  type OfficialFacts,
  type QuoteFacts,
} from '../domain';
import { resolveRelationChange } from '../services/relation-input';
import { QUOTE_FACT_FIELDS, SPEAKER_FACT_FIELDS } from '../services/quote-facts';
import { stampChecking } from './checking-stamp';
import { refuseOnErrors } from './refuse';

type Middleware = Modules.Documents.Middleware.Middleware;

const QUOTE = 'plugin::fact-desk.quote';
const OFFICIAL = 'plugin::fact-desk.official';

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
