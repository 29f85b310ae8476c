import { createHmac } from 'crypto';
import type { Core } from '@strapi/strapi';
import { readPreviewToken, signPreviewToken, type PreviewGrant } from '../domain/preview-token';
import { permissionEntries } from '../queries/permission-entries';
import { defaultLocale } from '../queries/shared-relations';
import { editorFields, mayOnEveryRecord, type Ability } from '../utils/content-permissions';
import { pluginConfig } from '../utils/plugin-config';
import { ARTICLE, FIGURE, OFFICIAL, QUOTE } from '../constants';

/** Long enough for an editing session with the preview open; the admin asks again on each open. */
const TOKEN_TTL_SECONDS = 60 * 60;
const READ = 'plugin::content-manager.explorer.read';

type AdminState = {
  user?: { id?: number };
  userAbility?: Ability;
  auth?: { strategy?: { name?: string } };
};
type PermissionsManager = { toSubject: (entry: object, uid: string) => unknown };
type PermissionEngine = { generateUserAbility: (user: object) => Promise<Ability> };

/**
 * The preview shows the draft whole, with every figure and quote of the article and their
 * speakers: the admin must read that edition on every field, and every figure, quote and official
 * on every field (the page shows them all, whoever created them), as the Content Manager would.
 */
async function mayPreview(strapi: Core.Strapi, ability: Ability, grant: PreviewGrant) {
  if (![FIGURE, QUOTE, OFFICIAL].every((uid) => mayOnEveryRecord(strapi, ability, 'read', uid))) {
    return false;
  }
  const manager = strapi
    .service('admin::permission')
    .createPermissionsManager({ ability, model: ARTICLE }) as PermissionsManager;
  const fields = editorFields(strapi, ARTICLE);
  const drafts = await permissionEntries(strapi, ARTICLE, {
    documentId: grant.documentId,
    locale: grant.locale,
    publishedAt: null,
  });
  return drafts.some((draft) => {
    const subject = manager.toSubject(draft, ARTICLE);
    return ability.can(READ, subject) && fields.every((field) => ability.can(READ, subject, field));
  });
}

/** The abilities an admin has now: none once the account is gone or deactivated. */
async function currentAbility(strapi: Core.Strapi, adminId: number): Promise<Ability | null> {
  const user = await strapi.db
    .query('admin::user')
    .findOne({ where: { id: adminId }, populate: ['roles'] });
  if (!user || user.isActive !== true || user.blocked === true) return null;
  const engine = (strapi.service('admin::permission') as { engine: PermissionEngine }).engine;
  return engine.generateUserAbility(user);
}

/**
 * Strapi's Preview for articles: the admin asks for the reader site's preview page of a draft,
 * which carries a short-lived token for that draft alone; the site reads the draft with it from
 * the plugin's preview route, which checks again that the admin may read it. The public content
 * API never serves drafts.
 */
export const createPreview = ({ strapi }: { strapi: Core.Strapi }) => {
  // A key of its own, derived from the admin's secret: no admin session token is a preview token.
  const key = () =>
    createHmac('sha256', String(strapi.config.get('admin.auth.secret')))
      .update('fact-desk preview tokens')
      .digest();

  return {
    /**
     * The URL of the preview page for the signed-in admin, or null (no preview) for a type other
     * than articles, with no `previewUrl` configured, or for an admin who may not read the draft.
     * Made to be Strapi's `preview.config.handler` in the app's config/admin.
     */
    async url(uid: string, params: { documentId?: string; locale?: string | null }) {
      const template = pluginConfig(strapi, 'previewUrl');
      if (!template || uid !== ARTICLE || !params.documentId) return null;
      const state = (strapi.requestContext.get()?.state ?? {}) as AdminState;
      const adminId = state.user?.id;
      if (state.auth?.strategy?.name !== 'admin' || !adminId || !state.userAbility) return null;
      const grant = {
        documentId: params.documentId,
        locale: params.locale || (await defaultLocale(strapi)),
        adminId,
      };
      if (!(await mayPreview(strapi, state.userAbility, grant))) return null;
      const token = signPreviewToken(grant, key(), TOKEN_TTL_SECONDS);
      return template
        .split('{token}')
        .join(encodeURIComponent(token))
        .split('{locale}')
        .join(encodeURIComponent(grant.locale))
        .split('{documentId}')
        .join(encodeURIComponent(grant.documentId));
    },

    /**
     * The draft a token grants: signed by this app, not expired, and given to an admin who may
     * still read that draft (an account removed or a permission withdrawn ends it at once).
     */
    async grantOf(token: string): Promise<PreviewGrant | null> {
      const grant = readPreviewToken(token, key());
      if (!grant) return null;
      const ability = await currentAbility(strapi, grant.adminId);
      return ability && (await mayPreview(strapi, ability, grant)) ? grant : null;
    },
  };
};
