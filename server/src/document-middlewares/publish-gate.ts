import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decidePublication } from '../domain';
import { checkedItemsOf } from '../services/checked-items';
import { currentAdmin } from '../utils/admin-actor';
import { pluginConfig } from '../utils/plugin-config';

type Middleware = Modules.Documents.Middleware.Middleware;

/**
 * Publishing an article from the admin panel goes through the publish policy (plugin config
 * `publishGate`). Publications by the system itself (the demo seed, scripts) are not gated.
 */
export const publishGate =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== 'plugin::fact-desk.article' || ctx.action !== 'publish') return next();
    const admin = currentAdmin(strapi);
    const documentId = (ctx.params as { documentId?: string }).documentId;
    if (!admin || !documentId) return next();

    const verdict = decidePublication(
      await checkedItemsOf(strapi, documentId),
      pluginConfig(strapi, 'publishGate'),
      admin.can('publish.bypass-gate')
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
