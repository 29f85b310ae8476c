import type { Context } from 'koa';
import { isHttpError } from 'http-errors';

/**
 * Runs a controller's work and, when it answers 503 with a Retry-After, sends that header too:
 * Strapi's error middleware writes an error's status and body, not its headers.
 */
export async function withRetryAfter<Result>(ctx: Context, work: () => Promise<Result>) {
  try {
    return await work();
  } catch (error) {
    const retryAfter = isHttpError(error) ? error.headers?.['Retry-After'] : undefined;
    if (retryAfter) ctx.set('Retry-After', retryAfter);
    throw error;
  }
}
