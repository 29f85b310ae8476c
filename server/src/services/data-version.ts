import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

const KEY = 'data-version';

/**
 * A token that changes whenever any of the plugin's records changes. Kept in the database (not in
 * memory) so that every instance of the app answers a revalidation the same way.
 */
export const createDataVersion = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'fact-desk' });
  return {
    async current(): Promise<string> {
      const value = await store().get({ key: KEY });
      return typeof value === 'string' ? value : 'initial';
    },

    async bump(): Promise<void> {
      await store().set({
        key: KEY,
        value: `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`,
      });
    },
  };
};
