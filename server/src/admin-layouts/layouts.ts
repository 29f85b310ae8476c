/**
 * How the Content Manager lists and edits the plugin's types: the columns an editor scans, and
 * fields grouped as a fact-checker reads them (what, how many, who says, when and where, checking).
 */
import type contentTypes from '../content-types';

export interface FieldPlacement {
  name: string;
  size: number;
}

export interface TypeLayout {
  type: keyof typeof contentTypes;
  /** The field that names a record in lists and relation pickers. */
  mainField: string;
  list: string[];
  edit: FieldPlacement[][];
  descriptions: Record<string, string>;
}

/** Raise when the layouts below change, so that existing installs receive them. */
export const LAYOUTS_VERSION = 3;

export const FIELD_LABELS: Record<string, string> = {
  asStated: 'As stated',
  partOf: 'Part of',
  partsNote: 'Why the parts exceed the whole',
  statedAt: 'Stated on',
  occurredFrom: 'Occurred from',
  occurredTo: 'Occurred to',
  datePrecision: 'Date precision',
  verificationStatus: 'Verification status',
  checkedAt: 'Checked at',
  checkedBy: 'Checked by',
  checkerNote: 'Checker note (private)',
  correctionNote: 'Correction note (public)',
  internalNotes: 'Internal notes (private)',
  eventDate: 'Event date',
  originalUrl: 'Original URL',
  reviewState: 'Review state',
  nameVariants: 'Name variants',
  wikidataId: 'Wikidata ID',
  roleStart: 'Role start',
  roleEnd: 'Role end',
  roleAsPublished: 'Role as published',
  saidAt: 'Said on',
  translationLanguage: 'Translation language',
};

/** Filled by the server, never by the editor. */
// An article's figures and quotes are attached from the figure or quote (its Article field), where
// the rules, the audit trail and the publish gate apply; the article shows them read-only.
export const READ_ONLY_FIELDS = ['checkedAt', 'revision', 'figures', 'quotes'];

const row = (...fields: [string, number][]): FieldPlacement[] =>
  fields.map(([name, size]) => ({ name, size }));

const checkingRows = [
  row(['verificationStatus', 6], ['checkedAt', 6]),
  row(['evidence', 12]),
  row(['checkerNote', 12]),
  row(['correctionNote', 12]),
];

const checkingDescriptions = {
  verificationStatus: 'How far this has been checked.',
  evidence: 'Source links a reader can follow: [{ "url": "https://...", "publisher": "..." }].',
  checkerNote: 'Private: never shown on the public API. Required for disputed and incorrect.',
  correctionNote:
    'Once the article is published, say here why a number or the words changed: readers see it as a correction.',
};

export const TYPE_LAYOUTS: TypeLayout[] = [
  {
    type: 'article',
    mainField: 'title',
    list: ['title', 'reviewState', 'outlet', 'eventDate'],
    edit: [
      row(['title', 12]),
      row(['slug', 6], ['dateline', 6]),
      row(['standfirst', 12]),
      row(['body', 12]),
      row(['eventDate', 4], ['outlet', 4], ['byline', 4]),
      row(['originalUrl', 6], ['regions', 6]),
      row(['figures', 6], ['quotes', 6]),
      row(['reviewState', 6], ['checkedAt', 6]),
      row(['internalNotes', 12]),
    ],
    descriptions: {
      regions: 'A list of region names, e.g. ["Kyiv Oblast"].',
      figures:
        'Shared by every language edition. Attach a figure or quote from its own Article field.',
      internalNotes: 'Private: never shown on the public API.',
    },
  },
  {
    type: 'casualty-figure',
    mainField: 'asStated',
    list: ['asStated', 'category', 'count', 'verificationStatus'],
    edit: [
      row(['asStated', 12]),
      row(['category', 4], ['subject', 4], ['qualifier', 4]),
      row(['count', 4], ['low', 4], ['high', 4]),
      row(['claimant', 6], ['article', 6]),
      row(['partOf', 6], ['partsNote', 6]),
      row(['statedAt', 4], ['occurredFrom', 4], ['occurredTo', 4]),
      row(['datePrecision', 4], ['place', 4], ['region', 4]),
      row(['country', 4]),
      ...checkingRows,
    ],
    descriptions: {
      asStated: 'The words in the copy, e.g. "273 drones and decoys".',
      count: 'Best estimate; leave empty for a vague amount.',
      low: 'Lowest figure claimed, if a range was given.',
      high: 'Highest figure claimed, if a range was given.',
      partOf: 'The larger figure this one is part of (88 shot down is part of 273 launched).',
      partsNote: 'Why the parts may add up to more than the whole, if they do.',
      country: 'ISO 3166 code, e.g. UA.',
      ...checkingDescriptions,
    },
  },
  {
    type: 'official',
    mainField: 'name',
    list: ['name', 'kind', 'role', 'country'],
    edit: [
      row(['name', 6], ['kind', 6]),
      row(['role', 6], ['organisation', 6]),
      row(['country', 4], ['side', 4], ['wikidataId', 4]),
      row(['roleStart', 6], ['roleEnd', 6]),
      row(['nameVariants', 12]),
    ],
    descriptions: {
      wikidataId: 'e.g. Q7747',
      nameVariants: 'Other spellings and transliterations, e.g. ["Zelensky", "Зеленський"].',
      country: 'ISO 3166 code, e.g. UA.',
    },
  },
  {
    type: 'quote',
    mainField: 'text',
    list: ['text', 'speaker', 'kind', 'verificationStatus'],
    edit: [
      row(['text', 12]),
      row(['kind', 4], ['language', 4], ['saidAt', 4]),
      row(['translation', 8], ['translationLanguage', 4]),
      row(['speaker', 6], ['roleAsPublished', 6]),
      row(['article', 6], ['channel', 6]),
      ...checkingRows,
    ],
    descriptions: {
      text: 'The words in their original language.',
      language: 'Language of the original words, e.g. uk, ru, en.',
      roleAsPublished: 'The speaker’s role as the story gives it.',
      ...checkingDescriptions,
    },
  },
];
