import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';
import { actionId } from '../permissions';
import { ARTICLE, CORRECTION, FIGURE, OFFICIAL, QUOTE } from '../constants';

const CONDITIONAL_GET = { middlewares: ['plugin::fact-desk.conditional-get'] };
// The front-end routes also keep the responses they build (see the response-cache service).
const CACHED_CONDITIONAL_GET = {
  middlewares: [{ name: 'plugin::fact-desk.conditional-get', config: { cache: true } }],
};

const readOnlyRouter = (uid: UID.ContentType) =>
  factories.createCoreRouter(uid, {
    only: ['find', 'findOne'],
    config: { find: CONDITIONAL_GET, findOne: CONDITIONAL_GET },
  });

const requires = (action: Parameters<typeof actionId>[0]) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [actionId(action)] } }],
});

const signedIn = { policies: ['admin::isAuthenticatedAdmin'] };

/** Signed in, and allowed by the Content Manager to do `action` on every type the route touches. */
const may = (action: 'read' | 'create' | 'update', ...types: string[]) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'plugin::fact-desk.has-content-permission', config: { action, types } },
  ],
});

const read = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler,
  config: CACHED_CONDITIONAL_GET,
});

/** A route whose answer is streamed as it is read from the database: never kept whole. */
const readStreamed = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler,
  config: CONDITIONAL_GET,
});

export default {
  article: readOnlyRouter(ARTICLE),
  'casualty-figure': readOnlyRouter(FIGURE),
  correction: readOnlyRouter(CORRECTION),
  official: readOnlyRouter(OFFICIAL),
  quote: readOnlyRouter(QUOTE),
  'front-end': {
    type: 'content-api',
    routes: [
      read('/fact-sheets/:slug', 'fact-sheet.findOne'),
      read('/fact-sheets/:slug/claim-review', 'fact-sheet.claimReview'),
      read('/fact-sheets/:slug/claim-review/:documentId', 'fact-sheet.claimReviewOfItem'),
      read('/tallies', 'tallies.find'),
      read('/tallies/figures', 'tallies.figures'),
      readStreamed('/exports/figures.csv', 'exports.figuresCsv'),
      readStreamed('/exports/figures.hxl.csv', 'exports.figuresHxl'),
    ],
  },
  // The editor's preview: a token from the admin, not a users-permissions grant, opens it.
  preview: {
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/previews/fact-sheet',
        handler: 'preview.factSheet',
        config: { auth: false },
      },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/audit/verify',
        handler: 'audit.verify',
        config: requires('audit.read'),
      },
      {
        method: 'GET',
        path: '/articles/:documentId/review',
        handler: 'review.article',
        config: may('read', ARTICLE, FIGURE, QUOTE, OFFICIAL),
      },
      {
        method: 'GET',
        path: '/figures/:documentId/review',
        handler: 'review.figure',
        config: may('read', ARTICLE, FIGURE, OFFICIAL),
      },
      {
        method: 'GET',
        path: '/queue',
        handler: 'review.queue',
        config: may('read', ARTICLE, FIGURE, QUOTE, OFFICIAL),
      },
      { method: 'POST', path: '/extract', handler: 'extraction.extract', config: signedIn },
      {
        method: 'POST',
        path: '/articles/:documentId/figures',
        handler: 'extraction.createFigure',
        config: signedIn,
      },
      {
        method: 'GET',
        path: '/checks/:type/:documentId',
        handler: 'checks.findOne',
        config: may('read', FIGURE, QUOTE),
      },
      {
        method: 'PUT',
        path: '/checks/:type/:documentId',
        handler: 'checks.update',
        // A verdict is an update of the record: the Content Manager's update right on every record
        // of both types, as well as the right to change verification status.
        config: {
          policies: [
            ...requires('verification.change').policies,
            ...may('update', FIGURE, QUOTE).policies,
          ],
        },
      },
    ],
  },
};
