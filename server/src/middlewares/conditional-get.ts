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

const isJsonBody = (body: unknown) =>
  body !== null && typeof body === 'object' && (Array.isArray(body) || body.constructor === Object);

/**
 * Weak ETags for the plugin's content API. The tag is derived from the data version, the URL and
 * who asks, so a matching If-None-Match gets 304 before any content is loaded or built. With
 * `cache` (the front-end routes), a response already built for the same tag is served again
 * without loading anything. It runs after the route's authentication and permission checks.
 */
export default (config: { cache?: boolean } | undefined, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const authorization = ctx.get('Authorization');
    const version = await getService(strapi, 'data-version').current('public');
    const etag = `W/"${fingerprint(version, ctx.originalUrl, authorization)}"`;
    const cacheControl = authorization ? 'private, no-cache' : pluginConfig(strapi, 'cacheControl');

    if (matches(ctx.get('If-None-Match'), etag)) {
      ctx.status = 304;
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', cacheControl);
      return;
    }
    const cache = config?.cache ? getService(strapi, 'response-cache') : null;
    // Requests for a response another request is building wait for it rather than build it too.
    const cached = cache ? (cache.get(etag) ?? (await cache.whenBuilt(etag))) : undefined;
    if (cached) {
      ctx.status = 200;
      ctx.type = cached.type;
      ctx.body = cached.body;
    } else if (cache) {
      const built = cache.building(etag);
      try {
        await next();
      } finally {
        built(
          ctx.status === 200 && isJsonBody(ctx.body)
            ? { type: 'application/json', body: JSON.stringify(ctx.body) }
            : undefined
        );
      }
    } else {
      await next();
    }
    if (ctx.status === 200) {
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', cacheControl);
    }
  };
