import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decidePublication } from '../domain';
import { checkedItemsOf } from '../services/checked-items';
import { currentActor } from '../utils/actor';
import { pluginConfig } from '../utils/plugin-config';

type Middleware = Modules.Documents.Middleware.Middleware;

/**
 * Publishing an article goes through the publish policy (plugin config `publishGate`), from the
 * admin panel or any content-API route; only an admin may have the permission to bypass it.
 * Publications by the system itself (the demo seed, scripts) are not gated.
 */
export const publishGate =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== 'plugin::fact-desk.article' || ctx.action !== 'publish') return next();
    const actor = currentActor(strapi);
    const documentId = (ctx.params as { documentId?: string }).documentId;
    if (!actor || !documentId) return next();

    const verdict = decidePublication(
      await checkedItemsOf(strapi, documentId),
      pluginConfig(strapi, 'publishGate'),
      actor.can('publish.bypass-gate')
    );
    if (verdict.allowed) return next();
    throw new errors.ValidationError(verdict.message ?? 'This article cannot be published yet.', {
      errors: verdict.blockers.map((item) => ({
        path: [item.kind === 'figure' ? 'figures' : 'quotes'],
        message: `${item.label} (${item.verificationStatus})`,
        name: 'ValidationError',
      })),
    });
  };
