import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { usePluginTranslation } from '../hooks/usePluginTranslation';
import { useEffect } from 'react';

import type { Finding } from '../../../shared/finding';
import type { PublishVerdict } from '../../../shared/contracts/publication';
import { useAdminData } from '../hooks/useAdminData';
import { Arithmetic, type PartsArithmetic } from './Arithmetic';
import { CopyCheck, type CopyCheckData } from './CopyCheck';
import { FindingText } from './FindingText';
import { RecordLink } from './RecordLink';
import { StatusBadge } from './StatusBadge';

interface ReviewedRecord {
  findings: Finding[];
  verificationStatus: string;
}

interface ArticleReviewData {
  figures: (ReviewedRecord & {
    id: string;
    asStated: string | null;
    count: number | null;
    claimantName: string | null;
    arithmetic: PartsArithmetic | null;
  })[];
  quotes: (ReviewedRecord & {
    documentId: string;
    text: string;
    speaker: { name: string } | null;
  })[];
  publication: PublishVerdict;
  copy: CopyCheckData;
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={2} width="100%">
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);

const Row = ({ children, testId }: { children: React.ReactNode; testId: string }) => (
  <Flex direction="column" alignItems="flex-start" gap={1} data-testid={testId}>
    {children}
  </Flex>
);

/** The article's side panel: may it be published, and every figure and quote with its findings. */
const ArticleReview = ({ documentId, version }: { documentId: string; version: unknown }) => {
  const t = usePluginTranslation();
  const { data, error, isLoading, reload } = useAdminData<ArticleReviewData>(
    `/fact-desk/articles/${documentId}/review`
  );
  useEffect(reload, [version, reload]);

  if (isLoading && !data) return <Loader small>{t('panel.loading', 'Loading the checks…')}</Loader>;
  if (error || !data) return <Typography textColor="danger600">{error}</Typography>;

  const { publication } = data;
  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={4}
      width="100%"
      data-testid="fact-check-panel"
    >
      <Box
        padding={3}
        hasRadius
        background={publication.allowed ? 'success100' : 'danger100'}
        data-testid="publication"
        data-allowed={publication.allowed}
      >
        <Typography variant="omega" fontWeight="bold">
          {publication.allowed
            ? t('panel.publishable', 'May be published under the current policy')
            : t('panel.blocked', 'Cannot be published yet')}
        </Typography>
        {publication.blockers.length > 0 ? (
          <Typography variant="pi" tag="p">
            {t('panel.blockers', '{count, plural, one {# item} other {# items}} not checked', {
              count: publication.blockers.length,
            })}
          </Typography>
        ) : null}
      </Box>

      <Section title={t('copy.title', 'Numbers in the copy')}>
        <CopyCheck articleId={documentId} copy={data.copy} />
      </Section>

      <Section title={t('panel.figures', 'Figures')}>
        {data.figures.length === 0 ? (
          <Typography variant="pi">{t('panel.noFigures', 'No figures yet.')}</Typography>
        ) : null}
        {data.figures.map((figure) => (
          <Row key={figure.id} testId="panel-figure">
            <Flex gap={2} wrap="wrap">
              <StatusBadge status={figure.verificationStatus} />
              <RecordLink type="casualty-figure" documentId={figure.id}>
                {figure.asStated ?? String(figure.count ?? '')}
              </RecordLink>
            </Flex>
            {figure.claimantName ? (
              <Typography variant="pi" textColor="neutral600">
                {figure.claimantName}
              </Typography>
            ) : null}
            {figure.arithmetic && figure.count !== null ? (
              <Arithmetic arithmetic={figure.arithmetic} whole={figure.count} />
            ) : null}
            {figure.findings.map((finding) => (
              <FindingText key={finding.code + finding.path.join('.')} finding={finding} />
            ))}
          </Row>
        ))}
      </Section>

      <Section title={t('panel.quotes', 'Quotes')}>
        {data.quotes.length === 0 ? (
          <Typography variant="pi">{t('panel.noQuotes', 'No quotes yet.')}</Typography>
        ) : null}
        {data.quotes.map((quote) => (
          <Row key={quote.documentId} testId="panel-quote">
            <Flex gap={2} wrap="wrap">
              <StatusBadge status={quote.verificationStatus} />
              <RecordLink type="quote" documentId={quote.documentId}>
                {quote.speaker?.name ?? t('panel.unattributed', 'Unattributed')}
              </RecordLink>
            </Flex>
            <Typography variant="pi" textColor="neutral600" ellipsis>
              {quote.text}
            </Typography>
            {quote.findings.map((finding) => (
              <FindingText key={finding.code + finding.path.join('.')} finding={finding} />
            ))}
          </Row>
        ))}
      </Section>
    </Flex>
  );
};

export default ArticleReview;
