import { factories } from '@strapi/strapi';
import { createArticleReview } from './article-review';
import { createAuditTrail } from './audit-trail';
import { createCheckQueue } from './check-queue';
import { createDataVersion } from './data-version';
import { createExtraction } from './extraction';
import { createFactSheet } from './fact-sheet';
import { createFrontEnd } from './front-end';
import { createKeptCounts } from './kept-counts';
import { createPreview } from './preview';
import { createPublicEvents } from './public-events';
import { createProposedFigures } from './proposed-figures';
import { createPublishedFlags } from './published-flags';
import { createResponseCache } from './response-cache';
import { createVerdicts } from './verdicts';
import { ARTICLE, CORRECTION, FIGURE, OFFICIAL, QUOTE } from '../constants';

export default {
  article: factories.createCoreService(ARTICLE),
  'article-review': createArticleReview,
  'audit-trail': createAuditTrail,
  'check-queue': createCheckQueue,
  'casualty-figure': factories.createCoreService(FIGURE),
  correction: factories.createCoreService(CORRECTION),
  'data-version': createDataVersion,
  extraction: createExtraction,
  'fact-sheet': createFactSheet,
  'front-end': createFrontEnd,
  'kept-counts': createKeptCounts,
  official: factories.createCoreService(OFFICIAL),
  preview: createPreview,
  'proposed-figures': createProposedFigures,
  'public-events': createPublicEvents,
  'published-flags': createPublishedFlags,
  quote: factories.createCoreService(QUOTE),
  'response-cache': createResponseCache,
  verdicts: createVerdicts,
};
