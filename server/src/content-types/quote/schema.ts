import { QUOTE_KINDS } from '../../../../shared/vocabulary';
import { checkingAttributes } from '../checking';
import {
  awaitingPublicationAttribute,
  inPublishedArticleAttribute,
  inPublishedArticleIndex,
} from '../in-published-article';
import { ARTICLE, OFFICIAL } from '../../constants';

export default {
  kind: 'collectionType',
  collectionName: 'fact_desk_quotes',
  info: {
    singularName: 'quote',
    pluralName: 'quotes',
    displayName: 'Quote',
    description: 'Words an official said on record, as the story reports them.',
  },
  options: { draftAndPublish: false },
  indexes: [
    // The fact-check queue filters by status and reads in date order, then by row id.
    {
      name: 'fact_desk_quotes_status_date',
      columns: ['verification_status', 'said_at', 'id'],
    },
    inPublishedArticleIndex('fact_desk_quotes_public'),
  ],
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
    // Lets the admin tell the plugin's edit views apart, to translate their hints and choices.
    'fact-desk': { type: 'quote' },
  },
  attributes: {
    text: { type: 'text', required: true, maxLength: 5000 },
    language: {
      type: 'string',
      required: true,
      regex: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
      maxLength: 35,
    },
    translation: { type: 'text', maxLength: 5000 },
    translationLanguage: {
      type: 'string',
      regex: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
      maxLength: 35,
    },
    kind: { type: 'enumeration', enum: [...QUOTE_KINDS], default: 'direct', required: true },
    speaker: {
      type: 'relation',
      relation: 'manyToOne',
      target: OFFICIAL,
    },
    roleAsPublished: { type: 'string', maxLength: 300 },
    saidAt: { type: 'date' },
    channel: { type: 'string', maxLength: 200 },
    article: {
      type: 'relation',
      relation: 'manyToOne',
      target: ARTICLE,
      inversedBy: 'quotes',
    },
    ...checkingAttributes(),
    inPublishedArticle: inPublishedArticleAttribute(),
    awaitingPublication: awaitingPublicationAttribute(),
  },
};
