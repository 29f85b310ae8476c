import type { Context } from 'koa';
import { z } from 'zod';
import { extractFacts } from '../domain/extraction';
import { parseQuery } from './query-params';

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

export default () => ({
  /** The figures and officials of a text, proposed for records: `{ figures, officials }`. */
  async extract(ctx: Context) {
    const { text } = parseQuery(extractionBody, (ctx.request as { body?: unknown }).body ?? {});
    ctx.body = extractFacts(text);
  },
});
