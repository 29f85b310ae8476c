import { articleInputSchema, parsePartialInput } from '../domain';
import { refuseOnErrors } from '../utils/refuse-on-errors';
import { ARTICLE } from '../constants';
import type { Middleware } from '../utils/document-middleware';

const WRITES = ['create', 'update', 'clone'];

/** Applies the article's field rules to every create, update and copy of an article. */
export const articleIntegrity: Middleware = async (ctx, next) => {
  if (ctx.uid !== ARTICLE || !WRITES.includes(ctx.action)) return next();
  const params = ctx.params as { data?: Record<string, unknown> };
  const data = params.data ?? {};
  const { values, findings } = parsePartialInput(articleInputSchema, data);
  refuseOnErrors(findings, 'article');
  params.data = { ...data, ...values };
  return next();
};
