import { Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useField, useForm } from '@strapi/strapi/admin';
import { forwardRef, useEffect, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

import { checkVerification } from '../../../shared/verification-rules';
import type { EvidenceLink } from '../../../shared/evidence';
import { useAdminData } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { VERIFICATION_STATUSES, isVerificationStatus } from '../verification';
import { FindingText } from './FindingText';
import { StatusBadge } from './StatusBadge';

interface VerificationStatusInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

interface Verdict {
  checkedAt: string | null;
  checkedBy: string | null;
}

const CHECKED_MODELS: Record<string, string> = {
  'plugin::fact-desk.casualty-figure': 'casualty-figure',
  'plugin::fact-desk.quote': 'quote',
};

/** Who set the stored status and when; only the plugin's own records keep that. */
const useStoredVerdict = (initialValue: unknown) => {
  const { model, id } = useContentManagerContext();
  const type = CHECKED_MODELS[model];
  const verdict = useAdminData<Verdict>(type && id ? `/fact-desk/checks/${type}/${id}` : null);
  const { reload } = verdict;
  useEffect(reload, [initialValue, reload]);
  return verdict.data;
};

/**
 * The verification status field: a select shown as a coloured badge, with who set it and when,
 * and what the rules still ask for (a note for a rejection, sources for a verdict) as you choose.
 */
const VerificationStatusInput = forwardRef<HTMLDivElement, VerificationStatusInputProps>(
  ({ name, label, hint, required, disabled }, ref) => {
    const { formatMessage, formatDate } = useIntl();
    const field = useField<string>(name);
    const evidence = useForm(
      'VerificationStatusInput',
      (form) => (form.values as Record<string, unknown>).evidence
    );
    const checkerNote = useForm(
      'VerificationStatusInput',
      (form) => (form.values as Record<string, unknown>).checkerNote
    );
    const verdict = useStoredVerdict(field.initialValue);
    const status = isVerificationStatus(field.value) ? field.value : 'unverified';
    const asksFor = checkVerification({
      verificationStatus: status,
      evidence: Array.isArray(evidence) ? (evidence as EvidenceLink[]) : [],
      checkerNote: typeof checkerNote === 'string' ? checkerNote : null,
    });

    return (
      <Field.Root name={name} error={field.error} hint={hint} required={required} ref={ref}>
        <Field.Label>{label}</Field.Label>
        <Flex gap={2} alignItems="center">
          <StatusBadge status={status} />
          <SingleSelect
            aria-label={formatMessage({
              id: getTranslation('status.select'),
              defaultMessage: 'Verification status',
            })}
            value={status}
            disabled={disabled}
            onChange={(value: string | number) => field.onChange(name, String(value))}
          >
            {VERIFICATION_STATUSES.map((option) => (
              <SingleSelectOption key={option} value={option}>
                {formatMessage({ id: getTranslation(`status.${option}`), defaultMessage: option })}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Flex>
        {verdict?.checkedAt ? (
          <Typography variant="pi" textColor="neutral600" data-testid="verdict-stamp">
            {formatMessage(
              {
                id: getTranslation('status.setBy'),
                defaultMessage: 'Set by {who} on {when}',
              },
              {
                who: verdict.checkedBy ?? '—',
                when: formatDate(verdict.checkedAt, { dateStyle: 'medium', timeStyle: 'short' }),
              }
            )}
          </Typography>
        ) : null}
        {asksFor.map((finding) => (
          <FindingText key={finding.code} finding={{ ...finding, severity: 'warning' }} />
        ))}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

export default VerificationStatusInput;
