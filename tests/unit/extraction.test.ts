import fs from 'fs';
import path from 'path';
import { referenceFigures } from '../../playground/src/demo/reference-story';
import { plainTextOf } from '../../server/src/domain/blocks-text';
import { extractFacts } from '../../server/src/domain/extraction';
import { checkCopyAgainstRecords } from '../../server/src/domain/extraction/copy-check';
import { scoreExtraction, type AnnotatedPassage } from '../../server/src/domain/extraction/scoring';

const story = fs.readFileSync(
  path.resolve(__dirname, '..', '..', 'playground', 'data', 'reference-story.txt'),
  'utf8'
);
const devSet = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'extraction', 'dev-set.json'), 'utf8')
) as AnnotatedPassage[];

const figuresOf = (text: string) =>
  extractFacts(text).figures.map(({ category, count, low, high, qualifier, claimant }) => ({
    category,
    count,
    low,
    high,
    qualifier,
    claimant,
  }));

describe('extracting the reference story', () => {
  const { figures, officials } = extractFacts(story);

  it('finds every figure with its category, count, qualifier and claimant, and no other', () => {
    expect(figures.map((f) => [f.category, f.count, f.qualifier, f.claimant])).toEqual([
      ['launched', 273, 'exact', 'Ukraine’s Air Force'],
      ['intercepted', 88, 'exact', 'Ukraine’s Air Force'],
      ['jammed', 128, 'exact', 'Ukraine’s Air Force'],
      ['killed', 1, 'exact', 'Mykola Kalashnyk'],
      ['injured', 3, 'exact', 'Mykola Kalashnyk'],
      ['injured', 1, 'exact', 'Mykola Kalashnyk'],
      ['launched', 267, 'exact', 'Ukrainian officials'],
      ['exchanged', 1000, 'exact', 'Kyrylo Budanov'],
      ['intercepted', 7, 'exact', 'Russia’s Defense Ministry'],
      ['intercepted', 18, 'exact', 'Russia’s Defense Ministry'],
    ]);
  });

  it('gives the words that state each figure, at their offsets in the text', () => {
    for (const figure of figures)
      expect(story.slice(figure.start, figure.end)).toBe(figure.asStated);
    expect(figures[0].asStated).toBe('273 drones and decoys');
    expect(figures[4].asStated).toBe('three others—including a four-year-old child—were wounded');
  });

  it('knows the parts: 88 and 128 of the 273, the child among the three wounded', () => {
    expect(figures[1].partOf).toBe(0);
    expect(figures[2].partOf).toBe(0);
    expect(figures[5].partOf).toBe(4);
    expect(figures[5].subject).toBe('child');
  });

  it('finds the officials and the bodies that speak on record', () => {
    expect(officials.map((o) => [o.kind, o.name, o.role])).toEqual([
      ['body', 'Ukraine’s Air Force', null],
      ['person', 'Mykola Kalashnyk', 'Kyiv regional Governor'],
      ['person', 'Vladimir Putin', 'Russian President'],
      ['person', 'Volodymyr Zelenskyy', 'Ukrainian President'],
      ['person', 'Kyrylo Budanov', 'Ukrainian intelligence chief'],
      ['person', 'Donald Trump', 'U.S. President'],
      ['body', 'Russia’s Defense Ministry', null],
    ]);
    for (const official of officials) {
      expect(story.slice(official.start, official.end)).toContain(official.name);
    }
  });
});

describe('what is not a figure', () => {
  it.each([
    ['a year', 'The war began in 2022 and the talks failed in February 2024.'],
    ['money', 'The fund received $40 million and 300 million euros, the bank said.'],
    ['a percentage', 'About 40 percent of the wounded were evacuated, officials said.'],
    ['a duration', 'Both sides backed a 30-day ceasefire after talks lasting two hours.'],
    ['an ordinal', 'It was the third attack on the city, the first being in May.'],
    ['an age', 'The 45-year-old mayor said the city would rebuild.'],
  ])('%s', (_what, text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('reading amounts', () => {
  it.each([
    ['at least 12 people were killed', 'killed', 12, 'at_least'],
    ['more than 1,000 people were evacuated', 'evacuated', 1000, 'more_than'],
    ['up to 60 people are missing', 'missing', 60, 'up_to'],
    ['about 3,500 residents were displaced', 'displaced', 3500, 'approximately'],
    ['nearly two hundred people were injured', 'injured', 200, 'approximately'],
    ['Seven soldiers were captured', 'detained', 7, 'exact'],
    ['2.5 million people have fled', 'displaced', 2_500_000, 'exact'],
  ])('"%s"', (text, category, count, qualifier) => {
    expect(figuresOf(`${text}, the ministry said.`)).toEqual([
      expect.objectContaining({ category, count, qualifier, claimant: 'ministry' }),
    ]);
  });

  it('reads a range and a vague amount', () => {
    expect(figuresOf('Between 30 and 50 civilians were killed.')).toEqual([
      expect.objectContaining({
        category: 'killed',
        count: null,
        low: 30,
        high: 50,
        qualifier: 'range',
      }),
    ]);
    expect(figuresOf('Dozens of people were injured.')).toEqual([
      expect.objectContaining({ category: 'injured', count: null, qualifier: 'vague' }),
    ]);
  });

  it('counts one person killed, not the age, and the parts of a total', () => {
    expect(
      figuresOf('A 28-year-old woman was killed and three others, including a child, were wounded.')
    ).toEqual([
      expect.objectContaining({ category: 'killed', count: 1 }),
      expect.objectContaining({ category: 'injured', count: 3 }),
      expect.objectContaining({ category: 'injured', count: 1 }),
    ]);
  });

  it('attributes by "according to" and by a speaker after the quote', () => {
    expect(figuresOf('Five people died, according to the State Emergency Service.')).toEqual([
      expect.objectContaining({ claimant: 'State Emergency Service' }),
    ]);
    expect(figuresOf('"Nine people were wounded," Governor Oleh Syniehubov said.')).toEqual([
      expect.objectContaining({ category: 'injured', count: 9, claimant: 'Oleh Syniehubov' }),
    ]);
  });
});

describe('the development set', () => {
  it('scores F1 of at least 0.9 on (category, count, qualifier) and on claimants', () => {
    expect(devSet.length).toBeGreaterThanOrEqual(25);
    expect(devSet.filter((passage) => passage.figures.length === 0).length).toBeGreaterThanOrEqual(
      3
    );
    const score = scoreExtraction(devSet, (text) => extractFacts(text).figures);
    expect(score.figures.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.claimants.f1).toBeGreaterThanOrEqual(0.9);
  });

  // A little below what the rules score on its 221 passages (F1 99.5% on (category, count) and
  // with the qualifier, precision 100%, recall 99.1%, claimants 96.5%, officials 96.6%; on the
  // first 122, when the corpus was written: 70.0%, 69.2%, 57.7%, 7.0%, 56.6%; on the 34, 20 and
  // 20 passages of the third, fourth and fifth batches before any rule was changed for them: F1
  // 78.9%, 92.3% and 84.1%): a guard against regressions. The
  // frozen test part, corpus-test.json, has no threshold: it is reported by
  // `npm run eval:extraction`, never tuned on (tests/fixtures/extraction/README.md).
  it('scores the development part of the corpus no worse than the rules do today', () => {
    const corpusDev = JSON.parse(
      fs.readFileSync(
        path.resolve(__dirname, '..', 'fixtures', 'extraction', 'corpus-dev.json'),
        'utf8'
      )
    ) as AnnotatedPassage[];
    expect(corpusDev.length).toBeGreaterThanOrEqual(100);
    const score = scoreExtraction(corpusDev, (text) => extractFacts(text));
    expect(score.counts.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.counts.recall).toBeGreaterThanOrEqual(0.98);
    expect(score.counts.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.figures.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.claimants.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.officials?.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the scoring', () => {
  it('counts a missed and a false figure against the extractor', () => {
    const passage: AnnotatedPassage = {
      id: 'one',
      text: 'x',
      figures: [{ category: 'killed', count: 3, qualifier: 'exact', claimant: 'police' }],
    };
    const wrong = scoreExtraction([passage], () => [
      { ...extractFacts('Four people were killed, police said.').figures[0] },
    ]);
    expect(wrong.figures).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wrong.claimants.f1).toBe(1);
  });

  it('matches (category, count) apart from the qualifier, and officials by name', () => {
    const passage: AnnotatedPassage = {
      id: 'two',
      text: 'x',
      figures: [
        { category: 'killed', count: 12, qualifier: 'at_least', claimant: 'police' },
        { category: 'injured', count: 40, qualifier: 'exact', claimant: null },
      ],
      officials: ["Siobhán O'Callaghan-Reilly", 'Han Seong-jin'],
    };
    const found = {
      category: 'killed' as const,
      subject: null,
      count: 12,
      low: null,
      high: null,
      qualifier: 'exact' as const,
      asStated: '',
      start: 0,
      end: 0,
      claimant: 'the Police',
      partOf: null,
    };
    const score = scoreExtraction([passage], () => ({
      figures: [found],
      officials: [
        { name: 'siobhán  o’callaghan-reilly', kind: 'person' },
        { name: 'Han Seong', kind: 'person' },
        { name: 'Interior Ministry', kind: 'body' },
      ],
    }));
    expect(score.counts.precision).toBe(1);
    expect(score.counts.recall).toBe(0.5);
    expect(score.figures.f1).toBe(0);
    expect(score.qualifiers).toEqual({ right: 0, of: 1 });
    expect(score.claimants.f1).toBe(1);
    expect(score.officials).toEqual({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      annotated: 2,
      found: 2,
    });
    expect(score.misses).toEqual([
      { id: 'two', kind: 'missed', what: 'injured/40/exact' },
      { id: 'two', kind: 'qualifier', what: 'killed/12 at_least, found exact' },
      { id: 'two', kind: 'missed', what: 'official Han Seong-jin' },
      { id: 'two', kind: 'extra', what: 'official Han Seong' },
    ]);
  });
});

describe('holding the copy against the records', () => {
  const records = referenceFigures.map((figure, index) => ({ id: `record-${index}`, ...figure }));
  const launched = records.findIndex((record) => record.count === 273);

  it('finds nothing to say about the reference story and its records', () => {
    expect(checkCopyAgainstRecords(story, records)).toEqual({ uncovered: [], mismatched: [] });
  });

  it('warns when the record says 237 and the copy 273, and offers the 273 as a new record', () => {
    const edited = records.map((record, index) =>
      index === launched ? { ...record, count: 237 } : record
    );
    const { uncovered, mismatched } = checkCopyAgainstRecords(story, edited);
    expect(mismatched).toEqual([
      expect.objectContaining({
        id: `record-${launched}`,
        problem: 'number_differs',
        stated: [273],
        recorded: [237],
      }),
    ]);
    expect(uncovered).toEqual([
      expect.objectContaining({
        category: 'launched',
        count: 273,
        asStated: '273 drones and decoys',
      }),
    ]);
  });

  it('warns when the copy no longer has a record’s words', () => {
    const { mismatched } = checkCopyAgainstRecords(
      story.replace('88 drones', '86 drones'),
      records
    );
    expect(mismatched).toEqual([
      expect.objectContaining({ asStated: '88 drones were shot down', problem: 'words_missing' }),
    ]);
  });
});

describe('the plain text of a blocks body', () => {
  it('keeps paragraphs, headings and list items, and leaves images out', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Overnight' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'At least ' },
          {
            type: 'link',
            url: 'https://example.org',
            children: [{ type: 'text', text: '12 people' }],
          },
          { type: 'text', text: ' died.' },
        ],
      },
      { type: 'image', image: { url: '/x.png' }, children: [{ type: 'text', text: '' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'One' }] }],
      },
    ];
    expect(plainTextOf(blocks)).toBe('Overnight\n\nAt least 12 people died.\n\nOne');
    expect(plainTextOf(null)).toBe('');
  });
});

describe('phrasings beyond the drone-attack lexicon', () => {
  const figuresOf = (text: string) =>
    extractFacts(text).figures.map(({ category, count, partOf }) => [category, count, partOf]);

  it('reads a breakdown of a total as parts of it', () => {
    expect(
      figuresOf(
        'Floods have killed 43 people in the province, 19 of them children, officials said.'
      )
    ).toEqual([
      ['killed', 43, null],
      ['killed', 19, 0],
    ]);
    expect(
      figuresOf(
        'Shelling killed at least 38 civilians on Sunday, including 11 children, medics said.'
      )
    ).toEqual([
      ['killed', 38, null],
      ['killed', 11, 0],
    ]);
  });

  it('reads lists that name their noun once, and asides in dashes', () => {
    expect(
      figuresOf('Attacks killed 12 civilians in Donetsk, 4 in Kherson and 2 in Zaporizhzhia.')
    ).toEqual([
      ['killed', 12, null],
      ['killed', 4, null],
      ['killed', 2, null],
    ]);
    expect(figuresOf('Gunmen opened fire, killing 12 people — seven men and five women.')).toEqual([
      ['killed', 12, null],
      ['killed', 7, 0],
      ['killed', 5, 0],
    ]);
    expect(figuresOf('The shelling killed a woman and her two sons.')).toEqual([
      ['killed', 1, null],
      ['killed', 2, null],
    ]);
  });

  it('reads "N of the M" as a part of its whole, and the whole a launch', () => {
    expect(
      figuresOf('Air defences destroyed 14 of the 20 drones Russia launched overnight.')
    ).toEqual([
      ['intercepted', 14, 1],
      ['launched', 20, null],
    ]);
  });

  it('reads a breakdown as a part even when its own words name the category', () => {
    expect(figuresOf('The governor said 13 people were killed, including 4 children.')).toEqual([
      ['killed', 13, null],
      ['killed', 4, 0],
    ]);
  });

  it("reads a toll's new number however far back the toll was named", () => {
    expect(
      figuresOf(
        "The death toll from Saturday's fire at a lakeside hotel in the resort of Pogradec rose to 19 on Monday."
      )
    ).toEqual([['killed', 19, null]]);
  });

  it('reads people made to leave as evacuated, and driven from home as displaced', () => {
    expect(figuresOf('More than 25,000 residents were ordered to leave the town.')).toEqual([
      ['evacuated', 25000, null],
    ]);
    expect(figuresOf('About 3,000 people were moved to relief camps.')).toEqual([
      ['evacuated', 3000, null],
    ]);
    expect(figuresOf('More than 40,000 people have been forced from their homes.')).toEqual([
      ['displaced', 40000, null],
    ]);
  });

  it('counts people among the dead, and people neutralised as killed', () => {
    expect(figuresOf('Three soldiers were among the dead.')).toEqual([['killed', 3, null]]);
    expect(figuresOf('She said 14 attackers were neutralised.')).toEqual([['killed', 14, null]]);
  });

  it('keeps hyphenated names and particles whole', () => {
    const { officials, figures } = extractFacts(
      'Presidential press secretary Lina Haddad-Mourad said 2 guards were killed. Brigadier Saleh bin Rashid al-Qaisi said 5 soldiers were wounded.'
    );
    expect(officials.map((official) => official.name)).toEqual([
      'Lina Haddad-Mourad',
      'Saleh bin Rashid al-Qaisi',
    ]);
    expect(figures.map((figure) => figure.claimant)).toEqual([
      'Lina Haddad-Mourad',
      'Saleh bin Rashid al-Qaisi',
    ]);
  });

  it('keeps names whole whatever their alphabet', () => {
    const { officials } = extractFacts(
      "Governor Kemal Aydoğan-Uçar said 3 people died. The coroner, Siobhán O'Callaghan-Reilly, said 2 were hurt. Mayor Selim Karaağaçlı said 4 were missing."
    );
    expect(officials.map((official) => official.name)).toEqual(
      expect.arrayContaining([
        'Kemal Aydoğan-Uçar',
        "Siobhán O'Callaghan-Reilly",
        'Selim Karaağaçlı',
      ])
    );
  });
});

describe('phrasings beyond the drone-attack lexicon', () => {
  it.each([
    [
      'a list that names its verb and noun once',
      'Border guards detained 22 migrants near Velka, 8 near Orsin and 3 near Pavlov, the interior ministry said.',
      [
        ['detained', 22, 'exact'],
        ['detained', 8, 'exact'],
        ['detained', 3, 'exact'],
      ],
    ],
    [
      'people counted by an agent noun, rescued by a verb',
      'Firefighters plucked 41 labourers from the roof, the fire service said.',
      [['rescued', 41, 'exact']],
    ],
    [
      'people freed by their captors, and those seized',
      'The kidnappers freed 6 of the 9 engineers seized last week, police said.',
      [
        ['other', 6, 'exact'],
        ['detained', 9, 'exact'],
      ],
    ],
    [
      'people freed by troops',
      'Troops freed 15 hostages in a dawn raid, the army said.',
      [['rescued', 15, 'exact']],
    ],
    [
      'a vague part of a total',
      'At least 52 people died in the blaze, most of them elderly patients, the health ministry said.',
      [
        ['killed', 52, 'at_least'],
        ['killed', null, 'vague'],
      ],
    ],
    [
      'a part qualified by another category word',
      'The two sides swapped 120 captives, including eight wounded soldiers, officials said.',
      [
        ['exchanged', 120, 'exact'],
        ['exchanged', 8, 'exact'],
      ],
    ],
    [
      'a participle that qualifies the noun, not the clause',
      'Rescuers freed a worker trapped under a collapsed wall, police said.',
      [['rescued', 1, 'exact']],
    ],
    [
      'a toll that passed a number',
      'The number of people killed in the floods has passed 300, the agency said.',
      [['killed', 300, 'more_than']],
    ],
    ['no one', 'No one was hurt and no one was arrested, police said.', []],
    ['people on board, not seized', 'Gunmen seized a bus carrying 31 passengers, police said.', []],
  ])('%s', (_what, text, expected) => {
    expect(
      extractFacts(text).figures.map(({ category, count, qualifier }) => [
        category,
        count,
        qualifier,
      ])
    ).toEqual(expected);
  });

  it('resolves a surname or a role alone to the full name given first', () => {
    const { officials, figures } = extractFacts(
      'A spokesperson for the agency, Ingrid van den Broek, said 30 people had been moved to shelters. Van den Broek said 4 were missing. Provincial coroner Amaru Quispe-Layme said 2 had died. The coroner said 5 were hurt.'
    );
    expect(officials.filter((o) => o.kind === 'person').map((o) => o.name)).toEqual([
      'Ingrid van den Broek',
      'Amaru Quispe-Layme',
    ]);
    expect(figures.map((figure) => figure.claimant)).toEqual([
      'Ingrid van den Broek',
      'Ingrid van den Broek',
      'Amaru Quispe-Layme',
      'Amaru Quispe-Layme',
    ]);
  });

  it('reads names after a comma, short ranks and initials', () => {
    const { officials } = extractFacts(
      "The French ambassador, Claire de La Motte-Vernet, met district magistrate P. K. Raghavan. The national police chief, Gen. Rosa Inés del Valle, said the talks went well. North Korea's leader Ri Jong-su was not present."
    );
    expect(officials.filter((o) => o.kind === 'person').map((o) => o.name)).toEqual([
      'Claire de La Motte-Vernet',
      'P. K. Raghavan',
      'Rosa Inés del Valle',
      'Ri Jong-su',
    ]);
  });
});
