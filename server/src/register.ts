import type { Core } from '@strapi/strapi';
import { articleIntegrity } from './document-middlewares/article-integrity';
import { articleReviewState } from './document-middlewares/article-review-state';
import { auditGuard } from './document-middlewares/audit-guard';
import { bumpDataVersion } from './document-middlewares/bump-data-version';
import { registerCustomFields } from './custom-fields';
import { registerGraphQL } from './graphql';
import { changeRecord } from './document-middlewares/change-record';
import { cloneAsCreate } from './document-middlewares/clone-as-create';
import { recordCreator } from './document-middlewares/record-creator';
import { relationTargets } from './document-middlewares/relation-targets';
import { contentApiReads } from './document-middlewares/content-api-reads';
import { keepPublishedFlags } from './document-middlewares/keep-published-flags';
import { knownFields } from './document-middlewares/known-fields';
import { figureIntegrity } from './document-middlewares/figure-integrity';
import { officialIntegrity } from './document-middlewares/official-integrity';
import { publishGate } from './document-middlewares/publish-gate';
import { publishedContentGuard } from './document-middlewares/published-content-guard';
import { publishedOfficialGuard } from './document-middlewares/published-official-guard';
import { quoteIntegrity } from './document-middlewares/quote-integrity';
import { sharedRelationsGuard } from './document-middlewares/shared-relations-guard';
import { verdictGuard } from './document-middlewares/verdict-guard';
import { guardContentManagerWrites } from './utils/content-manager-fields';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerCustomFields(strapi);
  registerGraphQL(strapi);
  guardContentManagerWrites(strapi);
  // Reads first: a reader's query is checked and scoped before anything else sees it.
  strapi.documents.use(contentApiReads(strapi));
  // Validation first: a refused write never reaches the revision check or the audit trail.
  strapi.documents.use(auditGuard);
  // A clone of a figure, quote or official is re-sent as a create, through every rule below.
  strapi.documents.use(knownFields(strapi));
  strapi.documents.use(cloneAsCreate(strapi));
  strapi.documents.use(recordCreator(strapi));
  // Outside the change record's transaction, so the new version is only seen once the change is.
  strapi.documents.use(bumpDataVersion(strapi));
  strapi.documents.use(sharedRelationsGuard(strapi));
  // After the shapes are known: relations must name records that exist.
  strapi.documents.use(relationTargets(strapi));
  strapi.documents.use(articleIntegrity);
  strapi.documents.use(figureIntegrity(strapi));
  strapi.documents.use(quoteIntegrity(strapi));
  strapi.documents.use(officialIntegrity(strapi));
  // Then the editorial policies: who may give a verdict, and what may be published.
  strapi.documents.use(verdictGuard(strapi));
  strapi.documents.use(articleReviewState(strapi));
  strapi.documents.use(publishGate(strapi));
  strapi.documents.use(publishedContentGuard(strapi));
  strapi.documents.use(publishedOfficialGuard(strapi));
  strapi.documents.use(changeRecord(strapi));
  // Innermost, so a refused write never reaches it; in the write's transaction.
  strapi.documents.use(keepPublishedFlags(strapi));
};

export default register;
