import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';
import { actionId } from '../permissions';

const readOnlyRouter = (uid: UID.ContentType) =>
  factories.createCoreRouter(uid, { only: ['find', 'findOne'] });

const requires = (action: Parameters<typeof actionId>[0]) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [actionId(action)] } }],
});

export default {
  article: readOnlyRouter('plugin::fact-desk.article'),
  'casualty-figure': readOnlyRouter('plugin::fact-desk.casualty-figure'),
  correction: readOnlyRouter('plugin::fact-desk.correction'),
  official: readOnlyRouter('plugin::fact-desk.official'),
  quote: readOnlyRouter('plugin::fact-desk.quote'),
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/audit/verify',
        handler: 'audit.verify',
        config: requires('audit.read'),
      },
    ],
  },
};
