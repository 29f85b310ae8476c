import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../utils/plugin-config';

export interface CachedResponse {
  type: string;
  body: string;
}

/** All kept bodies together stay under this many characters (about 64 MB of text)... */
const MAX_TOTAL_CHARACTERS = 64_000_000;
/** ...and a body larger than this is built afresh each time rather than held. */
const MAX_BODY_CHARACTERS = 16_000_000;

/**
 * Content-API responses already built, keyed by their ETag, which is derived from the data
 * version stored in the database, the URL and who asks. Any change to the plugin's records
 * changes the version, so a stale entry is never found again; every instance keeps its own and
 * none depends on another's. The least recently used entries go first.
 */
export const createResponseCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, CachedResponse>();
  let totalCharacters = 0;
  const inFlight = new Map<string, Promise<CachedResponse | undefined>>();
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

    /** The response being built for this key right now, once it is built; else undefined. */
    whenBuilt(key: string): Promise<CachedResponse | undefined> | undefined {
      return inFlight.get(key);
    },

    /** Marks a response as being built; call the result with it (or undefined if none came). */
    building(key: string): (response: CachedResponse | undefined) => void {
      let finish: (response: CachedResponse | undefined) => void = () => undefined;
      inFlight.set(key, new Promise((resolve) => (finish = resolve)));
      return (response) => {
        inFlight.delete(key);
        if (response) this.set(key, response);
        finish(response);
      };
    },

    set(key: string, response: CachedResponse): void {
      if (capacity() === 0 || response.body.length > MAX_BODY_CHARACTERS) return;
      this.delete(key);
      entries.set(key, response);
      totalCharacters += response.body.length;
      while (entries.size > capacity() || totalCharacters > MAX_TOTAL_CHARACTERS) {
        this.delete(entries.keys().next().value!);
      }
    },

    delete(key: string): void {
      const found = entries.get(key);
      if (!found) return;
      entries.delete(key);
      totalCharacters -= found.body.length;
    },
  };
};
