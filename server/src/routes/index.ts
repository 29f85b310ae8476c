import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';

const readOnlyRouter = (uid: UID.ContentType) =>
  factories.createCoreRouter(uid, { only: ['find', 'findOne'] });

export default {
  article: readOnlyRouter('plugin::fact-desk.article'),
  'casualty-figure': readOnlyRouter('plugin::fact-desk.casualty-figure'),
  official: readOnlyRouter('plugin::fact-desk.official'),
  quote: readOnlyRouter('plugin::fact-desk.quote'),
};
