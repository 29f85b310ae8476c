import type { Core } from '@strapi/strapi';
import { applyContentManagerLayouts } from './admin-layouts/apply-layouts';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await applyContentManagerLayouts(strapi);
};

export default bootstrap;
