import type { Core, UID } from '@strapi/strapi';

type Rule = { inverted?: boolean; conditions?: unknown; fields?: string | string[] };

/** An admin's abilities as the admin's permission engine gives them (CASL). */
export type Ability = {
  can: (action: string, subject?: unknown, field?: string) => boolean;
  rulesFor?: (action: string, subject: string) => Rule[];
};

type Condition = Record<string, unknown>;

// Strapi's own timestamps and stamps: in no role's field list, shown to every reader.
const STRAPI_FIELDS = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy']);

/** The fields of `uid` an editor sees in the Content Manager, Strapi's stamps aside. */
export const editorFields = (strapi: Core.Strapi, uid: string): string[] => {
  const attributes = strapi.getModel(uid as UID.ContentType).attributes as Record<
    string,
    { visible?: boolean }
  >;
  return Object.entries(attributes)
    .filter(([name, attribute]) => attribute.visible !== false && !STRAPI_FIELDS.has(name))
    .map(([name]) => name);
};

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

/** True for a rule on every field of `uid` an editor sees (no field list is every field). */
const coversEveryField = (strapi: Core.Strapi, rule: Rule, uid: string): boolean => {
  if (rule.fields === undefined) return true;
  const fields = [rule.fields].flat();
  return editorFields(strapi, uid).every((name) => fields.includes(name));
};

/**
 * Whether the Content Manager lets the admin do `action` on every record of `uid`, not only those
 * a condition lets them see (an Author reads what they created), and, to read, on every field.
 */
export const mayOnEveryRecord = (
  strapi: Core.Strapi,
  ability: Ability,
  action: 'read' | 'create' | 'update',
  uid: string
): boolean =>
  Boolean(ability.rulesFor) &&
  ability.rulesFor!(`plugin::content-manager.explorer.${action}`, uid).some(
    (rule) =>
      holdsForEveryRecord(rule) && (action !== 'read' || coversEveryField(strapi, rule, uid))
  );
