import { Button, Field, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import type { ExtractedFigure } from '../../../server/src/domain/extraction/types';
import { errorMessage } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { editViewPath } from '../verification';

interface ProposedFigureDialogProps {
  articleId: string;
  figure: ExtractedFigure;
  onClose: () => void;
}

/** Shows a figure read from the copy, pre-filled, and creates its record once the editor confirms. */
export const ProposedFigureDialog = ({ articleId, figure, onClose }: ProposedFigureDialogProps) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [subject, setSubject] = useState(figure.subject ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const t = (id: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(id), defaultMessage });

  const facts: [string, string][] = [
    [t('copy.asStated', 'As stated'), figure.asStated],
    [t('copy.category', 'Category'), figure.category],
    [t('copy.count', 'Count'), figure.count === null ? '–' : String(figure.count)],
    [t('copy.bounds', 'Low – high'), `${figure.low ?? '–'} – ${figure.high ?? '–'}`],
    [t('copy.qualifier', 'Qualifier'), figure.qualifier],
    [t('copy.claimant', 'Claimant'), figure.claimant ?? '–'],
  ];

  const create = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const { category, count, low, high, qualifier, asStated, claimant } = figure;
      const { data } = await post<{ data: { documentId: string } }>(
        `/fact-desk/articles/${articleId}/figures`,
        { category, subject, count, low, high, qualifier, asStated, claimant }
      );
      toggleNotification({ type: 'success', message: t('copy.created', 'Figure created') });
      navigate(editViewPath('casualty-figure', data.data.documentId));
    } catch (error) {
      setProblem(errorMessage(error));
      setSaving(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('copy.create', 'Create figure')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={3}>
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
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  setSubject(event.target.value)
                }
              />
            </Field.Root>
            {problem ? (
              <Typography textColor="danger600" role="alert">
                {problem}
              </Typography>
            ) : null}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('queue.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button onClick={create} loading={isSaving}>
            {t('copy.confirm', 'Create the figure')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
