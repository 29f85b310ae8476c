import type { Core } from '@strapi/strapi';
import { validationError } from '../utils/validation-error';
import { currentActor } from '../utils/actor';
import { permissionEntries } from '../queries/permission-entries';
import type { Middleware } from '../utils/document-middleware';
import {
  checkFigure,
  checkPartOf,
  checkPartsWithinWhole,
  error,
  figureInputSchema,
  parsePartialInput,
  type FigureFacts,
  type Finding,
} from '../domain';
import { createFigureFacts } from '../queries/figure-facts';
import { resolveRelationChange } from '../queries/relation-input';
import { stampChecking } from '../utils/checking-stamp';
import { refuseOnErrors } from '../utils/refuse-on-errors';
import { ARTICLE, FIGURE, OFFICIAL } from '../constants';

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

async function relationsOf(strapi: Core.Strapi, data: Record<string, unknown>) {
  return definedOnly({
    articleId: await resolveRelationChange(strapi, ARTICLE, data.article),
    partOfId: await resolveRelationChange(strapi, FIGURE, data.partOf),
    claimantId: await resolveRelationChange(strapi, OFFICIAL, data.claimant),
  });
}

/** Whether the admin writing (if any) may read each of these figures in the Content Manager. */
async function mayReadAll(strapi: Core.Strapi, figures: FigureFacts[]): Promise<boolean> {
  const actor = currentActor(strapi);
  if (!actor || actor.adminId === null || figures.length === 0) return true;
  const rows = await permissionEntries(strapi, FIGURE, {
    documentId: { $in: figures.map((figure) => figure.id) },
  });
  return rows.every((row) => actor.canContent('read', FIGURE, row));
}

async function findingsAround(
  strapi: Core.Strapi,
  facts: ReturnType<typeof createFigureFacts>,
  figure: FigureFacts,
  stored: FigureFacts | null
): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (figure.partOfId) {
    const whole = await facts.byId(figure.partOfId);
    if (whole) {
      const siblings = (await facts.partsOf(figure.partOfId)).filter(
        (part) => part.id !== figure.id
      );
      const sayTotal = await mayReadAll(strapi, siblings);
      findings.push(
        ...checkPartOf(figure, whole, siblings, await facts.chainAbove(whole), { sayTotal })
      );
    }
  }
  if (figure.id) {
    const parts = await facts.partsOf(figure.id);
    const bound = figure.high === null || figure.high === undefined ? 'count' : 'high';
    const sayTotal = await mayReadAll(strapi, parts);
    findings.push(
      ...checkPartsWithinWhole(figure, parts, { sayTotal }).map((f) => ({ ...f, path: [bound] }))
    );
    // A whole moves only with its parts. Parts a discarded draft left in no article say nothing
    // against the whole staying where it is.
    const moves = !stored || (stored.articleId ?? null) !== (figure.articleId ?? null);
    if (moves && parts.some((part) => (part.articleId ?? null) !== (figure.articleId ?? null))) {
      findings.push(
        error(
          'figure.parts_other_article',
          ['article'],
          'Its parts belong to another article: move them first.'
        )
      );
    }
  }
  return findings;
}

/**
 * Readers see a published figure's whole: a figure they read may not be part of one they may not
 * (one waiting for its article's next publication), or a filter on the whole would tell them it
 * is there.
 */
async function refuseHiddenWholeOfPublicPart(strapi: Core.Strapi, partId: string, wholeId: string) {
  const [part, whole] = await Promise.all(
    [partId, wholeId].map((documentId) =>
      strapi.db.query(FIGURE).findOne({ where: { documentId }, select: ['inPublishedArticle'] })
    )
  );
  if (part?.inPublishedArticle && !whole?.inPublishedArticle) {
    throw validationError([
      {
        path: ['partOf'],
        message:
          'That figure waits for its article to be published again: make this one part of it once readers can see it.',
      },
    ]);
  }
}

/**
 * Applies the figure rules to every create and update of a casualty figure, whichever path the
 * write comes from, and stamps who checked it when its verification status changes.
 */
export const figureIntegrity =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== FIGURE || (ctx.action !== 'create' && ctx.action !== 'update')) return next();

    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    const facts = createFigureFacts(strapi);
    const stored =
      ctx.action === 'update' && params.documentId ? await facts.byId(params.documentId) : null;

    const { values, findings: inputFindings } = parsePartialInput(figureInputSchema, data);
    refuseOnErrors(inputFindings, 'figure');

    const figure: FigureFacts = {
      qualifier: 'exact',
      verificationStatus: 'unverified',
      ...stored,
      ...values,
      ...(await relationsOf(strapi, data)),
    };
    refuseOnErrors(
      [...checkFigure(figure), ...(await findingsAround(strapi, facts, figure, stored))],
      'figure'
    );
    if (stored && figure.partOfId && figure.partOfId !== stored.partOfId) {
      await refuseHiddenWholeOfPublicPart(strapi, params.documentId!, figure.partOfId);
    }

    const statusChanged = stored
      ? stored.verificationStatus !== figure.verificationStatus
      : figure.verificationStatus !== 'unverified';
    params.data = stampChecking(strapi, { ...data, ...values }, statusChanged);
    return next();
  };
