import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useField } from '@strapi/strapi/admin';
import { forwardRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

interface ChoiceInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  attribute: { enum?: string[] };
}

/**
 * An enumeration of the plugin's types, each choice shown by its meaning in the admin's language
 * ("Killed", "Загинули") while the stored value stays as it is ("killed").
 */
const ChoiceInput = forwardRef<HTMLDivElement, ChoiceInputProps>(
  ({ name, label, hint, required, disabled, attribute }, ref) => {
    const { formatMessage } = useIntl();
    const { model } = useContentManagerContext();
    const type = model.replace(/^plugin::fact-desk\./, '');
    const field = useField<string | null>(name);
    const meaning = (value: string) =>
      formatMessage({
        id: getTranslation(`choice.${type}.${name}.${value}`),
        defaultMessage: value,
      });

    return (
      <Field.Root name={name} error={field.error} hint={hint} required={required} ref={ref}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect
          value={field.value ?? ''}
          disabled={disabled}
          onClear={required ? undefined : () => field.onChange(name, null)}
          onChange={(value: string | number) => field.onChange(name, String(value))}
        >
          {(attribute.enum ?? []).map((value) => (
            <SingleSelectOption key={value} value={value}>
              {meaning(value)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

export default ChoiceInput;
