import { REVIEW_STATES } from '../../../../shared/vocabulary';
import { localized, shared } from '../localization';
import { FIGURE, QUOTE } from '../../constants';

export default {
  kind: 'collectionType',
  collectionName: 'fact_desk_articles',
  info: {
    singularName: 'article',
    pluralName: 'articles',
    displayName: 'Article',
    description: 'A story whose figures and quotes are kept as checkable records.',
  },
  options: { draftAndPublish: true },
  pluginOptions: {
    ...localized,
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
    // Lets the admin tell the plugin's edit views apart, to translate their hints and choices.
    'fact-desk': { type: 'article' },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 300, pluginOptions: localized },
    slug: { type: 'uid', targetField: 'title', required: true, pluginOptions: localized },
    standfirst: { type: 'text', maxLength: 1000, pluginOptions: localized },
    body: { type: 'blocks', pluginOptions: localized },
    dateline: { type: 'string', maxLength: 200, pluginOptions: localized },
    eventDate: { type: 'date', pluginOptions: shared },
    outlet: { type: 'string', maxLength: 200, pluginOptions: shared },
    byline: { type: 'string', maxLength: 300, pluginOptions: shared },
    originalUrl: { type: 'string', maxLength: 2000, pluginOptions: shared },
    regions: { type: 'json', pluginOptions: shared },
    figures: {
      type: 'relation',
      relation: 'oneToMany',
      target: FIGURE,
      mappedBy: 'article',
    },
    quotes: {
      type: 'relation',
      relation: 'oneToMany',
      target: QUOTE,
      mappedBy: 'article',
    },
    reviewState: {
      type: 'enumeration',
      enum: [...REVIEW_STATES],
      default: 'not_started',
      required: true,
      pluginOptions: shared,
    },
    checkedAt: { type: 'datetime', pluginOptions: shared },
    checkedBy: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'admin::user',
      private: true,
      configurable: false,
    },
    internalNotes: { type: 'text', private: true, pluginOptions: shared },
  },
};
