import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { STATUS_VARIANT, isVerificationStatus } from '../verification';

/** A verification status as a coloured badge, in the admin's language. */
export const StatusBadge = ({ status }: { status: unknown }) => {
  const { formatMessage } = useIntl();
  const known = isVerificationStatus(status) ? status : 'unverified';
  return (
    <Badge variant={STATUS_VARIANT[known]} data-status={known}>
      {formatMessage({ id: getTranslation(`status.${known}`), defaultMessage: known })}
    </Badge>
  );
};
