import { factories } from '@strapi/strapi';

export default {
  article: factories.createCoreService('plugin::fact-desk.article'),
  'casualty-figure': factories.createCoreService('plugin::fact-desk.casualty-figure'),
  official: factories.createCoreService('plugin::fact-desk.official'),
  quote: factories.createCoreService('plugin::fact-desk.quote'),
};
