import { Loader } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

const ArticleReview = lazy(() => import('./ArticleReview'));
const FigureReview = lazy(() => import('./FigureReview'));

const REVIEWS = {
  'plugin::fact-desk.article': ArticleReview,
  'plugin::fact-desk.casualty-figure': FigureReview,
} as const;

/** The fact-check side panel of the edit view, on articles and figures once they are saved. */
export const FactCheckPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const Review = REVIEWS[model as keyof typeof REVIEWS];
  if (!Review || !documentId) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Fact check' }),
    content: (
      <Suspense fallback={<Loader small />}>
        <Review documentId={documentId} version={document?.updatedAt} />
      </Suspense>
    ),
  };
};
