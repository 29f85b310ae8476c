import type { Data } from '@strapi/strapi';
import fs from 'fs';
import path from 'path';

/**
 * The reference story as Fact Desk records: the article, the officials and bodies it quotes, every
 * figure with its claimant and the figure it is part of, and its quotes and paraphrases. Records
 * point at each other by `key`; the seeder turns keys into document ids.
 */

export const REFERENCE_SLUG = 'russia-launches-record-273-drones-at-ukraine-after-istanbul-talks';

const STORY_FILE = path.resolve(__dirname, '..', '..', '..', 'data', 'reference-story.txt');
const STORY_FILE_FROM_SOURCE = path.resolve(__dirname, '..', '..', 'data', 'reference-story.txt');

/** The story's paragraphs, one per line of the text file. */
export const readStoryParagraphs = (): string[] => {
  const file = fs.existsSync(STORY_FILE_FROM_SOURCE) ? STORY_FILE_FROM_SOURCE : STORY_FILE;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
};

export interface OfficialSeed {
  key: string;
  name: string;
  kind: 'person' | 'body';
  role?: string;
  organisation?: string;
  country?: string;
  side?: string;
  wikidataId?: string;
  nameVariants?: string[];
}

export interface FigureSeed {
  key: string;
  asStated: string;
  category: NonNullable<Data.ContentType<'plugin::fact-desk.casualty-figure'>['category']>;
  subject: string;
  count: number;
  qualifier: 'exact';
  claimant: string;
  partOf?: string;
  statedAt?: string;
  occurredFrom?: string;
  occurredTo?: string;
  datePrecision?: 'day' | 'month';
  place?: string;
  region?: string;
  country?: string;
}

export interface QuoteSeed {
  key: string;
  text: string;
  kind: 'direct' | 'paraphrase' | 'partial' | 'translated';
  speaker: string;
  roleAsPublished?: string;
  saidAt?: string;
  channel?: string;
}

const ATTACK_DATE = '2025-05-18';

export const referenceArticle = {
  title: 'Russia launches record 273 drones at Ukraine after Istanbul talks fail',
  slug: REFERENCE_SLUG,
  standfirst:
    "Ukraine's Air Force says 88 drones were shot down and 128 jammed; a woman was killed and three people, among them a four-year-old child, were wounded in the Kyiv region.",
  dateline: 'KYIV',
  eventDate: ATTACK_DATE,
  outlet: 'Scoop Hub',
  byline: 'Scoop Hub staff',
  regions: ['Kyiv Oblast', 'Dnipropetrovsk Oblast', 'Donetsk Oblast'],
};

/** The Ukrainian edition: localized text; the figures, quotes and dates are shared. */
export const referenceArticleUk = {
  title: 'Росія запустила рекордні 273 дрони по Україні після провалу переговорів у Стамбулі',
  slug: 'rosiia-zapustyla-rekordni-273-drony-po-ukraini',
  standfirst:
    'Повітряні сили України повідомляють, що 88 дронів збито, а 128 подавлено засобами РЕБ; на Київщині загинула жінка, троє людей, серед них чотирирічна дитина, поранені.',
  dateline: 'КИЇВ',
  body: [
    'Росія здійснила наймасованішу атаку дронів на Україну від початку повномасштабного вторгнення у 2022 році, після зриву прямих мирних переговорів у Стамбулі.',
    'Повітряні сили України повідомили, що в ніч на неділю російські війська запустили 273 дрони та дрони-імітатори. 88 з них збито, ще 128 подавлено засобами радіоелектронної боротьби.',
    'Начальник Київської обласної військової адміністрації Микола Калашник повідомив, що загинула 28-річна жінка, ще троє людей, серед них чотирирічна дитина, поранені.',
    'Попередній рекорд, за словами українських посадовців, становив 267 дронів у лютому 2024 року.',
  ],
};

export const referenceOfficials: OfficialSeed[] = [
  {
    key: 'air-force',
    name: "Ukraine's Air Force",
    kind: 'body',
    organisation: 'Armed Forces of Ukraine',
    country: 'UA',
    side: 'Ukraine',
    nameVariants: ['Ukrainian Air Force', 'Air Force of Ukraine', 'Повітряні сили ЗСУ'],
  },
  {
    key: 'kalashnyk',
    name: 'Mykola Kalashnyk',
    kind: 'person',
    role: 'Kyiv regional governor',
    organisation: 'Kyiv Regional Military Administration',
    country: 'UA',
    side: 'Ukraine',
    nameVariants: ['Mykola Kalashnik', 'Микола Калашник'],
  },
  {
    key: 'ukrainian-officials',
    name: 'Ukrainian officials',
    kind: 'body',
    role: 'unnamed officials',
    country: 'UA',
    side: 'Ukraine',
  },
  {
    key: 'budanov',
    name: 'Kyrylo Budanov',
    kind: 'person',
    role: 'Ukrainian intelligence chief',
    organisation: 'Defence Intelligence of Ukraine',
    country: 'UA',
    side: 'Ukraine',
    nameVariants: ['Kirill Budanov', 'Кирило Буданов'],
  },
  {
    key: 'putin',
    name: 'Vladimir Putin',
    kind: 'person',
    role: 'Russian President',
    organisation: 'Government of Russia',
    country: 'RU',
    side: 'Russia',
    wikidataId: 'Q7747',
    nameVariants: ['Volodymyr Putin', 'Владимир Путин'],
  },
  {
    key: 'zelenskyy',
    name: 'Volodymyr Zelenskyy',
    kind: 'person',
    role: 'Ukrainian President',
    organisation: 'Government of Ukraine',
    country: 'UA',
    side: 'Ukraine',
    wikidataId: 'Q3874799',
    nameVariants: ['Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Володимир Зеленський'],
  },
  {
    key: 'trump',
    name: 'Donald Trump',
    kind: 'person',
    role: 'U.S. President',
    organisation: 'Government of the United States',
    country: 'US',
    side: 'United States',
    wikidataId: 'Q22686',
  },
  {
    key: 'russian-defence-ministry',
    name: "Russia's Defence Ministry",
    kind: 'body',
    organisation: 'Ministry of Defence of the Russian Federation',
    country: 'RU',
    side: 'Russia',
    nameVariants: ["Russia's Defense Ministry", 'Russian Ministry of Defence', 'Минобороны России'],
  },
];

export const referenceFigures: FigureSeed[] = [
  {
    key: 'launched',
    asStated: '273 drones and decoys',
    category: 'launched',
    subject: 'drones and decoys',
    count: 273,
    qualifier: 'exact',
    claimant: 'air-force',
    statedAt: ATTACK_DATE,
    occurredFrom: ATTACK_DATE,
    datePrecision: 'day',
    region: 'Kyiv, Dnipropetrovsk and Donetsk regions',
    country: 'UA',
  },
  {
    key: 'shot-down',
    asStated: '88 drones were shot down',
    category: 'intercepted',
    subject: 'drones',
    count: 88,
    qualifier: 'exact',
    claimant: 'air-force',
    partOf: 'launched',
    statedAt: ATTACK_DATE,
    occurredFrom: ATTACK_DATE,
    datePrecision: 'day',
    country: 'UA',
  },
  {
    key: 'jammed',
    asStated: '128 were neutralized through electronic jamming',
    category: 'jammed',
    subject: 'drones',
    count: 128,
    qualifier: 'exact',
    claimant: 'air-force',
    partOf: 'launched',
    statedAt: ATTACK_DATE,
    occurredFrom: ATTACK_DATE,
    datePrecision: 'day',
    country: 'UA',
  },
  {
    key: 'killed',
    asStated: 'a 28-year-old woman was killed',
    category: 'killed',
    subject: 'civilians',
    count: 1,
    qualifier: 'exact',
    claimant: 'kalashnyk',
    statedAt: ATTACK_DATE,
    occurredFrom: ATTACK_DATE,
    datePrecision: 'day',
    region: 'Kyiv Oblast',
    country: 'UA',
  },
  {
    key: 'wounded',
    asStated: 'three others—including a four-year-old child—were wounded',
    category: 'injured',
    subject: 'civilians',
    count: 3,
    qualifier: 'exact',
    claimant: 'kalashnyk',
    statedAt: ATTACK_DATE,
    occurredFrom: ATTACK_DATE,
    datePrecision: 'day',
    region: 'Kyiv Oblast',
    country: 'UA',
  },
  {
    key: 'wounded-child',
    asStated: 'a four-year-old child',
    category: 'injured',
    subject: 'children',
    count: 1,
    qualifier: 'exact',
    claimant: 'kalashnyk',
    partOf: 'wounded',
    statedAt: ATTACK_DATE,
    occurredFrom: ATTACK_DATE,
    datePrecision: 'day',
    region: 'Kyiv Oblast',
    country: 'UA',
  },
  {
    key: 'previous-record',
    asStated: 'the previous record of 267 drones launched in February 2024',
    category: 'launched',
    subject: 'drones',
    count: 267,
    qualifier: 'exact',
    claimant: 'ukrainian-officials',
    statedAt: ATTACK_DATE,
    occurredFrom: '2024-02-01',
    occurredTo: '2024-02-29',
    datePrecision: 'month',
    country: 'UA',
  },
  {
    key: 'prisoner-exchange',
    asStated: '1,000 prisoners of war',
    category: 'exchanged',
    subject: 'prisoners of war',
    count: 1000,
    qualifier: 'exact',
    claimant: 'budanov',
    statedAt: ATTACK_DATE,
  },
  {
    key: 'russia-intercepted-overnight',
    asStated: 'seven Ukrainian drones overnight',
    category: 'intercepted',
    subject: 'drones',
    count: 7,
    qualifier: 'exact',
    claimant: 'russian-defence-ministry',
    statedAt: ATTACK_DATE,
    occurredFrom: ATTACK_DATE,
    datePrecision: 'day',
    country: 'RU',
  },
  {
    key: 'russia-intercepted-morning',
    asStated: '18 more on Sunday morning',
    category: 'intercepted',
    subject: 'drones',
    count: 18,
    qualifier: 'exact',
    claimant: 'russian-defence-ministry',
    statedAt: ATTACK_DATE,
    occurredFrom: ATTACK_DATE,
    datePrecision: 'day',
    country: 'RU',
  },
];

export const referenceQuotes: QuoteSeed[] = [
  {
    key: 'air-force-launch',
    text: 'Russian forces fired 273 drones and decoys overnight, targeting regions including Kyiv, Dnipropetrovsk and Donetsk; 88 were shot down and 128 neutralized through electronic jamming.',
    kind: 'paraphrase',
    speaker: 'air-force',
    saidAt: ATTACK_DATE,
  },
  {
    key: 'kalashnyk-casualties',
    text: 'A 28-year-old woman was killed and three others, including a four-year-old child, were wounded in the Kyiv region during the overnight assault.',
    kind: 'paraphrase',
    speaker: 'kalashnyk',
    roleAsPublished: 'Kyiv regional Governor',
    saidAt: ATTACK_DATE,
  },
  {
    key: 'largest-barrage',
    text: 'the largest drone barrage since the beginning of the invasion',
    kind: 'partial',
    speaker: 'ukrainian-officials',
    saidAt: ATTACK_DATE,
  },
  {
    key: 'budanov-exchange',
    text: 'The exchange of 1,000 prisoners of war could take place as early as next week.',
    kind: 'paraphrase',
    speaker: 'budanov',
    roleAsPublished: 'Ukrainian intelligence chief',
  },
  {
    key: 'zelenskyy-meeting',
    text: 'Zelenskyy proposed a face-to-face meeting with Putin.',
    kind: 'paraphrase',
    speaker: 'zelenskyy',
    roleAsPublished: 'Ukrainian President',
  },
  {
    key: 'putin-rejects-meeting',
    text: "Putin rejected Zelenskyy's proposal for a face-to-face meeting, having earlier suggested negotiations at a lower level instead of a 30-day ceasefire.",
    kind: 'paraphrase',
    speaker: 'putin',
    roleAsPublished: 'Russian President',
  },
  {
    key: 'trump-calls',
    text: 'He will hold phone conversations on Monday with Putin, Zelenskyy and NATO leaders to discuss ways to end the war in Ukraine.',
    kind: 'paraphrase',
    speaker: 'trump',
    roleAsPublished: 'U.S. President',
  },
  {
    key: 'russia-intercepts',
    text: 'Its air defences intercepted seven Ukrainian drones overnight and 18 more on Sunday morning.',
    kind: 'paraphrase',
    speaker: 'russian-defence-ministry',
    saidAt: ATTACK_DATE,
  },
];
