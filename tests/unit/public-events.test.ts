import { PUBLIC_EVENTS, publicEventsOf } from '../../server/src/domain/public-events';

const served = { public: true, articleId: 'a1' };
const unserved = { public: false, articleId: 'a1' };
const { FACT_DESK_VERDICT_UPDATE, FACT_DESK_CORRECTION_PUBLISH, FACT_DESK_FIGURE_WITHDRAW } =
  PUBLIC_EVENTS;

describe('what a change to a figure or quote tells front ends', () => {
  it('a verdict readers see', () => {
    expect(publicEventsOf('quote', served, served, ['verificationStatus'], false)).toEqual([
      FACT_DESK_VERDICT_UPDATE,
    ]);
  });

  it('a correction, with the verdict when both changed', () => {
    expect(
      publicEventsOf('casualty-figure', served, served, ['count', 'verificationStatus'], true)
    ).toEqual([FACT_DESK_VERDICT_UPDATE, FACT_DESK_CORRECTION_PUBLISH]);
  });

  it('a figure readers were served and no longer are: deleted or taken out of its article', () => {
    expect(publicEventsOf('casualty-figure', served, null, [], true)).toEqual([
      FACT_DESK_CORRECTION_PUBLISH,
      FACT_DESK_FIGURE_WITHDRAW,
    ]);
    expect(publicEventsOf('casualty-figure', served, unserved, ['article'], true)).toContain(
      FACT_DESK_FIGURE_WITHDRAW
    );
    expect(publicEventsOf('quote', served, null, [], true)).not.toContain(
      FACT_DESK_FIGURE_WITHDRAW
    );
  });

  it('nothing for records no reader is served, or changes readers do not see', () => {
    expect(
      publicEventsOf('casualty-figure', unserved, unserved, ['verificationStatus'], false)
    ).toEqual([]);
    expect(publicEventsOf('casualty-figure', unserved, null, [], false)).toEqual([]);
    expect(publicEventsOf('casualty-figure', served, served, ['checkerNote'], false)).toEqual([]);
  });
});
