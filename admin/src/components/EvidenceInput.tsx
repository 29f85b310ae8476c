import { usePluginTranslation } from '../hooks/usePluginTranslation';
import {
  Box,
  Button,
  Field,
  Flex,
  Grid,
  IconButton,
  Link,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useField } from '@strapi/strapi/admin';
import { forwardRef, type ReactNode } from 'react';

import { evidenceLinkProblems, type EvidenceLink } from '../../../shared/evidence';

interface EvidenceInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

type Draft = Partial<Record<keyof EvidenceLink, string>>;

const TEXT_FIELDS = ['url', 'archiveUrl', 'publisher', 'accessedAt', 'note'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const PLACEHOLDERS: Partial<Record<TextField, string>> = {
  url: 'https://',
  archiveUrl: 'https://web.archive.org/…',
  accessedAt: '2025-05-18',
};

/** Empty inputs are left out of the stored link rather than stored as empty strings. */
const withField = (link: Draft, field: TextField, value: string): Draft => {
  const { [field]: _old, ...rest } = link;
  return value === '' ? rest : { ...rest, [field]: value };
};

const isFollowable = (url: string | undefined): url is string =>
  Boolean(url) && evidenceLinkProblems({ url }).length === 0;

/**
 * The evidence field: source links (address, archived copy, publisher, accessed date, note),
 * each checked as it is typed by the same rule the server applies on save.
 */
const EvidenceInput = forwardRef<HTMLDivElement, EvidenceInputProps>(
  ({ name, label, hint, required, disabled }, ref) => {
    const field = useField<Draft[] | null>(name);
    const links: Draft[] = Array.isArray(field.value) ? field.value : [];
    const t = usePluginTranslation();
    const labels: Record<TextField, string> = {
      url: t('evidence.url', 'Source address'),
      archiveUrl: t('evidence.archiveUrl', 'Archived copy'),
      publisher: t('evidence.publisher', 'Publisher'),
      accessedAt: t('evidence.accessedAt', 'Accessed on'),
      note: t('evidence.note', 'Note'),
    };
    const save = (next: Draft[]) => field.onChange(name, next);

    return (
      <Field.Root name={name} error={field.error} hint={hint} required={required} ref={ref}>
        <Field.Label>{label}</Field.Label>
        <Flex direction="column" alignItems="stretch" gap={3}>
          {links.map((link, index) => {
            const problems = evidenceLinkProblems(link);
            const problemOf = (input: TextField) =>
              problems.find((problem) => problem.field === input)?.message;
            return (
              <Box
                key={index}
                padding={3}
                hasRadius
                borderColor="neutral200"
                data-evidence-row={index}
              >
                <Grid.Root gap={2}>
                  {TEXT_FIELDS.map((input) => (
                    <Grid.Item
                      key={input}
                      col={input === 'note' ? 12 : 6}
                      s={12}
                      direction="column"
                      alignItems="stretch"
                    >
                      <Field.Root name={`${name}.${index}.${input}`} error={problemOf(input)}>
                        <Field.Label>{labels[input]}</Field.Label>
                        <TextInput
                          value={link[input] ?? ''}
                          placeholder={PLACEHOLDERS[input]}
                          disabled={disabled}
                          onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                            save(
                              links.map((other, at) =>
                                at === index ? withField(other, input, event.target.value) : other
                              )
                            )
                          }
                        />
                        <Field.Error />
                      </Field.Root>
                    </Grid.Item>
                  ))}
                </Grid.Root>
                <Flex justifyContent="space-between" paddingTop={2}>
                  {isFollowable(link.url) ? (
                    <Link href={link.url} target="_blank" rel="noopener noreferrer">
                      {t('evidence.open', 'Open the source')}
                    </Link>
                  ) : (
                    <span />
                  )}
                  <IconButton
                    label={t('evidence.remove', 'Remove this source')}
                    disabled={disabled}
                    onClick={() => save(links.filter((_, at) => at !== index))}
                  >
                    <Trash />
                  </IconButton>
                </Flex>
              </Box>
            );
          })}
          {links.length === 0 ? (
            <Typography variant="pi" textColor="neutral600">
              {t('evidence.none', 'No sources yet.')}
            </Typography>
          ) : null}
          <Box>
            <Button
              variant="secondary"
              startIcon={<Plus />}
              disabled={disabled}
              onClick={() => save([...links, {}])}
            >
              {t('evidence.add', 'Add a source')}
            </Button>
          </Box>
        </Flex>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

export default EvidenceInput;
