import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

/** Stops what the plugin started beside Strapi: the extraction's worker threads. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'extraction').destroy();
};
