import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';

const fingerprint = (...parts: string[]) =>
  createHash('sha1').update(parts.join('\n')).digest('base64url');

const matches = (ifNoneMatch: string, etag: string) =>
  ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === etag || tag === '*');

/**
 * Weak ETags for the plugin's content API. The tag is derived from the data version, the URL and
 * who asks, so a matching If-None-Match gets 304 before any content is loaded or built.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const authorization = ctx.get('Authorization');
    const version = await getService(strapi, 'data-version').current();
    const etag = `W/"${fingerprint(version, ctx.originalUrl, authorization)}"`;
    const cacheControl = authorization ? 'private, no-cache' : pluginConfig(strapi, 'cacheControl');

    if (matches(ctx.get('If-None-Match'), etag)) {
      ctx.status = 304;
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', cacheControl);
      return;
    }
    await next();
    if (ctx.status === 200) {
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', cacheControl);
    }
  };
