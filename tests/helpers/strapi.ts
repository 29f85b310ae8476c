import path from 'path';
import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, dropTestDatabase } from './database';

export const PLAYGROUND_DIR = path.resolve(__dirname, '..', '..', 'playground');
// Compiled once per test run by compile-playground.ts (jest's global setup).
const PLAYGROUND_DIST = path.join(PLAYGROUND_DIR, 'dist');

/**
 * Boots the playground app with the built plugin, as `npm run demo` does, and listens on a free
 * loopback port (so that supertest can send many requests at once to one server). `beforeMount`
 * may add routes, as another plugin would, before the router is mounted.
 */
export async function startStrapi(
  beforeMount?: (strapi: Core.Strapi) => void
): Promise<Core.Strapi> {
  process.chdir(PLAYGROUND_DIR);
  await createTestDatabase();
  const strapi = await createStrapi({
    appDir: PLAYGROUND_DIR,
    distDir: PLAYGROUND_DIST,
    autoReload: false,
  }).load();
  beforeMount?.(strapi);
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  return strapi;
}

export async function stopStrapi(strapi: Core.Strapi | undefined): Promise<void> {
  if (strapi) await strapi.destroy();
  await dropTestDatabase();
}
