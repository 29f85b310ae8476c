import type { Core } from '@strapi/strapi';

const TYPES = ['article', 'casualty-figure', 'quote', 'official'] as const;
const LOCALES = ['en', 'uk'];

export interface DeskEditor {
  email: string;
  password: string;
}

/**
 * Creates an admin in a new role with the given Content Manager actions on the plugin's records
 * (by default create, read, update, and publish articles, in every locale unless `publishLocales`
 * says which) and plugin permissions, and nothing else; `readFields` limits what it may read.
 */
export async function createDeskEditor(
  strapi: Core.Strapi,
  email: string,
  pluginActions: string[],
  contentActions: string[] = ['create', 'read', 'update', 'publish'],
  publishLocales: string[] = LOCALES,
  /** The fields each type's read is limited to (every field of the type if left out). */
  readFields: Partial<Record<(typeof TYPES)[number], string[]>> = {}
): Promise<DeskEditor> {
  const role = await strapi.service('admin::role').create({
    name: `Desk ${email}`,
    description: 'A fact-checking desk role made by the tests',
  });
  const permissions = TYPES.flatMap((type) => {
    const uid = `plugin::fact-desk.${type}`;
    const every = Object.keys(strapi.contentType(uid as 'plugin::fact-desk.article').attributes);
    const localized = type === 'article' ? { locales: LOCALES } : {};
    const actions = contentActions.filter((action) => action !== 'publish' || type === 'article');
    return actions.map((action) => ({
      action: `plugin::content-manager.explorer.${action}`,
      subject: uid,
      properties:
        action === 'publish'
          ? type === 'article'
            ? { locales: publishLocales }
            : {}
          : { fields: (action === 'read' && readFields[type]) || every, ...localized },
      conditions: [],
      role: role.id,
    }));
  });
  await strapi.admin.services.permission.createMany([
    ...permissions,
    ...pluginActions.map((action) => ({
      action,
      subject: null,
      properties: {},
      conditions: [],
      role: role.id,
    })),
  ]);
  return createAdmin(strapi, email, role.id, 'Desk-Editor-1', 'Editor');
}

/** An admin of the given role, active, with the given password. */
async function createAdmin(
  strapi: Core.Strapi,
  email: string,
  roleId: number,
  password: string,
  lastname: string
): Promise<DeskEditor> {
  await strapi.service('admin::user').create({
    email,
    password,
    firstname: 'Desk',
    lastname,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  return { email, password };
}

/**
 * An admin who creates, reads and updates only the records they created, as Strapi's Author role
 * does (condition "is creator" on every type of the plugin).
 */
export async function createAuthor(strapi: Core.Strapi, email: string): Promise<DeskEditor> {
  const role = await strapi.service('admin::role').create({ name: `Author ${email}` });
  const permissions = TYPES.flatMap((type) =>
    ['create', 'read', 'update'].map((action) => ({
      action: `plugin::content-manager.explorer.${action}`,
      subject: `plugin::fact-desk.${type}`,
      properties: type === 'article' ? { locales: LOCALES } : {},
      conditions: ['admin::is-creator'],
      role: role.id,
    }))
  );
  await strapi.admin.services.permission.createMany(permissions);
  return createAdmin(strapi, email, role.id, 'Desk-Author-1', 'Author');
}
