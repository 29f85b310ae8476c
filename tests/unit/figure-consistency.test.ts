import {
  anyContested,
  checkContested,
  checkFigure,
  checkPartOf,
  checkPartsWithinWhole,
  isCompatiblePart,
  type FigureFacts,
} from '../../server/src/domain';

const article = 'story';
const launched: FigureFacts = {
  id: 'launched',
  asStated: '273 drones and decoys',
  category: 'launched',
  subject: 'drones and decoys',
  count: 273,
  qualifier: 'exact',
  articleId: article,
  claimantId: 'air-force',
  country: 'UA',
};
const shotDown: FigureFacts = {
  id: 'shot-down',
  asStated: '88 drones were shot down',
  category: 'intercepted',
  subject: 'drones',
  count: 88,
  qualifier: 'exact',
  articleId: article,
  partOfId: 'launched',
  claimantId: 'air-force',
  country: 'UA',
};
const jammed: FigureFacts = { ...shotDown, id: 'jammed', category: 'jammed', count: 128 };
const wounded: FigureFacts = {
  id: 'wounded',
  asStated: 'three others were wounded',
  category: 'injured',
  subject: 'civilians',
  count: 3,
  articleId: article,
};
const child: FigureFacts = {
  id: 'child',
  asStated: 'a four-year-old child',
  category: 'injured',
  subject: 'children',
  count: 1,
  articleId: article,
  partOfId: 'wounded',
};

const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

describe('parts of a figure', () => {
  it('accepts 88 shot down and 128 jammed of 273 launched (57 unaccounted)', () => {
    expect(checkPartOf(jammed, launched, [shotDown], [])).toEqual([]);
  });

  it('accepts a child among three wounded', () => {
    expect(checkPartOf(child, wounded, [], [])).toEqual([]);
  });

  it('refuses parts that add up to more than the whole', () => {
    const tooMany = { ...jammed, count: 200 };
    const findings = checkPartOf(tooMany, launched, [shotDown], []);
    expect(codes(findings)).toEqual(['figure.parts_exceed_whole']);
    expect(findings[0].message).toContain('288');
    expect(findings[0].path).toEqual(['partOf']);
  });

  it('reads ranges: the least each part claims against the most the whole claims', () => {
    const range = (low: number, high: number) =>
      ({ count: null, low, high, qualifier: 'range' }) as const;
    // 50 and 50 within a whole of 10 to 20: at least 100, more than 20.
    const small = { ...launched, ...range(10, 20) };
    const halves = [
      { ...shotDown, count: 50 },
      { ...jammed, count: 50 },
    ];
    const [finding] = checkPartsWithinWhole(small, halves);
    expect(finding.code).toBe('figure.parts_exceed_whole');
    expect(finding.message).toContain('at least 100, more than its highest estimate of 20');
    // A part of 500 to 600 within an exact 100.
    expect(codes(checkPartsWithinWhole(launched, [{ ...jammed, ...range(500, 600) }]))).toEqual([
      'figure.parts_exceed_whole',
    ]);
    // Parts of 10 to 200 each may well fit a whole of up to 273.
    expect(
      checkPartsWithinWhole(launched, [
        { ...jammed, ...range(10, 200) },
        { ...shotDown, ...range(10, 200) },
      ])
    ).toEqual([]);
    // A whole with no number at all says nothing against its parts.
    expect(checkPartsWithinWhole({ ...launched, count: null }, halves)).toEqual([]);
  });

  it('lets parts exceed the whole when the whole says why', () => {
    const explained = { ...launched, partsNote: 'Some drones were both jammed and shot down.' };
    expect(checkPartsWithinWhole(explained, [shotDown, { ...jammed, count: 200 }])).toEqual([]);
  });

  it('refuses a part from another article', () => {
    expect(codes(checkPartOf({ ...jammed, articleId: 'other' }, launched, [], []))).toEqual([
      'figure.part_other_article',
    ]);
  });

  it('refuses a part of an incompatible category', () => {
    expect(codes(checkPartOf({ ...jammed, category: 'killed' }, launched, [], []))).toEqual([
      'figure.part_category',
    ]);
  });

  it.each([
    ['launched', 'intercepted', true],
    ['launched', 'jammed', true],
    ['launched', 'hit', true],
    ['injured', 'injured', true],
    ['launched', 'killed', false],
    ['killed', 'injured', false],
  ] as const)('a %s figure may have %s parts: %s', (whole, part, expected) => {
    expect(isCompatiblePart(whole, part)).toBe(expected);
  });

  it('refuses a loop of parts', () => {
    const launchedAsPart = { ...launched, partOfId: 'shot-down' };
    expect(codes(checkPartOf(launchedAsPart, shotDown, [], [launched]))).toEqual([
      'figure.part_cycle',
    ]);
    expect(codes(checkPartOf(launched, launched, [], []))).toEqual(['figure.part_cycle']);
  });
});

describe('contested figures', () => {
  it('warns, without refusing, when two claimants disagree on the same thing', () => {
    const rival = {
      ...shotDown,
      id: 'rival',
      claimantId: 'someone-else',
      count: 60,
      asStated: '60 shot down',
    };
    const findings = checkContested(shotDown, [rival]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      code: 'figure.contested',
      path: ['count'],
    });
    expect(findings[0].message).toContain('60 shot down');
  });

  it('reads ranges: 10 to 20 against 30 to 40 is a disagreement, the same range is not', () => {
    const range = (id: string, claimantId: string, low: number, high: number) => ({
      ...shotDown,
      id,
      claimantId,
      count: null,
      qualifier: 'range' as const,
      low,
      high,
    });
    const ours = range('ours', 'air-force', 10, 20);
    expect(codes(checkContested(ours, [range('theirs', 'ministry', 30, 40)]))).toEqual([
      'figure.contested',
    ]);
    expect(checkContested(ours, [range('same', 'ministry', 10, 20)])).toEqual([]);
    expect(anyContested([ours, range('theirs', 'ministry', 30, 40)])).toBe(true);
    expect(anyContested([ours, range('same', 'ministry', 10, 20)])).toBe(false);
  });

  it('does not confuse drones intercepted over Russia with drones intercepted over Ukraine', () => {
    const russianClaim = { ...shotDown, id: 'ru', claimantId: 'ru-mod', count: 7, country: 'RU' };
    expect(checkContested(shotDown, [russianClaim])).toEqual([]);
  });

  it('does not flag one claimant giving two numbers', () => {
    expect(checkContested(shotDown, [{ ...shotDown, id: 'again', count: 90 }])).toEqual([]);
  });
});

describe('checkFigure', () => {
  it('accepts every reference-story figure on its own', () => {
    for (const figure of [
      launched,
      shotDown,
      jammed,
      { ...wounded, qualifier: 'exact' as const },
    ]) {
      expect(checkFigure(figure)).toEqual([]);
    }
  });

  it('names every missing field', () => {
    const findings = checkFigure({ count: 3, qualifier: 'exact' });
    expect(findings.map((finding) => finding.path[0]).sort()).toEqual([
      'asStated',
      'category',
      'subject',
    ]);
  });

  it('refuses an exact figure with a different low or high', () => {
    expect(codes(checkFigure({ ...launched, low: 250 }))).toEqual(['figure.exact_with_bounds']);
  });

  it('refuses dates in the wrong order', () => {
    const findings = checkFigure({
      ...launched,
      occurredFrom: '2025-05-18',
      occurredTo: '2025-05-17',
    });
    expect(codes(findings)).toEqual(['figure.dates_reversed']);
  });
});

describe('the contested rule over a whole set', () => {
  const figure = (id: number, claimantId: string | null, count: number, subject = 'drones') => ({
    id: `f${id}`,
    category: 'launched' as const,
    subject,
    country: 'UA',
    occurredFrom: '2025-05-18',
    claimantId,
    count,
  });

  it('agrees with the rule figure by figure', () => {
    const sets = [
      [figure(1, 'air-force', 273), figure(2, 'air-force', 273)],
      [figure(1, 'air-force', 273), figure(2, 'putin', 100)],
      [figure(1, 'air-force', 273), figure(2, 'putin', 273)],
      [figure(1, 'air-force', 273), figure(2, 'putin', 100, 'missiles')],
      [figure(1, null, 273), figure(2, 'putin', 100)],
      [figure(1, 'a', 5), figure(2, 'a', 6), figure(3, 'b', 5)],
      [figure(1, 'a', 5), figure(2, 'b', 5), figure(3, 'c', 7, 'Drones ')],
    ];
    for (const set of sets) {
      const oneByOne = set.some((one) => checkContested(one, set).length > 0);
      expect(anyContested(set)).toBe(oneByOne);
    }
    expect(sets.map(anyContested)).toEqual([false, true, false, false, false, true, true]);
  });
});
