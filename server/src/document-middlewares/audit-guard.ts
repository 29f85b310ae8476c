import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'];

/**
 * Audit events are appended by the plugin itself, below the document service; through it (and so
 * through every API) they can only be read.
 */
export const auditGuard: Middleware = async (ctx, next) => {
  if (ctx.uid !== 'plugin::fact-desk.audit-event' || !WRITES.includes(ctx.action)) return next();
  throw new errors.PolicyError(
    'The audit trail is append-only: its events cannot be written, changed or removed.'
  );
};
