import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // "Open preview" on an article shows the reader site's page of its draft (examples/reader-site).
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [env('READER_SITE_URL', 'http://127.0.0.1:4321')],
      handler: (uid: string, params: { documentId?: string; locale?: string | null }) =>
        strapi.plugin('fact-desk').service('preview').url(uid, params),
    },
  },
});
