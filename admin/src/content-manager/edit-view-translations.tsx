import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { isContentTypeName } from './content-types';

/** The custom field that shows an enumeration's choices by their meaning (`ChoiceInput`). */
export const CHOICE_FIELD = 'plugin::fact-desk.choice';

interface EditField {
  name: string;
  hint?: ReactNode;
  attribute?: { type?: string; customField?: string };
}

interface EditLayout {
  layout: EditField[][][];
  options?: Record<string, unknown>;
}

const typeOf = (layout: EditLayout) => {
  const marker = layout.options?.['fact-desk'] as { type?: unknown } | undefined;
  return isContentTypeName(marker?.type) ? marker.type : null;
};

/**
 * Strapi's edit view takes a field's hint from the stored layout, in one language, and shows an
 * enumeration's stored values: on the plugin's types, each hint becomes a message in the admin's
 * language, and each enumeration is shown through the choice input, by the meaning of its values.
 */
export const translateEditLayout = ({ layout, ...rest }: { layout: EditLayout }) => {
  const type = typeOf(layout);
  if (!type) return { layout, ...rest };
  const translate = (field: EditField): EditField => ({
    ...field,
    hint: (
      <FormattedMessage
        id={getTranslation(`field.${type}.${field.name}.hint`)}
        defaultMessage={typeof field.hint === 'string' && field.hint ? field.hint : ' '}
      />
    ),
    ...(field.attribute?.type === 'enumeration' && !field.attribute.customField
      ? { attribute: { ...field.attribute, customField: CHOICE_FIELD } }
      : {}),
  });
  return {
    layout: {
      ...layout,
      layout: layout.layout.map((panel) => panel.map((row) => row.map(translate))),
    },
    ...rest,
  };
};
