// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// Pages are rendered on the server on request and kept until Strapi says their data changed
// (src/lib/kept-reads.ts), so a verdict set in the admin reaches readers without a rebuild.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  server: { host: '127.0.0.1', port: 4321 },
});
