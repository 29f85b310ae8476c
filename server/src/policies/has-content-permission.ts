import type { Core, UID } from '@strapi/strapi';

type Rule = { inverted?: boolean; conditions?: unknown; fields?: string | string[] };
type Ability = {
  can: (action: string, subject?: unknown) => boolean;
  rulesFor?: (action: string, subject: string) => Rule[];
};

type Condition = Record<string, unknown>;

// Strapi's own timestamps and stamps: in no role's field list, shown to every reader.
const STRAPI_FIELDS = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy']);

/**
 * True for a rule that holds for every record: no conditions, or only the i18n plugin's locale
 * restriction with some locale allowed (the review panels show the source edition's records).
 */
const holdsForEveryRecord = (rule: Rule): boolean => {
  if (rule.inverted) return false;
  if (!rule.conditions) return true;
  const all = (rule.conditions as { $and?: Condition[] }).$and;
  return (
    Array.isArray(all) &&
    all.every((condition) => {
      const keys = Object.keys(condition);
      const locales = (condition.locale as { $in?: unknown[] } | undefined)?.$in;
      return keys.length === 1 && keys[0] === 'locale' && (locales?.length ?? 0) > 0;
    })
  );
};

/**
 * True for a read rule on every field of `uid` an editor sees (no field list is every field): the
 * review panels, the queue and the checks show a record whole, so a role whose Content Manager
 * read is limited to some fields may not read them there.
 */
const coversEveryField = (strapi: Core.Strapi, rule: Rule, uid: string): boolean => {
  if (rule.fields === undefined) return true;
  const fields = [rule.fields].flat();
  const attributes = strapi.getModel(uid as UID.ContentType).attributes as Record<
    string,
    { visible?: boolean }
  >;
  return Object.entries(attributes)
    .filter(([name, attribute]) => attribute.visible !== false && !STRAPI_FIELDS.has(name))
    .every(([name]) => fields.includes(name));
};

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
  if (!ability?.rulesFor) return false;
  const action = `plugin::content-manager.explorer.${config.action}`;
  return config.types.every((uid) =>
    ability.rulesFor!(action, uid).some(
      (rule) =>
        holdsForEveryRecord(rule) &&
        (config.action !== 'read' || coversEveryField(strapi, rule, uid))
    )
  );
};
