import { Flex, Loader, Typography } from '@strapi/design-system';
import { usePluginTranslation } from '../hooks/usePluginTranslation';
import { useEffect } from 'react';

import type { Finding } from '../../../shared/finding';
import { useAdminData } from '../hooks/useAdminData';
import { Arithmetic, type PartsArithmetic } from './Arithmetic';
import { FindingText } from './FindingText';
import { RecordLink } from './RecordLink';
import { StatusBadge } from './StatusBadge';

interface FigureSummary {
  id: string;
  asStated: string | null;
  count: number | null;
  verificationStatus: string;
  claimantName: string | null;
}

interface FigureReviewData {
  figure: FigureSummary & { findings: Finding[]; arithmetic: PartsArithmetic | null };
  article: { documentId: string; title: string } | null;
  whole: FigureSummary | null;
  parts: FigureSummary[];
  otherClaims: FigureSummary[];
}

const FigureLine = ({
  figure,
  withClaimant,
}: {
  figure: FigureSummary;
  withClaimant?: boolean;
}) => (
  <Flex gap={2} wrap="wrap">
    <StatusBadge status={figure.verificationStatus} />
    <RecordLink type="casualty-figure" documentId={figure.id}>
      {figure.asStated ?? String(figure.count ?? '')}
    </RecordLink>
    {withClaimant && figure.claimantName ? (
      <Typography variant="pi" textColor="neutral600">
        {figure.claimantName}
      </Typography>
    ) : null}
  </Flex>
);

const Heading = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="sigma" textColor="neutral600" tag="h3">
    {children}
  </Typography>
);

/** A figure's side panel: its article, the figure it is part of, its parts, rival claims. */
const FigureReview = ({ documentId, version }: { documentId: string; version: unknown }) => {
  const t = usePluginTranslation();
  const { data, error, isLoading, reload } = useAdminData<FigureReviewData>(
    `/fact-desk/figures/${documentId}/review`
  );
  useEffect(reload, [version, reload]);

  if (isLoading && !data) return <Loader small>{t('panel.loading', 'Loading the checks…')}</Loader>;
  if (error || !data) return <Typography textColor="danger600">{error}</Typography>;

  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={3}
      width="100%"
      data-testid="fact-check-panel"
    >
      {data.article ? (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Heading>{t('panel.article', 'Article')}</Heading>
          <RecordLink type="article" documentId={data.article.documentId}>
            {data.article.title}
          </RecordLink>
        </Flex>
      ) : null}
      {data.whole ? (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Heading>{t('panel.partOf', 'Part of')}</Heading>
          <FigureLine figure={data.whole} />
        </Flex>
      ) : null}
      {data.parts.length > 0 ? (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Heading>{t('panel.parts', 'Its parts')}</Heading>
          {data.parts.map((part) => (
            <FigureLine key={part.id} figure={part} />
          ))}
          {data.figure.arithmetic && data.figure.count !== null ? (
            <Arithmetic arithmetic={data.figure.arithmetic} whole={data.figure.count} />
          ) : null}
        </Flex>
      ) : null}
      {data.otherClaims.length > 0 ? (
        <Flex direction="column" alignItems="flex-start" gap={1} data-testid="other-claims">
          <Heading>{t('panel.otherClaims', 'Other claimants on the same thing')}</Heading>
          {data.otherClaims.map((claim) => (
            <FigureLine key={claim.id} figure={claim} withClaimant />
          ))}
        </Flex>
      ) : null}
      {data.figure.findings.length > 0 ? (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Heading>{t('panel.findings', 'Findings')}</Heading>
          {data.figure.findings.map((finding) => (
            <FindingText key={finding.code + finding.path.join('.')} finding={finding} />
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
};

export default FigureReview;
