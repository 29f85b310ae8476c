import type { Figure, Verdict } from './types';

export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: string | undefined): value is Locale =>
  (LOCALES as readonly string[]).includes(value ?? '');

const en = {
  siteName: 'Fact Desk reader',
  skipToContent: 'Skip to content',
  nav: { articles: 'Stories', tallies: 'Tallies', language: 'Українською' },
  otherLocale: 'uk' as Locale,
  articles: { heading: 'Checked stories', none: 'No story is published yet.' },
  article: {
    figures: 'The numbers in this story',
    figure: 'Figure',
    number: 'Number',
    claimedBy: 'Claimed by',
    verdict: 'Verdict',
    notClaimed: 'No one named',
    unaccounted: 'not accounted for',
    partsOf: 'of which',
    contested: 'Claims that differ',
    contestedIntro: 'Different sources give different numbers for the same thing.',
    quotes: 'Who said what',
    corrections: 'Corrections',
    correctionOf: (field: string, from: string | null, to: string | null) =>
      `${field}: ${from ?? '—'} → ${to ?? '—'}`,
    checked: 'How these numbers were checked',
    byline: 'By',
    notFound: 'No published story has this address.',
  },
  preview: {
    banner: 'Preview of the draft: readers do not see this page.',
    expired:
      'This preview link has expired or is not valid. Open the preview again from the admin.',
  },
  official: {
    quotes: 'Quotes in published stories',
    verdicts: 'Verdicts on these quotes',
    notFound: 'No official has this address.',
  },
  tallies: {
    heading: 'Tallies',
    intro:
      'The range of each claimant’s figures per category, from the lowest to the highest number given. Figures are never added together.',
    chartTitle: 'Range of figures per claimant',
    category: 'Category',
    claimant: 'Claimant',
    figures: 'Figures',
    range: 'Range',
    contested: 'Contested',
    yes: 'yes',
    no: 'no',
  },
  verdicts: {
    unverified: 'Not yet checked',
    single_source: 'Single source',
    corroborated: 'Corroborated',
    verified: 'Verified',
    disputed: 'Disputed',
    incorrect: 'Incorrect',
  } satisfies Record<Verdict, string>,
  categories: {
    killed: 'Killed',
    injured: 'Injured',
    missing: 'Missing',
    detained: 'Detained',
    displaced: 'Displaced',
    evacuated: 'Evacuated',
    rescued: 'Rescued',
    exchanged: 'Exchanged',
    launched: 'Launched',
    intercepted: 'Shot down',
    jammed: 'Jammed',
    hit: 'Hit',
    other: 'Other',
  } as Record<string, string>,
  qualifiers: {
    at_least: 'at least',
    more_than: 'more than',
    approximately: 'about',
    up_to: 'up to',
    fewer_than: 'fewer than',
  } as Record<string, string>,
};

type Messages = typeof en;

const uk: Messages = {
  siteName: 'Fact Desk: читачам',
  skipToContent: 'Перейти до змісту',
  nav: { articles: 'Матеріали', tallies: 'Підсумки', language: 'English' },
  otherLocale: 'en',
  articles: { heading: 'Перевірені матеріали', none: 'Ще нічого не опубліковано.' },
  article: {
    figures: 'Числа в цьому матеріалі',
    figure: 'Показник',
    number: 'Число',
    claimedBy: 'Джерело',
    verdict: 'Висновок',
    notClaimed: 'Не названо',
    unaccounted: 'без пояснення',
    partsOf: 'з них',
    contested: 'Розбіжні дані',
    contestedIntro: 'Різні джерела дають різні числа для того самого.',
    quotes: 'Хто що сказав',
    corrections: 'Виправлення',
    correctionOf: (field, from, to) => `${field}: ${from ?? '—'} → ${to ?? '—'}`,
    checked: 'Як перевіряли ці числа',
    byline: 'Автор',
    notFound: 'За цією адресою немає опублікованого матеріалу.',
  },
  preview: {
    banner: 'Попередній перегляд чернетки: читачі цієї сторінки не бачать.',
    expired:
      'Посилання на попередній перегляд застаріло або недійсне. Відкрийте перегляд знову з адмін-панелі.',
  },
  official: {
    quotes: 'Цитати в опублікованих матеріалах',
    verdicts: 'Висновки щодо цих цитат',
    notFound: 'За цією адресою немає посадовця.',
  },
  tallies: {
    heading: 'Підсумки',
    intro:
      'Діапазон чисел кожного джерела за категоріями, від найменшого до найбільшого. Числа ніколи не додаються.',
    chartTitle: 'Діапазон чисел за джерелами',
    category: 'Категорія',
    claimant: 'Джерело',
    figures: 'Показників',
    range: 'Діапазон',
    contested: 'Розбіжності',
    yes: 'так',
    no: 'ні',
  },
  verdicts: {
    unverified: 'Ще не перевірено',
    single_source: 'Одне джерело',
    corroborated: 'Підтверджено кількома джерелами',
    verified: 'Перевірено',
    disputed: 'Оскаржується',
    incorrect: 'Хибно',
  },
  categories: {
    killed: 'Загинули',
    injured: 'Поранені',
    missing: 'Зниклі безвісти',
    detained: 'Затримані',
    displaced: 'Переміщені',
    evacuated: 'Евакуйовані',
    rescued: 'Врятовані',
    exchanged: 'Обміняні',
    launched: 'Запущено',
    intercepted: 'Збито',
    jammed: 'Подавлено РЕБ',
    hit: 'Влучання',
    other: 'Інше',
  },
  qualifiers: {
    at_least: 'щонайменше',
    more_than: 'понад',
    approximately: 'близько',
    up_to: 'до',
    fewer_than: 'менше ніж',
  },
};

export const messages = (locale: Locale): Messages => (locale === 'uk' ? uk : en);

export const formatNumber = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'uk' ? 'uk-UA' : 'en-GB').format(value);

/** A figure's number as readers read it: "at least 12", "10–20", or the words of a vague one. */
export function amountOf(figure: Figure, locale: Locale): string {
  if (figure.qualifier === 'range' && figure.low !== null && figure.high !== null) {
    return `${formatNumber(figure.low, locale)}–${formatNumber(figure.high, locale)}`;
  }
  if (figure.count === null) return figure.asStated;
  const number = formatNumber(figure.count, locale);
  const qualifier = messages(locale).qualifiers[figure.qualifier];
  return qualifier ? `${qualifier} ${number}` : number;
}

export const formatDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'uk' ? 'uk-UA' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(iso)
  );
