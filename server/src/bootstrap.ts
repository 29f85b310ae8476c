import type { Core } from '@strapi/strapi';
import { applyContentManagerLayouts } from './admin-layouts/apply-layouts';
import { graphqlDocumentGuard } from './graphql/document-guard';
import { PLUGIN_ACTIONS } from './permissions';
import { getService } from './utils/get-service';
import { writeSizeLimit } from './utils/write-size-limit';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.admin.services.permission.actionProvider.registerMany(
    PLUGIN_ACTIONS.map(({ uid, displayName }) => ({
      section: 'plugins',
      displayName,
      uid,
      pluginName: 'fact-desk',
    }))
  );
  await applyContentManagerLayouts(strapi);
  getService(strapi, 'public-events').register();
  // Ahead of every route, the GraphQL server's included: documents are measured before it parses.
  if (strapi.plugin('graphql')) strapi.server.use(graphqlDocumentGuard(strapi));
  strapi.server.use(writeSizeLimit());
  await getService(strapi, 'audit-trail').ensureHead();
  // Fills the flag on databases from before it existed, and after any change made outside Strapi.
  await getService(strapi, 'published-flags').syncAll();
};

export default bootstrap;
