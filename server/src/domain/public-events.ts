import type { TrackedType } from './tracked-changes';

/**
 * The plugin's webhook events, as Strapi's webhook store lists them (key → event name). A front
 * end that renders pages ahead of time subscribes to them to know which pages to rebuild.
 */
export const PUBLIC_EVENTS = {
  FACT_DESK_VERDICT_UPDATE: 'fact-desk.verdict.update',
  FACT_DESK_CORRECTION_PUBLISH: 'fact-desk.correction.publish',
  FACT_DESK_FIGURE_WITHDRAW: 'fact-desk.figure.withdraw',
  /** Anything readers are served changed: a publication, an unpublication, a public record edited. */
  FACT_DESK_PUBLIC_UPDATE: 'fact-desk.public.update',
} as const;

export type PublicEvent = (typeof PUBLIC_EVENTS)[keyof typeof PUBLIC_EVENTS];

/** A figure or quote, before or after a write, as far as readers are concerned. */
export interface ServedState {
  /** Served to readers: in a published article, not waiting for its next publication. */
  public: boolean;
  articleId: string | null;
}

/**
 * What a write to a figure or quote changes for readers: a verdict they see, a correction they
 * are shown, a figure they were served and no longer are. Nothing for a record no reader is served.
 */
export function publicEventsOf(
  type: TrackedType,
  before: ServedState,
  after: ServedState | null,
  changedFields: readonly string[],
  correctionsPublished: boolean
): PublicEvent[] {
  const events: PublicEvent[] = [];
  if (after?.public && changedFields.includes('verificationStatus')) {
    events.push(PUBLIC_EVENTS.FACT_DESK_VERDICT_UPDATE);
  }
  if (correctionsPublished) events.push(PUBLIC_EVENTS.FACT_DESK_CORRECTION_PUBLISH);
  const withdrawn = before.public && (after === null || !after.public);
  if (type === 'casualty-figure' && withdrawn) events.push(PUBLIC_EVENTS.FACT_DESK_FIGURE_WITHDRAW);
  return events;
}
