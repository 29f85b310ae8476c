import type { Core } from '@strapi/strapi';
import { PUBLIC_RELATIONS, type PublicType } from '../domain/public-queries';
import { PUBLIC_UIDS } from '../utils/public-types';
import { frontEndResolvers, frontEndResolversConfig, frontEndTypeDefs } from './front-end-queries';
import { graphqlReadLimits } from './read-limits';
import { SHARED_ARTICLE_RELATIONS } from '../queries/shared-relations';
import { sourceEditionRelations } from './shared-relations';
import { AUDIT_EVENT } from '../constants';

/**
 * The plugin's types on GraphQL, when the host app has `@strapi/plugin-graphql`: read-only (no
 * mutations, no audit records), with the read limits on every root query and relation, and the
 * front-end read models (fact sheet, tallies, speaker page) as typed queries.
 */
export function registerGraphQL(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');
  extension.shadowCRUD(AUDIT_EVENT).disable();
  for (const uid of Object.values(PUBLIC_UIDS)) extension.shadowCRUD(uid).disableMutations();

  extension.use(() => {
    const naming = graphql.service('utils').naming;
    const modelOf = (type: PublicType) => strapi.getModel(PUBLIC_UIDS[type]);
    const types = Object.keys(PUBLIC_UIDS) as PublicType[];
    const limits = graphqlReadLimits(
      strapi,
      types.map((type) => naming.getTypeName(modelOf(type)))
    );

    const resolversConfig: Record<string, { middlewares?: unknown[]; auth?: unknown }> = {};
    for (const [query, config] of Object.entries(frontEndResolversConfig)) {
      resolversConfig[query] = { ...config, middlewares: [limits.operation] };
    }
    for (const type of types) {
      const model = modelOf(type);
      const rootQueries = [
        naming.getFindQueryName(model),
        naming.getFindConnectionQueryName(model),
        naming.getFindOneQueryName(model),
      ];
      for (const query of rootQueries) {
        resolversConfig[`Query.${query}`] = { middlewares: [limits.rootQuery] };
      }
      const relations = Object.entries(PUBLIC_RELATIONS[type]);
      if (type === 'article')
        relations.push(['localizations', { target: 'article', toMany: true }]);
      const typeName = naming.getTypeName(model);
      for (const [name, { target, toMany }] of relations) {
        const shared =
          type === 'article' && (SHARED_ARTICLE_RELATIONS as readonly string[]).includes(name);
        const limited = (skipped: [] | null) => ({
          middlewares: shared
            ? [limits.relation(target, skipped), sourceEditionRelations(strapi)]
            : [limits.relation(target, skipped)],
        });
        resolversConfig[`${typeName}.${name}`] = limited(toMany ? [] : null);
        if (toMany) resolversConfig[`${typeName}.${name}_connection`] = limited(null);
      }
    }
    return {
      typeDefs: frontEndTypeDefs,
      resolvers: frontEndResolvers(strapi),
      resolversConfig,
    };
  });
}
