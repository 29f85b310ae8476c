import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

export interface PartsArithmetic {
  parts: (number | null)[];
  accountedFor: number;
  unaccounted: number;
}

/** "88 + 128 of 273, 57 unaccounted for". */
export const Arithmetic = ({
  arithmetic,
  whole,
}: {
  arithmetic: PartsArithmetic;
  whole: number;
}) => {
  const { formatMessage, formatNumber } = useIntl();
  return (
    <Typography variant="pi" textColor="neutral700" data-testid="arithmetic">
      {formatMessage(
        {
          id: getTranslation('panel.arithmetic'),
          defaultMessage: '{parts} of {whole}, {unaccounted} unaccounted for',
        },
        {
          parts: arithmetic.parts
            .map((part) => (part === null ? '?' : formatNumber(part)))
            .join(' + '),
          whole: formatNumber(whole),
          unaccounted: formatNumber(arithmetic.unaccounted),
        }
      )}
    </Typography>
  );
};
