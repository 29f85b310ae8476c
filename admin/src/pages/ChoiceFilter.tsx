import { SingleSelect, SingleSelectOption } from '@strapi/design-system';

import type { Choice } from './useChoices';

interface ChoiceFilterProps {
  label: string;
  anyLabel: string;
  choices: Choice[];
  value: string;
  onChange: (documentId: string) => void;
}

/** A queue filter on one related record (an article, a claimant); the empty value means any. */
export const ChoiceFilter = ({ label, anyLabel, choices, value, onChange }: ChoiceFilterProps) => (
  <SingleSelect
    aria-label={label}
    value={value}
    onChange={(next: string | number) => onChange(String(next))}
  >
    <SingleSelectOption value="">{anyLabel}</SingleSelectOption>
    {choices.map((choice) => (
      <SingleSelectOption key={choice.documentId} value={choice.documentId}>
        {choice.label}
      </SingleSelectOption>
    ))}
  </SingleSelect>
);
