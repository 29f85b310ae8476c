import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** How many counts are kept (one per query and data version); the oldest go first. */
const KEPT_COUNTS = 500;

/**
 * A count is a pass over every matching row, and its answer changes only when the data does.
 * Counts are kept under the stored data version, so they are counted again only after a change
 * (on whichever instance asks first); each instance keeps its own.
 */
export const createKeptCounts = ({ strapi }: { strapi: Core.Strapi }) => {
  const kept = new Map<string, unknown>();

  return {
    async keep<Counted>(key: string, count: () => Promise<Counted>): Promise<Counted> {
      const version = await getService(strapi, 'data-version').current();
      const versionedKey = `${version} ${key}`;
      if (kept.has(versionedKey)) return kept.get(versionedKey) as Counted;
      const counted = await count();
      kept.set(versionedKey, counted);
      if (kept.size > KEPT_COUNTS) kept.delete(kept.keys().next().value!);
      return counted;
    },
  };
};
