import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Finding } from '../../../shared/finding';
import { getTranslation } from '../utils/getTranslation';

/**
 * A rule finding in the admin's language: translated by its code where the plugin has a
 * translation, else the rule's own English message.
 */
export const FindingText = ({ finding }: { finding: Finding }) => {
  const { formatMessage } = useIntl();
  return (
    <Typography
      variant="pi"
      textColor={finding.severity === 'error' ? 'danger600' : 'warning600'}
      data-finding={finding.code}
    >
      {formatMessage({
        id: getTranslation(`finding.${finding.code}`),
        defaultMessage: finding.message,
      })}
    </Typography>
  );
};
