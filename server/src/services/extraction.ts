import path from 'path';
import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { Piscina } from 'piscina';
import type { RecordedFigure } from '../domain/extraction/copy-check';
import type {
  Extraction,
  CopyMismatch,
  ExtractedFigure,
} from '../../../shared/contracts/extraction';
import { pluginConfig } from '../utils/plugin-config';

/** The worker bundle, built beside the server bundle (`dist/server` → `dist/extraction-worker`). */
const WORKER_FILE = path.resolve(__dirname, '..', 'extraction-worker', 'index.js');

const RETRY_AFTER_SECONDS = 5;

const busyError = (message: string) =>
  createError(503, message, { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });

/**
 * Reads texts off the server's thread, in a small pool of worker threads: a long text keeps a
 * worker busy, never the thread that answers requests. Texts beyond what the pool can hold or read
 * in time get a 503 with Retry-After instead of a queue that grows without end.
 */
export const createExtraction = ({ strapi }: { strapi: Core.Strapi }) => {
  let pool: Piscina | null = null;
  let pending = 0;

  const run = async <Result>(name: string, task: unknown): Promise<Result> => {
    const { threads, queue, timeoutMs } = pluginConfig(strapi, 'extraction');
    if (pending >= threads + queue) {
      throw busyError('Fact Desk is reading other texts just now. Try again in a few seconds.');
    }
    pool ??= new Piscina({
      filename: WORKER_FILE,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 60_000,
    });
    pending += 1;
    try {
      return (await pool.run(task, { name, signal: AbortSignal.timeout(timeoutMs) })) as Result;
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') {
        throw busyError(
          `Reading this text took longer than ${timeoutMs / 1000} s. Try again, or send a shorter part of it.`
        );
      }
      throw error;
    } finally {
      pending -= 1;
    }
  };

  return {
    /** The figures and officials of a text, read on a worker thread. */
    extract: (text: string) => run<Extraction>('extract', text),

    /** The copy check of an article's text against its figure records, on a worker thread. */
    checkCopy: (text: string, figures: RecordedFigure[]) =>
      run<{ uncovered: ExtractedFigure[]; mismatched: CopyMismatch[] }>('checkCopy', {
        text,
        figures,
      }),

    async destroy() {
      const closing = pool;
      pool = null;
      await closing?.destroy();
    },
  };
};
