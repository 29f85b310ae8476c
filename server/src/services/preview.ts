import { createHmac } from 'crypto';
import type { Core } from '@strapi/strapi';
import { readPreviewToken, signPreviewToken, type PreviewGrant } from '../domain/preview-token';
import { permissionEntries } from '../queries/permission-entries';
import { defaultLocale } from '../queries/shared-relations';
import { currentActor, type Actor } from '../utils/actor';
import { pluginConfig } from '../utils/plugin-config';
import { ARTICLE, FIGURE, OFFICIAL, QUOTE } from '../constants';

/** Long enough for an editing session with the preview open; the admin asks again on each open. */
const TOKEN_TTL_SECONDS = 60 * 60;

/** The preview shows the article's draft with its figures, quotes and their speakers. */
async function mayPreview(strapi: Core.Strapi, actor: Actor, grant: PreviewGrant) {
  if (![FIGURE, QUOTE, OFFICIAL].every((uid) => actor.canContent('read', uid))) return false;
  const entries = await permissionEntries(strapi, ARTICLE, {
    documentId: grant.documentId,
    locale: grant.locale,
    publishedAt: null,
  });
  return entries.some((entry) => actor.canContent('read', ARTICLE, entry));
}

/**
 * Strapi's Preview for articles: the admin asks for the reader site's preview page of a draft,
 * which carries a short-lived token for that draft alone; the site reads the draft with it from
 * the plugin's preview route. The public content API never serves drafts.
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
      const actor = currentActor(strapi);
      if (!actor?.adminId) return null;
      const grant = {
        documentId: params.documentId,
        locale: params.locale || (await defaultLocale(strapi)),
      };
      if (!(await mayPreview(strapi, actor, grant))) return null;
      const token = signPreviewToken(grant, key(), TOKEN_TTL_SECONDS);
      return template
        .split('{token}')
        .join(encodeURIComponent(token))
        .split('{locale}')
        .join(encodeURIComponent(grant.locale))
        .split('{documentId}')
        .join(encodeURIComponent(grant.documentId));
    },

    /** The draft a token grants, if this app signed it and it has not expired. */
    grantOf(token: string): PreviewGrant | null {
      return readPreviewToken(token, key());
    },
  };
};
