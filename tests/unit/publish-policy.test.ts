import { decidePublication, type CheckedItem } from '../../server/src/domain';

const item = (verificationStatus: CheckedItem['verificationStatus'], label = 'x'): CheckedItem => ({
  kind: 'figure',
  label,
  verificationStatus,
});

describe('the publish policy', () => {
  it('lets a fully checked article through', () => {
    expect(
      decidePublication(
        [item('verified'), item('corroborated'), item('single_source')],
        'block',
        false
      )
    ).toEqual({
      allowed: true,
      blockers: [],
      message: null,
    });
  });

  it('blocks unverified and disputed items, naming them', () => {
    const verdict = decidePublication(
      [item('unverified', '273 drones'), item('disputed', 'one killed')],
      'block',
      false
    );
    expect(verdict.allowed).toBe(false);
    expect(verdict.blockers).toHaveLength(2);
    expect(verdict.message).toContain('figure "273 drones" (unverified)');
    expect(verdict.message).toContain('figure "one killed" (disputed)');
  });

  it('lets the bypass permission and the warn gate through, still listing the items', () => {
    expect(decidePublication([item('unverified')], 'block', true)).toMatchObject({
      allowed: true,
      blockers: [item('unverified')],
    });
    expect(decidePublication([item('unverified')], 'warn', false)).toMatchObject({ allowed: true });
  });

  it('always blocks an incorrect item, whatever the gate or permission', () => {
    for (const gate of ['block', 'warn'] as const) {
      expect(decidePublication([item('incorrect')], gate, true).allowed).toBe(false);
    }
  });

  it('checks nothing when the gate is off', () => {
    expect(decidePublication([item('incorrect')], 'off', false).allowed).toBe(true);
  });
});
