import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

/**
 * `all` changes whenever any of the plugin's records changes (the admin's kept counts follow it);
 * `public` only when a write may change what the content API serves, so a reader's ETag does not
 * tell when an editor saved a draft.
 */
export type DataScope = 'all' | 'public';

const KEYS: Record<DataScope, string> = { all: 'data-version', public: 'public-data-version' };

/**
 * Tokens that change when the plugin's records change. Kept in the database (not in memory) so
 * that every instance of the app answers a revalidation the same way.
 */
export const createDataVersion = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'fact-desk' });
  return {
    async current(scope: DataScope = 'all'): Promise<string> {
      const value = await store().get({ key: KEYS[scope] });
      return typeof value === 'string' ? value : 'initial';
    },

    /** A write that reaches only drafts bumps `all`; any other write bumps both. */
    async bump({ draftsOnly = false }: { draftsOnly?: boolean } = {}): Promise<void> {
      const value = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
      await store().set({ key: KEYS.all, value });
      if (!draftsOnly) await store().set({ key: KEYS.public, value });
    },
  };
};
