import type { Core } from '@strapi/strapi';
import { printDemoBanner, setUpDemo } from './demo/set-up-demo';

const demoEnabled = () => process.env.FACT_DESK_DEMO !== 'false';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (!demoEnabled()) return;
    const { admin } = await setUpDemo(strapi);
    strapi.server.httpServer.once('listening', () => printDemoBanner(strapi, admin));
  },
};
