import contentTypes from '../../server/src/content-types';
import { CUSTOM_FIELDS } from '../../server/src/custom-fields';
import { fieldKindsOf, type PublicType } from '../../server/src/domain';

export type Attribute = {
  type: string;
  private?: boolean;
  relation?: string;
  target?: string;
  customField?: string;
};

/** The schema folder of each public type. */
export const SCHEMA_OF: Record<PublicType, string> = {
  article: 'article',
  figure: 'casualty-figure',
  quote: 'quote',
  correction: 'correction',
  official: 'official',
};

export const attributesOf = (type: PublicType) =>
  (contentTypes as Record<string, { schema: { attributes: Record<string, Attribute> } }>)[
    SCHEMA_OF[type]
  ].schema.attributes;

// Strapi stores a custom field as the type it was registered with (server/src/custom-fields.ts).
const REGISTERED_TYPE: Record<string, string> = {
  [CUSTOM_FIELDS.verificationStatus]: 'string',
  [CUSTOM_FIELDS.evidence]: 'json',
};

/** The field kinds the server reads off the loaded models, read here off the schema files. */
export const SCHEMA_KINDS = fieldKindsOf((type) =>
  Object.fromEntries(
    Object.entries(attributesOf(type)).map(([name, attribute]) => [
      name,
      { type: attribute.customField ? REGISTERED_TYPE[attribute.customField] : attribute.type },
    ])
  )
);
