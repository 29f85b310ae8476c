import path from 'path';

// Strapi runs from the playground folder; the plugin is the repository around it. The admin build
// reads this file from source and the server from dist/, so the path must not depend on __dirname.
export default () => ({
  'fact-desk': {
    enabled: true,
    resolve: path.resolve(process.cwd(), '..'),
  },
});
