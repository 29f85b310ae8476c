import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

import { errorMessage } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';

interface ActionDialogProps {
  title: string;
  confirmLabel: string;
  /** Does the work; a rejection's message (the server's, if it sent one) is shown in the dialog. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog that asks before it acts, and shows why the action failed without closing. */
export const ActionDialog = ({
  title,
  confirmLabel,
  onConfirm,
  onClose,
  children,
}: ActionDialogProps) => {
  const { formatMessage } = useIntl();
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const confirm = async () => {
    setSaving(true);
    setProblem(null);
    try {
      await onConfirm();
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
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {children}
            {problem ? (
              <Typography textColor="danger600" role="alert" data-testid="dialog-problem">
                {problem}
              </Typography>
            ) : null}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">
              {formatMessage({ id: getTranslation('queue.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Modal.Close>
          <Button onClick={confirm} loading={isSaving}>
            {confirmLabel}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
