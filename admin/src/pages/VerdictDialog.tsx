import { usePluginTranslation } from '../hooks/usePluginTranslation';
import {
  Field,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';

import { ActionDialog } from '../components/ActionDialog';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../verification';
import type { QueueItem } from './queue-types';

interface VerdictDialogProps {
  item: QueueItem;
  onClose: () => void;
  onChanged: () => void;
}

/** Changes one record's verification status, with a note, without leaving the queue. */
export const VerdictDialog = ({ item, onClose, onChanged }: VerdictDialogProps) => {
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = useState<VerificationStatus>(item.verificationStatus);
  const [note, setNote] = useState('');
  const t = usePluginTranslation();

  const submit = async () => {
    await put(`/fact-desk/checks/${item.type}/${item.documentId}`, {
      verificationStatus: status,
      ...(note.trim() ? { checkerNote: note } : {}),
      revision: item.revision,
    });
    toggleNotification({ type: 'success', message: t('queue.saved', 'Verdict saved') });
    onChanged();
  };

  return (
    <ActionDialog
      title={t('queue.change', 'Change the verdict')}
      confirmLabel={t('queue.save', 'Save the verdict')}
      onConfirm={submit}
      onClose={onClose}
    >
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
      <Field.Root name="checkerNote" hint={t('queue.noteHint', 'Only the desk sees this note.')}>
        <Field.Label>{t('queue.note', 'Checker note')}</Field.Label>
        <Textarea
          value={note}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
        />
        <Field.Hint />
      </Field.Root>
    </ActionDialog>
  );
};
