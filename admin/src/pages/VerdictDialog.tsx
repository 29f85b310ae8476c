import {
  Button,
  Field,
  Flex,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import { errorMessage } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../verification';
import type { QueueItem } from './queue-types';

interface VerdictDialogProps {
  item: QueueItem;
  onClose: () => void;
  onChanged: () => void;
}

/** Changes one record's verification status, with a note, without leaving the queue. */
export const VerdictDialog = ({ item, onClose, onChanged }: VerdictDialogProps) => {
  const { formatMessage } = useIntl();
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = useState<VerificationStatus>(item.verificationStatus);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const t = (id: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(id), defaultMessage });

  const submit = async () => {
    setSaving(true);
    setProblem(null);
    try {
      await put(`/fact-desk/checks/${item.type}/${item.documentId}`, {
        verificationStatus: status,
        ...(note.trim() ? { checkerNote: note } : {}),
        revision: item.revision,
      });
      toggleNotification({ type: 'success', message: t('queue.saved', 'Verdict saved') });
      onChanged();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('queue.change', 'Change the verdict')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography>{item.label}</Typography>
            <Field.Root name="verificationStatus">
              <Field.Label>{t('status.select', 'Verification status')}</Field.Label>
              <SingleSelect
                value={status}
                onChange={(value: string | number) => setStatus(value as VerificationStatus)}
              >
                {VERIFICATION_STATUSES.map((option) => (
                  <SingleSelectOption key={option} value={option}>
                    {t(`status.${option}`, option)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root
              name="checkerNote"
              hint={t('queue.noteHint', 'Only the desk sees this note.')}
            >
              <Field.Label>{t('queue.note', 'Checker note')}</Field.Label>
              <Textarea
                value={note}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
                  setNote(event.target.value)
                }
              />
              <Field.Hint />
            </Field.Root>
            {problem ? (
              <Typography textColor="danger600" role="alert" data-testid="verdict-problem">
                {problem}
              </Typography>
            ) : null}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('queue.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button onClick={submit} loading={isSaving}>
            {t('queue.save', 'Save the verdict')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
