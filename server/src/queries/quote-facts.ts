/** The stored fields of a quote, and of its speaker, that the quote rules read. */
export const QUOTE_FACT_FIELDS = [
  'text',
  'language',
  'translation',
  'translationLanguage',
  'saidAt',
  'verificationStatus',
  'evidence',
  'checkerNote',
];

export const SPEAKER_FACT_FIELDS = ['name', 'roleStart', 'roleEnd'];
