import {
  DATE_PRECISIONS,
  FIGURE_CATEGORIES,
  FIGURE_QUALIFIERS,
  MAX_COUNT,
} from '../../../../shared/vocabulary';
import { checkingAttributes } from '../checking';
import {
  awaitingPublicationAttribute,
  inPublishedArticleAttribute,
  inPublishedArticleIndex,
} from '../in-published-article';
import { ARTICLE, FIGURE, OFFICIAL } from '../../constants';

// A fresh object per attribute: Strapi annotates attribute objects in place when it loads them.
const countAttribute = () => ({ type: 'integer', min: 0, max: MAX_COUNT }) as const;

export default {
  kind: 'collectionType',
  collectionName: 'fact_desk_casualty_figures',
  info: {
    singularName: 'casualty-figure',
    pluralName: 'casualty-figures',
    displayName: 'Casualty figure',
    description: 'One number that one claimant stated about one thing.',
  },
  options: { draftAndPublish: false },
  indexes: [
    // The fact-check queue filters by status and reads in date order, then by row id.
    {
      name: 'fact_desk_figures_status_date',
      columns: ['verification_status', 'stated_at', 'id'],
    },
    inPublishedArticleIndex('fact_desk_figures_public'),
  ],
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
    // Lets the admin tell the plugin's edit views apart, to translate their hints and choices.
    'fact-desk': { type: 'casualty-figure' },
  },
  attributes: {
    asStated: { type: 'string', required: true, maxLength: 500 },
    category: { type: 'enumeration', enum: [...FIGURE_CATEGORIES], required: true },
    subject: { type: 'string', required: true, maxLength: 120 },
    count: countAttribute(),
    low: countAttribute(),
    high: countAttribute(),
    qualifier: {
      type: 'enumeration',
      enum: [...FIGURE_QUALIFIERS],
      default: 'exact',
      required: true,
    },
    article: {
      type: 'relation',
      relation: 'manyToOne',
      target: ARTICLE,
      inversedBy: 'figures',
    },
    partOf: {
      type: 'relation',
      relation: 'manyToOne',
      target: FIGURE,
    },
    partsNote: { type: 'text', maxLength: 2000 },
    claimant: {
      type: 'relation',
      relation: 'manyToOne',
      target: OFFICIAL,
    },
    statedAt: { type: 'date' },
    occurredFrom: { type: 'date' },
    occurredTo: { type: 'date' },
    datePrecision: { type: 'enumeration', enum: [...DATE_PRECISIONS], default: 'day' },
    place: { type: 'string', maxLength: 200 },
    region: { type: 'string', maxLength: 200 },
    country: { type: 'string', regex: '^[A-Z]{2}$', minLength: 2, maxLength: 2 },
    ...checkingAttributes(),
    inPublishedArticle: inPublishedArticleAttribute(),
    awaitingPublication: awaitingPublicationAttribute(),
  },
};
