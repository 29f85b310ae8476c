import type { Core } from '@strapi/strapi';
import { figureIntegrity } from './document-middlewares/figure-integrity';
import { officialIntegrity } from './document-middlewares/official-integrity';
import { quoteIntegrity } from './document-middlewares/quote-integrity';
import { sharedRelationsGuard } from './document-middlewares/shared-relations-guard';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(sharedRelationsGuard(strapi));
  strapi.documents.use(figureIntegrity(strapi));
  strapi.documents.use(quoteIntegrity(strapi));
  strapi.documents.use(officialIntegrity(strapi));
};

export default register;
