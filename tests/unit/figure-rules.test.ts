import { checkFigureAmount, checkPartsWithinWhole } from '../../server/src/domain';

const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

describe('checkFigureAmount', () => {
  it('accepts the reference story figures', () => {
    expect(checkFigureAmount({ count: 273, qualifier: 'exact' })).toEqual([]);
    expect(checkFigureAmount({ count: 1000, qualifier: 'exact' })).toEqual([]);
  });

  it('accepts a range with bounds and a vague amount without a count', () => {
    expect(checkFigureAmount({ low: 10, high: 20, qualifier: 'range' })).toEqual([]);
    expect(checkFigureAmount({ qualifier: 'vague' })).toEqual([]);
  });

  it.each([
    [{ count: -1 }, 'figure.negative', ['count']],
    [{ count: 1.5 }, 'figure.not_integer', ['count']],
    [{ count: Number.NaN }, 'figure.not_integer', ['count']],
    [{ count: 2 ** 31 }, 'figure.too_large', ['count']],
    [{ count: 5, low: 10, high: 20 }, 'figure.count_below_low', ['count']],
    [{ count: 25, low: 10, high: 20 }, 'figure.count_above_high', ['count']],
    [{ low: 30, high: 20, qualifier: 'range' as const }, 'figure.low_above_high', ['low']],
    [{ low: 30, qualifier: 'range' as const }, 'figure.range_needs_bounds', ['qualifier']],
    [{ qualifier: 'at_least' as const }, 'figure.count_required', ['count']],
  ])('refuses %j with %s', (amount, code, path) => {
    const findings = checkFigureAmount(amount);
    expect(codes(findings)).toContain(code);
    const finding = findings.find((f) => f.code === code)!;
    expect(finding.severity).toBe('error');
    expect(finding.path).toEqual(path);
    expect(finding.message.length).toBeGreaterThan(10);
  });
});

describe('checkPartsWithinWhole', () => {
  it('lets 88 shot down and 128 jammed stand within 273 launched', () => {
    expect(checkPartsWithinWhole({ count: 273 }, [{ count: 88 }, { count: 128 }])).toEqual([]);
  });

  it('lets one child stand among three wounded', () => {
    expect(checkPartsWithinWhole({ count: 3 }, [{ count: 1 }])).toEqual([]);
  });

  it('refuses parts that add up to more than the whole', () => {
    const findings = checkPartsWithinWhole({ count: 273 }, [{ count: 188 }, { count: 128 }]);
    expect(codes(findings)).toEqual(['figure.parts_exceed_whole']);
    expect(findings[0].message).toContain('316');
  });

  it('has nothing to compare when the whole has no count', () => {
    expect(checkPartsWithinWhole({ qualifier: 'vague' }, [{ count: 5 }])).toEqual([]);
  });
});
