import { Typography } from '@strapi/design-system';
import { FormattedMessage } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { isContentTypeName } from './content-types';

interface ListHeader {
  name: string;
  attribute?: { type?: string; customField?: string };
  cellFormatter?: unknown;
}

interface ListLayout {
  options?: Record<string, unknown>;
}

const VERIFICATION_STATUS_FIELD = 'plugin::fact-desk.verification-status';

/** The message that says what a stored value of a column means, or null for any other column. */
const meaningOf = (type: string, header: ListHeader) => {
  if (header.attribute?.customField === VERIFICATION_STATUS_FIELD) return 'status';
  if (header.attribute?.type === 'enumeration') return `choice.${type}.${header.name}`;
  return null;
};

/**
 * Strapi's list view shows an enumeration's stored values ("killed", "unverified"): on the
 * plugin's types, they are shown by their meaning in the admin's language.
 */
export const translateListColumns = ({
  displayedHeaders,
  layout,
}: {
  displayedHeaders: ListHeader[];
  layout: ListLayout;
}) => {
  const type = (layout.options?.['fact-desk'] as { type?: unknown } | undefined)?.type;
  if (!isContentTypeName(type)) return { displayedHeaders, layout };
  return {
    displayedHeaders: displayedHeaders.map((header) => {
      const prefix = meaningOf(type, header);
      if (!prefix || header.cellFormatter) return header;
      return {
        ...header,
        cellFormatter: (row: Record<string, unknown>) => {
          const value = row[header.name];
          if (typeof value !== 'string') return null;
          return (
            <Typography textColor="neutral800">
              <FormattedMessage id={getTranslation(`${prefix}.${value}`)} defaultMessage={value} />
            </Typography>
          );
        },
      };
    }),
    layout,
  };
};
