import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { FIGURE_CATEGORIES, FIGURE_QUALIFIERS, TEXT_LIMITS } from '../domain';
import { getService } from '../utils/get-service';
import { parseQuery } from '../utils/query-params';
import { withRetryAfter } from '../utils/retry-after';
import { FIGURE } from '../constants';

const CREATE_FIGURES = 'plugin::content-manager.explorer.create';

const amount = z.number().int().min(0).nullable();

const figureProposal = z.strictObject({
  category: z.enum(FIGURE_CATEGORIES),
  subject: z.string().trim().min(1, 'Say what is counted.').max(TEXT_LIMITS.subject),
  count: amount,
  low: amount,
  high: amount,
  qualifier: z.enum(FIGURE_QUALIFIERS),
  asStated: z.string().trim().min(1).max(TEXT_LIMITS.asStated),
  claimant: z.string().max(TEXT_LIMITS.name).nullable(),
});

type Ability = { can: (action: string, subject?: string) => boolean };

/** Longest text accepted: a long feature is about 60,000 characters. */
export const MAX_EXTRACTED_CHARACTERS = 200_000;

const extractionBody = z.strictObject({
  text: z
    .string({ error: 'Send the article text as "text".' })
    .min(1, 'Send the article text as "text".')
    .max(
      MAX_EXTRACTED_CHARACTERS,
      `The text may be at most ${MAX_EXTRACTED_CHARACTERS} characters long.`
    ),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The figures and officials of a text, proposed for records: `{ figures, officials }`. */
  async extract(ctx: Context) {
    const { text } = parseQuery(extractionBody, (ctx.request as { body?: unknown }).body ?? {});
    ctx.body = await withRetryAfter(ctx, () => getService(strapi, 'extraction').extract(text));
  },

  /** Creates the figure record an editor confirmed from the copy of an article. */
  async createFigure(ctx: Context) {
    const ability = ctx.state.userAbility as Ability | undefined;
    if (!ability?.can(CREATE_FIGURES, FIGURE)) {
      throw new errors.PolicyError('You may not create casualty figures.');
    }
    const proposal = parseQuery(figureProposal, (ctx.request as { body?: unknown }).body ?? {});
    const created = await getService(strapi, 'proposed-figures').create(
      ctx.params.documentId,
      proposal
    );
    if (!created) throw new errors.NotFoundError('No article with this id.');
    ctx.status = 201;
    ctx.body = { data: created };
  },
});
