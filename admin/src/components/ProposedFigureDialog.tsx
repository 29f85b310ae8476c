import { Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { usePluginTranslation } from '../hooks/usePluginTranslation';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import type { ExtractedFigure } from '../../../shared/contracts/extraction';
import { editViewPath } from '../verification';
import { ActionDialog } from './ActionDialog';

interface ProposedFigureDialogProps {
  articleId: string;
  figure: ExtractedFigure;
  onClose: () => void;
}

/** Shows a figure read from the copy, pre-filled, and creates its record once the editor confirms. */
export const ProposedFigureDialog = ({ articleId, figure, onClose }: ProposedFigureDialogProps) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [subject, setSubject] = useState(figure.subject ?? '');
  const t = usePluginTranslation();
  const { formatNumber } = useIntl();
  const amount = (value: number | null) => (value === null ? '–' : formatNumber(value));
  const meaning = (field: string, value: string) =>
    t(`choice.casualty-figure.${field}.${value}`, value);

  const facts: [string, string][] = [
    [t('copy.asStated', 'As stated'), figure.asStated],
    [t('copy.category', 'Category'), meaning('category', figure.category)],
    [t('copy.count', 'Count'), amount(figure.count)],
    [t('copy.bounds', 'Low – high'), `${amount(figure.low)} – ${amount(figure.high)}`],
    [t('copy.qualifier', 'Qualifier'), meaning('qualifier', figure.qualifier)],
    [t('copy.claimant', 'Claimant'), figure.claimant ?? '–'],
  ];

  const create = async () => {
    const { category, count, low, high, qualifier, asStated, claimant } = figure;
    const { data } = await post<{ data: { documentId: string } }>(
      `/fact-desk/articles/${articleId}/figures`,
      { category, subject, count, low, high, qualifier, asStated, claimant }
    );
    toggleNotification({ type: 'success', message: t('copy.created', 'Figure created') });
    navigate(editViewPath('casualty-figure', data.data.documentId));
  };

  return (
    <ActionDialog
      title={t('copy.create', 'Create figure')}
      confirmLabel={t('copy.confirm', 'Create the figure')}
      onConfirm={create}
      onClose={onClose}
    >
      {facts.map(([label, value]) => (
        <Flex key={label} gap={2}>
          <Typography fontWeight="bold">{label}:</Typography>
          <Typography>{value}</Typography>
        </Flex>
      ))}
      <Field.Root name="subject" required>
        <Field.Label>{t('copy.subject', 'What is counted')}</Field.Label>
        <TextInput
          value={subject}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSubject(event.target.value)}
        />
      </Field.Root>
    </ActionDialog>
  );
};
