import { inPublishedArticleAttribute, inPublishedArticleIndex } from '../in-published-article';
import { ARTICLE } from '../../constants';

/**
 * A public record that a published number or quote was changed: what, from, to, when, and the
 * note readers see. Written by the server when a figure or quote of a published article changes.
 */
export default {
  kind: 'collectionType',
  collectionName: 'fact_desk_corrections',
  info: {
    singularName: 'correction',
    pluralName: 'corrections',
    displayName: 'Correction',
    description: 'A change to a published figure or quote, for readers.',
  },
  options: { draftAndPublish: false },
  indexes: [inPublishedArticleIndex('fact_desk_corrections_public')],
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    targetType: { type: 'enumeration', enum: ['casualty-figure', 'quote'], required: true },
    targetDocumentId: { type: 'string', required: true },
    field: { type: 'string', required: true },
    // As readers see them: the number or the words before and after.
    fromValue: { type: 'text' },
    toValue: { type: 'text' },
    correctedAt: { type: 'datetime', required: true },
    publicNote: { type: 'text', maxLength: 2000 },
    article: { type: 'relation', relation: 'manyToOne', target: ARTICLE },
    inPublishedArticle: inPublishedArticleAttribute(),
  },
};
