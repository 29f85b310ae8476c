/**
 * Boots one more Strapi on the playground's compiled app and the database the environment names,
 * in a process of its own, and prints the address it listens on.
 */
import path from 'path';
import type { AddressInfo } from 'net';
import { createStrapi } from '@strapi/strapi';

async function main() {
  const appDir = process.cwd();
  const strapi = await createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
  }).load();
  strapi.server.mount();
  const server = strapi.server.httpServer;
  server.listen(0, '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  // Strapi may stop itself on SIGTERM too; whichever comes first, the process ends cleanly.
  process.once('SIGTERM', () => {
    strapi
      .destroy()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  });
}

void main();
