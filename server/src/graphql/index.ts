import type { Core } from '@strapi/strapi';
import { PUBLIC_RELATIONS, type PublicType } from '../domain/public-queries';
import { frontEndResolvers, frontEndResolversConfig, frontEndTypeDefs } from './front-end-queries';
import { relationQueryLimits, rootQueryLimits } from './read-limits';

const PUBLIC_UIDS: Record<PublicType, string> = {
  article: 'plugin::fact-desk.article',
  figure: 'plugin::fact-desk.casualty-figure',
  quote: 'plugin::fact-desk.quote',
  correction: 'plugin::fact-desk.correction',
  official: 'plugin::fact-desk.official',
};
const AUDIT_EVENT = 'plugin::fact-desk.audit-event';

/**
 * The plugin's types on GraphQL, when the host app has `@strapi/plugin-graphql`: read-only (no
 * mutations, no audit records), with the read policy's limits on every root query and relation,
 * and the front-end read models (fact sheet, tallies, speaker page) as typed queries.
 */
export function registerGraphQL(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');
  extension.shadowCRUD(AUDIT_EVENT).disable();
  for (const uid of Object.values(PUBLIC_UIDS)) extension.shadowCRUD(uid).disableMutations();

  extension.use(() => {
    const naming = graphql.service('utils').naming;
    const resolversConfig: Record<string, object> = { ...frontEndResolversConfig };
    for (const [type, uid] of Object.entries(PUBLIC_UIDS) as [PublicType, string][]) {
      const model = strapi.getModel(uid as never);
      const rootQueries = [
        naming.getFindQueryName(model),
        naming.getFindConnectionQueryName(model),
        naming.getFindOneQueryName(model),
      ];
      for (const query of rootQueries) {
        resolversConfig[`Query.${query}`] = { middlewares: [rootQueryLimits] };
      }
      const relations = Object.entries(PUBLIC_RELATIONS[type]);
      if (type === 'article')
        relations.push(['localizations', { target: 'article', toMany: true }]);
      const typeName = naming.getTypeName(model);
      for (const [name, { target, toMany }] of relations) {
        const limits = relationQueryLimits(strapi, target, PUBLIC_UIDS[target]);
        resolversConfig[`${typeName}.${name}`] = { middlewares: [limits] };
        if (toMany) resolversConfig[`${typeName}.${name}_connection`] = { middlewares: [limits] };
      }
    }
    return {
      typeDefs: frontEndTypeDefs,
      resolvers: frontEndResolvers(strapi),
      resolversConfig,
    };
  });
}
