import { usePluginTranslation } from '../hooks/usePluginTranslation';
import {
  Badge,
  Box,
  Button,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';

import { RecordLink } from '../components/RecordLink';
import { StatusBadge } from '../components/StatusBadge';
import { useAdminData } from '../hooks/useAdminData';
import { STATUS_VARIANT, VERIFICATION_CHANGE, VERIFICATION_STATUSES } from '../verification';
import type { QueueItem, QueueMeta } from './queue-types';
import { ChoiceFilter } from './ChoiceFilter';
import { useChoices } from './useChoices';
import { VerdictDialog } from './VerdictDialog';

const PERMISSIONS = { change: [{ action: VERIFICATION_CHANGE, subject: null }] };
const ALL = '';

interface Filters {
  status: string;
  article: string;
  claimant: string;
  region: string;
  sort: 'date:desc' | 'date:asc';
  page: number;
}

const queuePath = (filters: Filters) => {
  const params = new URLSearchParams({ sort: filters.sort, page: String(filters.page) });
  for (const key of ['status', 'article', 'claimant', 'region'] as const) {
    if (filters[key].trim()) params.set(key, filters[key].trim());
  }
  return `/fact-desk/queue?${params.toString()}`;
};

/** The fact-check queue: every figure and quote that still needs a check, across articles. */
const QueuePage = () => {
  const { formatDate } = useIntl();
  const t = usePluginTranslation();
  const [filters, setFilters] = useState<Filters>({
    status: ALL,
    article: ALL,
    claimant: ALL,
    region: '',
    sort: 'date:desc',
    page: 1,
  });
  const [changing, setChanging] = useState<QueueItem | null>(null);
  const { allowedActions } = useRBAC(PERMISSIONS);
  const path = useMemo(() => queuePath(filters), [filters]);
  const queue = useAdminData<QueueItem[]>(path);
  const meta = queue.meta as QueueMeta | null;
  const articles = useChoices('plugin::fact-desk.article', 'title');
  const claimants = useChoices('plugin::fact-desk.official', 'name');
  const filter = (change: Partial<Filters>) =>
    setFilters((previous) => ({ ...previous, page: 1, ...change }));

  return (
    <Page.Main>
      <Page.Title>{t('queue.title', 'Fact-check queue')}</Page.Title>
      <Layouts.Header
        title={t('queue.title', 'Fact-check queue')}
        subtitle={t(
          'queue.subtitle',
          'Figures and quotes that still need a check, across articles'
        )}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={2} wrap="wrap" data-testid="queue-counts">
            {VERIFICATION_STATUSES.map((status) => (
              <Badge key={status} variant={STATUS_VARIANT[status]} data-count-status={status}>
                {t(`status.${status}`, status)}: {meta?.counts[status] ?? '–'}
              </Badge>
            ))}
          </Flex>

          <Flex gap={2} wrap="wrap" alignItems="flex-end">
            <SingleSelect
              aria-label={t('queue.filter.status', 'Status')}
              value={filters.status}
              onChange={(value: string | number) => filter({ status: String(value) })}
            >
              <SingleSelectOption value={ALL}>
                {t('queue.filter.open', 'All open')}
              </SingleSelectOption>
              {VERIFICATION_STATUSES.map((status) => (
                <SingleSelectOption key={status} value={status}>
                  {t(`status.${status}`, status)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <ChoiceFilter
              label={t('queue.filter.article', 'Article')}
              anyLabel={t('queue.filter.anyArticle', 'Any article')}
              choices={articles}
              value={filters.article}
              onChange={(article) => filter({ article })}
            />
            <ChoiceFilter
              label={t('queue.filter.claimant', 'Claimant')}
              anyLabel={t('queue.filter.anyClaimant', 'Any claimant')}
              choices={claimants}
              value={filters.claimant}
              onChange={(claimant) => filter({ claimant })}
            />
            <TextInput
              aria-label={t('queue.filter.region', 'Region')}
              placeholder={t('queue.filter.region', 'Region')}
              value={filters.region}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                filter({ region: event.target.value })
              }
            />
            <SingleSelect
              aria-label={t('queue.sort', 'Sort by date')}
              value={filters.sort}
              onChange={(value: string | number) => filter({ sort: value as Filters['sort'] })}
            >
              <SingleSelectOption value="date:desc">
                {t('queue.sort.newest', 'Newest first')}
              </SingleSelectOption>
              <SingleSelectOption value="date:asc">
                {t('queue.sort.oldest', 'Oldest first')}
              </SingleSelectOption>
            </SingleSelect>
          </Flex>

          {queue.error ? <Typography textColor="danger600">{queue.error}</Typography> : null}

          <Table colCount={6} rowCount={(queue.data?.length ?? 0) + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('queue.column.record', 'Record')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('queue.column.status', 'Status')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('queue.column.article', 'Article')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('queue.column.claimant', 'Claimant')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('queue.column.date', 'Date')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('queue.column.actions', 'Actions')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {(queue.data ?? []).map((item) => (
                <Tr key={item.documentId} data-testid="queue-row">
                  <Td style={{ minWidth: '18rem', whiteSpace: 'normal' }}>
                    <Flex direction="column" alignItems="flex-start">
                      <RecordLink type={item.type} documentId={item.documentId}>
                        {item.label}
                      </RecordLink>
                      <Typography variant="pi" textColor="neutral600">
                        {t(`queue.type.${item.type}`, item.type)}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td>
                    <StatusBadge status={item.verificationStatus} />
                  </Td>
                  <Td>
                    <Typography>{item.article?.title ?? '–'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{item.claimant?.name ?? '–'}</Typography>
                  </Td>
                  <Td>
                    <Typography>
                      {item.date ? formatDate(item.date, { dateStyle: 'medium' }) : '–'}
                    </Typography>
                  </Td>
                  <Td>
                    {allowedActions.canChange ? (
                      <Button variant="secondary" size="S" onClick={() => setChanging(item)}>
                        {t('queue.change', 'Change the verdict')}
                      </Button>
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
          {queue.data?.length === 0 ? (
            <Typography textColor="neutral600">
              {t('queue.empty', 'Nothing waits for a check.')}
            </Typography>
          ) : null}

          {meta ? (
            <Flex gap={2} justifyContent="flex-end" alignItems="center">
              <Button
                variant="tertiary"
                disabled={filters.page <= 1}
                onClick={() => setFilters((previous) => ({ ...previous, page: previous.page - 1 }))}
              >
                {t('queue.previous', 'Previous')}
              </Button>
              <Typography data-testid="queue-page">
                {t('queue.page', 'Page {page} of {pageCount} ({total} records)', {
                  page: meta.pagination.page,
                  pageCount: Math.max(meta.pagination.pageCount, 1),
                  total: meta.pagination.total,
                })}
              </Typography>
              <Button
                variant="tertiary"
                disabled={filters.page >= meta.pagination.pageCount}
                onClick={() => setFilters((previous) => ({ ...previous, page: previous.page + 1 }))}
              >
                {t('queue.next', 'Next')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Layouts.Content>
      {changing ? (
        <Box>
          <VerdictDialog
            item={changing}
            onClose={() => setChanging(null)}
            onChanged={() => {
              setChanging(null);
              queue.reload();
            }}
          />
        </Box>
      ) : null}
    </Page.Main>
  );
};

export default QueuePage;
