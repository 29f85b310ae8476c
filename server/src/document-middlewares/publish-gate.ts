import type { Core } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import { decidePublication } from '../domain';
import { checkedItemsOf } from '../queries/checked-items';
import { currentActor } from '../utils/actor';
import { pluginConfig } from '../utils/plugin-config';
import { ARTICLE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

/**
 * Publishing an article goes through the publish policy (plugin config `publishGate`), from the
 * admin panel or any content-API route; only an admin may have the permission to bypass it.
 * Publications by the system itself (the demo seed, scripts) are not gated.
 */
export const publishGate =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || ctx.action !== 'publish') return next();
    const actor = currentActor(strapi);
    const documentId = (ctx.params as { documentId?: string }).documentId;
    if (!actor || !documentId) return next();

    const verdict = decidePublication(
      await checkedItemsOf(strapi, documentId),
      pluginConfig(strapi, 'publishGate'),
      actor.can('publish.bypass-gate')
    );
    if (verdict.allowed) return next();
    throw validationError(
      verdict.blockers.map((item) => ({
        path: [item.kind === 'figure' ? 'figures' : 'quotes'],
        message: `${item.label} (${item.verificationStatus})`,
      })),
      verdict.message ?? 'This article cannot be published yet.'
    );
  };
