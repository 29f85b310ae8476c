/**
 * The extraction's worker thread: reading a long text takes a core for a while, and the server's
 * own thread must keep answering meanwhile. Built as its own bundle (`package.json` exports
 * `./extraction-worker`) and run by the `extraction` service's pool.
 */
import { extractFacts } from '../domain/extraction';
import { checkCopyAgainstRecords, type RecordedFigure } from '../domain/extraction/copy-check';

export const extract = (text: string) => extractFacts(text);

export const checkCopy = ({ text, figures }: { text: string; figures: RecordedFigure[] }) =>
  checkCopyAgainstRecords(text, figures);
