import type { Core } from '@strapi/strapi';

/**
 * The plugin's custom fields. Any content type may use them:
 * `{ "type": "customField", "customField": "plugin::fact-desk.verification-status" }`.
 */
export const CUSTOM_FIELDS = {
  verificationStatus: 'plugin::fact-desk.verification-status',
  evidence: 'plugin::fact-desk.evidence',
} as const;

export const registerCustomFields = (strapi: Core.Strapi) =>
  strapi.customFields.register([
    {
      name: 'verification-status',
      plugin: 'fact-desk',
      type: 'string',
      inputSize: { default: 6, isResizable: true },
    },
    {
      name: 'evidence',
      plugin: 'fact-desk',
      type: 'json',
      inputSize: { default: 12, isResizable: false },
    },
  ]);
