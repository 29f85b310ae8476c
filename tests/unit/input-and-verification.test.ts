import {
  checkOfficial,
  checkQuote,
  checkTenure,
  checkVerification,
  distinctPublishers,
  evidenceLinkProblems,
  figureInputSchema,
  officialInputSchema,
  parsePartialInput,
  quoteInputSchema,
} from '../../server/src/domain';

const parseFigure = (data: Record<string, unknown>) => parsePartialInput(figureInputSchema, data);

describe('reading figure input', () => {
  it('reads numbers and digit-only strings', () => {
    expect(parseFigure({ count: 273 }).values).toEqual({ count: 273 });
    expect(parseFigure({ count: '1000' }).values).toEqual({ count: 1000 });
    expect(parseFigure({ count: null }).values).toEqual({ count: null });
  });

  it.each([
    ['12abc'],
    [' 12'],
    ['1e3'],
    ['-4'],
    [-4],
    [1.5],
    [Number.NaN],
    [Infinity],
    [2 ** 31],
    [true],
    [{}],
  ])('refuses the count %p at its path', (count) => {
    const { findings } = parseFigure({ count });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', path: ['count'] });
  });

  it('ignores fields it does not know, leaving them to Strapi', () => {
    expect(parseFigure({ article: 'abc', count: 3 })).toEqual({
      values: { count: 3 },
      findings: [],
    });
  });

  it('points into the evidence list', () => {
    const { findings } = parseFigure({
      evidence: [{ url: 'https://example.org/a' }, { url: 'javascript:alert(1)' }],
    });
    expect(findings.map((finding) => finding.path)).toEqual([['evidence', '1', 'url']]);
    expect(findings[0].message).toContain('http or https');
  });

  it('keeps script tags as text', () => {
    const asStated = '<script>alert(1)</script> five killed';
    expect(parseFigure({ asStated }).values).toEqual({ asStated });
  });
});

describe('verification', () => {
  const source = (url: string, publisher?: string) => ({ url, publisher });

  it('needs a source to be verified', () => {
    expect(checkVerification({ verificationStatus: 'verified', evidence: [] })[0].path).toEqual([
      'evidence',
    ]);
    expect(
      checkVerification({ verificationStatus: 'verified', evidence: [source('https://a.org/x')] })
    ).toEqual([]);
  });

  it('needs two publishers to be corroborated', () => {
    const samePublisher = [source('https://a.org/1'), source('https://a.org/2')];
    expect(
      checkVerification({ verificationStatus: 'corroborated', evidence: samePublisher })
    ).toHaveLength(1);
    const two = [source('https://a.org/1'), source('https://b.org/2')];
    expect(checkVerification({ verificationStatus: 'corroborated', evidence: two })).toEqual([]);
  });

  it('counts publishers by name before host', () => {
    expect(
      distinctPublishers([
        source('https://a.org/1', 'Reuters'),
        source('https://b.org/2', 'reuters '),
      ])
    ).toBe(1);
  });

  it.each(['disputed', 'incorrect'] as const)(
    'needs a checker note to be %s',
    (verificationStatus) => {
      expect(checkVerification({ verificationStatus, checkerNote: ' ' })[0].path).toEqual([
        'checkerNote',
      ]);
      expect(
        checkVerification({ verificationStatus, checkerNote: 'The ministry retracted it.' })
      ).toEqual([]);
    }
  );
});

describe('officials and quotes', () => {
  it.each(['Q0', 'q7747', 'Q77x', '7747', 'Q'])('refuses the Wikidata id %s', (wikidataId) => {
    expect(parsePartialInput(officialInputSchema, { wikidataId }).findings[0].path).toEqual([
      'wikidataId',
    ]);
  });

  it('accepts Q7747', () => {
    expect(parsePartialInput(officialInputSchema, { wikidataId: 'Q7747' }).findings).toEqual([]);
  });

  it('refuses a tenure that ends before it starts', () => {
    const findings = checkOfficial({ name: 'A', roleStart: '2024-01-01', roleEnd: '2023-01-01' });
    expect(findings.map((finding) => finding.code)).toEqual(['official.tenure_reversed']);
  });

  it('warns when a quote was said outside the tenure', () => {
    const speaker = { name: 'Mykola Kalashnyk', roleStart: '2024-01-01', roleEnd: null };
    const [finding] = checkTenure({ saidAt: '2023-06-01' }, speaker);
    expect(finding).toMatchObject({
      severity: 'warning',
      code: 'quote.outside_tenure',
      path: ['saidAt'],
    });
    expect(checkTenure({ saidAt: '2025-05-18' }, speaker)).toEqual([]);
  });

  it('needs the language of a translation', () => {
    const findings = checkQuote({ text: 'Слова', language: 'uk', translation: 'Words' }, null);
    expect(findings.map((finding) => finding.path)).toEqual([['translationLanguage']]);
  });

  it('refuses an unknown quote kind', () => {
    expect(parsePartialInput(quoteInputSchema, { kind: 'rumour' }).findings[0].path).toEqual([
      'kind',
    ]);
  });
});

describe('checking one source link as it is typed', () => {
  it('names the field at fault with a message a person can act on', () => {
    expect(evidenceLinkProblems({ url: 'budanov said so' })).toEqual([
      { field: 'url', message: 'Give a full http or https address that readers can follow.' },
    ]);
    expect(evidenceLinkProblems({ url: 'https://example.org', accessedAt: '18 May' })).toEqual([
      { field: 'accessedAt', message: 'Use a date like 2025-05-18.' },
    ]);
    expect(evidenceLinkProblems({})).toEqual([{ field: 'url', message: expect.any(String) }]);
  });

  it('accepts a complete link', () => {
    expect(
      evidenceLinkProblems({
        url: 'https://example.org/report',
        archiveUrl: 'https://web.archive.org/web/2025/https://example.org/report',
        publisher: 'Example',
        accessedAt: '2025-05-18',
        note: 'Air Force statement',
      })
    ).toEqual([]);
  });
});
