import { factories } from '@strapi/strapi';
import { createAuditTrail } from './audit-trail';

export default {
  article: factories.createCoreService('plugin::fact-desk.article'),
  'audit-trail': createAuditTrail,
  'casualty-figure': factories.createCoreService('plugin::fact-desk.casualty-figure'),
  correction: factories.createCoreService('plugin::fact-desk.correction'),
  official: factories.createCoreService('plugin::fact-desk.official'),
  quote: factories.createCoreService('plugin::fact-desk.quote'),
};
