import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { isPlainObject } from '../domain/plain-object';
import { PLUGIN_UID_PREFIX } from '../constants';
import { validationError } from '../utils/validation-error';

// What the Content Manager's forms send back beside a record's attributes.
const SYSTEM_KEYS = new Set([
  'id',
  'documentId',
  'status',
  'locale',
  'localizations',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
]);

type Attribute = { visible?: boolean };

/**
 * The Content Manager's permission sanitizer drops, without a word, every key of a write that is
 * not an attribute the role may set: a misspelt field or a flag the server keeps would be a change
 * that silently did not happen. On the plugin's types such keys are refused at their path, before
 * the sanitizer runs. (Fields a role may not write stay Strapi's to drop, as in any Strapi app.)
 */
export const contentManagerFields =
  (strapi: Core.Strapi) =>
  async (ctx: Context, next: Next): Promise<void> => {
    const model = (ctx.params as { model?: string }).model;
    const body = (ctx.request as { body?: unknown }).body;
    if (!model?.startsWith(PLUGIN_UID_PREFIX) || !isPlainObject(body)) return next();
    const schema = strapi.getModel(model as Parameters<typeof strapi.getModel>[0]);
    if (!schema) return next();
    const attributes = schema.attributes as Record<string, Attribute>;
    const type = String(schema.info.displayName).toLowerCase();
    const problems = Object.keys(body).flatMap((key) => {
      if (SYSTEM_KEYS.has(key)) return [];
      if (!(key in attributes)) {
        return [{ path: [key], message: `A ${type} has no field "${key}".` }];
      }
      if (attributes[key].visible === false) {
        return [{ path: [key], message: `"${key}" is the server's to set.` }];
      }
      return [];
    });
    if (problems.length > 0) throw validationError(problems);
    return next();
  };

const WRITE_ROUTES =
  /^\/collection-types\/:model(\/:id|\/clone\/:sourceId|\/auto-clone\/:sourceId)?$/;

/** Adds the check to the Content Manager's create, update and clone routes. */
export function guardContentManagerWrites(strapi: Core.Strapi) {
  const routes = (
    strapi.plugin('content-manager')?.routes as
      | {
          admin?: {
            routes: { method: string; path: string; config?: { middlewares?: unknown[] } }[];
          };
        }
      | undefined
  )?.admin?.routes;
  for (const route of routes ?? []) {
    if (!['POST', 'PUT'].includes(route.method) || !WRITE_ROUTES.test(route.path)) continue;
    route.config = {
      ...route.config,
      middlewares: [...(route.config?.middlewares ?? []), contentManagerFields(strapi)],
    };
  }
}
