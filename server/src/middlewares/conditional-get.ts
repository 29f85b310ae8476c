import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import fresh from 'fresh';
import type { Context, Next } from 'koa';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';

const fingerprint = (...parts: string[]) =>
  createHash('sha1').update(parts.join('\n')).digest('base64url');

/**
 * RFC 9110 §13.1.2: If-None-Match compares entity tags weakly (`"x"` matches `W/"x"`). `*`
 * matches only a representation that exists, so it is left to be judged once the answer is
 * known; `fresh` (the comparison Koa itself uses) does the rest.
 */
const matchesTag = (ifNoneMatch: string, etag: string) =>
  ifNoneMatch.trim() !== '*' && fresh({ 'if-none-match': ifNoneMatch }, { etag });
const matchesAny = (ifNoneMatch: string) => ifNoneMatch.trim() === '*';

const isJsonBody = (body: unknown) =>
  body !== null && typeof body === 'object' && (Array.isArray(body) || body.constructor === Object);

/** A body the response cache can keep as it is: JSON built from an object, or text. */
const keptBody = (ctx: Context) => {
  if (ctx.status !== 200) return undefined;
  if (isJsonBody(ctx.body)) return { type: 'application/json', body: JSON.stringify(ctx.body) };
  // The whole Content-Type, parameters (charset) included: ctx.type would drop them.
  if (typeof ctx.body === 'string')
    return { type: ctx.response.get('Content-Type'), body: ctx.body };
  return undefined;
};

/**
 * Weak ETags for the plugin's content API. The tag is derived from the data version, the
 * plugin's config (the publisher and links it prints), the URL and who asks, so a matching
 * If-None-Match gets 304 before any content is loaded or built. With
 * `cache` (the front-end routes), a response already built for the same tag is served again
 * without loading anything. It runs after the route's authentication and permission checks.
 */
export default (config: { cache?: boolean } | undefined, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const authorization = ctx.get('Authorization');
    const version = await getService(strapi, 'data-version').current('public');
    const settings = JSON.stringify(strapi.config.get('plugin::fact-desk'));
    const etag = `W/"${fingerprint(version, settings, ctx.originalUrl, authorization)}"`;
    const cacheControl = authorization ? 'private, no-cache' : pluginConfig(strapi, 'cacheControl');

    const ifNoneMatch = ctx.get('If-None-Match');
    const notModified = () => {
      ctx.status = 304;
      ctx.body = null;
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', cacheControl);
    };
    if (ifNoneMatch && matchesTag(ifNoneMatch, etag)) return notModified();
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
        built(keptBody(ctx));
      }
    } else {
      await next();
    }
    if (ctx.status !== 200) return;
    // `*`: the representation exists, so the client's copy is as good as any.
    if (matchesAny(ifNoneMatch)) return notModified();
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', cacheControl);
  };
