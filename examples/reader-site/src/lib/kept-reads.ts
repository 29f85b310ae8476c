import { LRUCache } from 'lru-cache';

/**
 * The answers of the public API the pages were built from, kept until Strapi's webhook says they
 * changed (src/pages/api/revalidate.ts). Keys are API paths as the plugin's webhook payload names
 * them, without the REST prefix: `/fact-desk/fact-sheets/<slug>?locale=en`. Only answers that
 * found something are kept, and only the most recently read ones, so a reader asking for endless
 * addresses that do not exist costs the site no memory.
 */
const KEPT_ANSWERS = 500;
const kept = new LRUCache<string, { value: unknown }>({ max: KEPT_ANSWERS });

export interface KeptRead<T> {
  value: T | null;
  /** Whether the answer came from what the site kept. */
  kept: boolean;
}

export async function keptRead<T>(
  path: string,
  load: () => Promise<T | null>
): Promise<KeptRead<T>> {
  const known = kept.get(path);
  if (known) return { value: known.value as T, kept: true };
  const value = await load();
  if (value !== null) kept.set(path, { value });
  return { value, kept: false };
}

/** Drops the answers of these API paths (with or without the `/api` prefix); returns those dropped. */
export function forget(paths: string[]): string[] {
  const dropped: string[] = [];
  for (const path of paths) {
    const key = path.replace(/^\/api(?=\/)/, '');
    if (kept.delete(key)) dropped.push(key);
  }
  return dropped;
}

export function forgetAll(): number {
  const count = kept.size;
  kept.clear();
  return count;
}
