import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decidePublication, type CheckedItem, type VerificationStatus } from '../domain';
import { currentAdmin } from '../utils/admin-actor';
import { pluginConfig } from '../utils/plugin-config';

type Middleware = Modules.Documents.Middleware.Middleware;

type Row = { asStated?: string; text?: string; verificationStatus: VerificationStatus };

/** The figures and quotes of an article, as the publish policy sees them. */
export async function checkedItemsOf(
  strapi: Core.Strapi,
  documentId: string
): Promise<CheckedItem[]> {
  const where = { article: { documentId } };
  const [figures, quotes]: Row[][] = await Promise.all([
    strapi.db
      .query('plugin::fact-desk.casualty-figure')
      .findMany({ where, select: ['asStated', 'verificationStatus'] }),
    strapi.db
      .query('plugin::fact-desk.quote')
      .findMany({ where, select: ['text', 'verificationStatus'] }),
  ]);
  return [
    ...figures.map((row) => ({
      kind: 'figure' as const,
      label: row.asStated ?? '',
      verificationStatus: row.verificationStatus,
    })),
    ...quotes.map((row) => ({
      kind: 'quote' as const,
      label: (row.text ?? '').slice(0, 60),
      verificationStatus: row.verificationStatus,
    })),
  ];
}

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
