import path from 'path';
import { compileStrapi, createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';

export const PLAYGROUND_DIR = path.resolve(__dirname, '..', '..', 'playground');

/**
 * Boots the playground app with the built plugin, as `npm run demo` does, and mounts its HTTP
 * server without listening on a port (supertest drives it).
 */
export async function startStrapi(): Promise<Core.Strapi> {
  process.chdir(PLAYGROUND_DIR);
  const { distDir } = await compileStrapi({ appDir: PLAYGROUND_DIR, ignoreDiagnostics: true });
  const strapi = await createStrapi({ appDir: PLAYGROUND_DIR, distDir, autoReload: false }).load();
  strapi.server.mount();
  return strapi;
}

export async function stopStrapi(strapi: Core.Strapi | undefined): Promise<void> {
  if (!strapi) return;
  await strapi.destroy();
}
