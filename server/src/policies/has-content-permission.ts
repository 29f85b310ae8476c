import type { Core } from '@strapi/strapi';
import { mayOnEveryRecord, type Ability } from '../utils/content-permissions';

/**
 * The plugin's admin routes read and write records of several types, across articles (an
 * article's figures and quotes, the queue): the caller needs the Content Manager's permission for
 * the action on each type, for every record, not only those a condition lets them see (an Author
 * reads what they created; these routes show everyone's), and to read, on every field they show.
 */
export default (
  policyContext: { state: { userAbility?: Ability } },
  config: { action: 'read' | 'create' | 'update'; types: string[] },
  { strapi }: { strapi: Core.Strapi }
): boolean => {
  const ability = policyContext.state.userAbility;
  if (!ability) return false;
  return config.types.every((uid) => mayOnEveryRecord(strapi, ability, config.action, uid));
};
