import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../utils/plugin-config';

export interface CachedResponse {
  type: string;
  body: string;
}

/** Bodies larger than this are built afresh each time rather than held in memory. */
const MAX_BODY_CHARACTERS = 1_000_000;

/**
 * Content-API responses already built, keyed by their ETag, which is derived from the data
 * version stored in the database, the URL and who asks. Any change to the plugin's records
 * changes the version, so a stale entry is never found again; every instance keeps its own and
 * none depends on another's. The least recently used entries go first.
 */
export const createResponseCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, CachedResponse>();
  const capacity = () => pluginConfig(strapi, 'responseCacheEntries');

  return {
    get(key: string): CachedResponse | undefined {
      const found = entries.get(key);
      if (found) {
        entries.delete(key);
        entries.set(key, found);
      }
      return found;
    },

    set(key: string, response: CachedResponse): void {
      if (capacity() === 0 || response.body.length > MAX_BODY_CHARACTERS) return;
      entries.delete(key);
      entries.set(key, response);
      while (entries.size > capacity()) entries.delete(entries.keys().next().value!);
    },
  };
};
