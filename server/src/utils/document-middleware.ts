import type { Modules } from '@strapi/strapi';

/** A document-service middleware, as `strapi.documents.use` takes it. */
export type Middleware = Modules.Documents.Middleware.Middleware;
