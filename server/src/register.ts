import type { Core } from '@strapi/strapi';
import { sharedRelationsGuard } from './document-middlewares/shared-relations-guard';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(sharedRelationsGuard(strapi));
};

export default register;
