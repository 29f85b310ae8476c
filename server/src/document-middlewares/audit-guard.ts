import { errors } from '@strapi/utils';
import { AUDIT_EVENT } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'];

/**
 * Audit events are appended by the plugin itself, below the document service; through it (and so
 * through every API) they can only be read.
 */
export const auditGuard: Middleware = async (ctx, next) => {
  if (ctx.uid !== AUDIT_EVENT || !WRITES.includes(ctx.action)) return next();
  throw new errors.PolicyError(
    'The audit trail is append-only: its events cannot be written, changed or removed.'
  );
};
