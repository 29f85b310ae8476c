import { OFFICIAL_KINDS } from '../../../../shared/vocabulary';

export default {
  kind: 'collectionType',
  collectionName: 'fact_desk_officials',
  info: {
    singularName: 'official',
    pluralName: 'officials',
    displayName: 'Official',
    description: 'A person or a body that speaks on record.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
    // Lets the admin tell the plugin's edit views apart, to translate their hints and choices.
    'fact-desk': { type: 'official' },
  },
  attributes: {
    name: { type: 'string', required: true, maxLength: 200 },
    nameVariants: { type: 'json' },
    kind: { type: 'enumeration', enum: [...OFFICIAL_KINDS], default: 'person', required: true },
    role: { type: 'string', maxLength: 300 },
    organisation: { type: 'string', maxLength: 300 },
    country: { type: 'string', regex: '^[A-Z]{2}$', minLength: 2, maxLength: 2 },
    side: { type: 'string', maxLength: 200 },
    wikidataId: { type: 'string', regex: '^Q[1-9][0-9]*$', maxLength: 20 },
    roleStart: { type: 'date' },
    roleEnd: { type: 'date' },
  },
};
