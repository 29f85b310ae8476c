import type { Context, Next } from 'koa';

/** Bytes of one Content Manager write of the plugin's types: a long story's body is far less. */
export const MAX_WRITE_BYTES = 768 * 1024;

const PLUGIN_CONTENT_MANAGER_PATH = /^\/content-manager\/[^/]+\/plugin::fact-desk\./;

/**
 * Refuses, before its body is read, a Content Manager write of the plugin's records larger than
 * any story needs: Strapi reads up to 1 MB, and reading, checking and storing that much holds the
 * server's thread for about a second per write.
 */
export const writeSizeLimit = () => async (ctx: Context, next: Next) => {
  if (
    ['POST', 'PUT'].includes(ctx.method) &&
    PLUGIN_CONTENT_MANAGER_PATH.test(ctx.path) &&
    Number(ctx.get('content-length') || 0) > MAX_WRITE_BYTES
  ) {
    ctx.status = 413;
    ctx.body = {
      data: null,
      error: {
        status: 413,
        name: 'PayloadTooLargeError',
        message: `A write of Fact Desk records holds at most ${MAX_WRITE_BYTES / 1024} KB: a story's body holds at most 200,000 characters.`,
        details: {},
      },
    };
    return;
  }
  return next();
};
