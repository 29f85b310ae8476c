/**
 * The answers of the public API the pages were built from, kept until Strapi's webhook says they
 * changed (src/pages/api/revalidate.ts). Keys are API paths as the plugin's webhook payload names
 * them, without the REST prefix: `/fact-desk/fact-sheets/<slug>?locale=en`.
 */
const kept = new Map<string, Promise<unknown>>();

export interface KeptRead<T> {
  value: T;
  /** Whether the answer came from what the site kept. */
  kept: boolean;
}

export async function keptRead<T>(path: string, load: () => Promise<T>): Promise<KeptRead<T>> {
  const known = kept.get(path);
  if (known) return { value: (await known) as T, kept: true };
  const loading = load();
  kept.set(path, loading);
  try {
    return { value: await loading, kept: false };
  } catch (error) {
    kept.delete(path);
    throw error;
  }
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
