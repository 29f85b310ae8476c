import path from 'path';
import { compileStrapi, createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, dropTestDatabase } from './database';

export const PLAYGROUND_DIR = path.resolve(__dirname, '..', '..', 'playground');

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
  const { distDir } = await compileStrapi({ appDir: PLAYGROUND_DIR, ignoreDiagnostics: true });
  const strapi = await createStrapi({ appDir: PLAYGROUND_DIR, distDir, autoReload: false }).load();
  beforeMount?.(strapi);
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  return strapi;
}

export async function stopStrapi(strapi: Core.Strapi | undefined): Promise<void> {
  if (strapi) await strapi.destroy();
  await dropTestDatabase();
}
