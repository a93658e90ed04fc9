/**
 * `ias-kit indicators` over several threads. An NDJSON file is cut into byte ranges at line starts;
 * the main thread reads the first range while worker threads (`worker.mjs`, built from `worker.ts`
 * beside `cli.mjs`, without Ajv) read the others, each into its own accumulator. The parts are merged in file order
 * with the line offsets of the ranges before them, so the report, the rejected records and their
 * line numbers are exactly those of one pass over the file. A part that reuses an id of an earlier
 * part (a duplicate, rare) is computed again on the main thread with the earlier ids as `seenIds`,
 * so the first record keeps the id, as in one pass.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { IasError } from '@ias-kit/core';
import {
  createIndicatorAccumulator,
  type IndicatorAccumulator,
  type IndicatorOptions,
  type IndicatorPartial,
} from './core.js';
import { readNdjsonRange, splitLines, type ByteRange, type Item, type Position } from './read.js';

/** A record that could not be read: where it is and why. */
export interface Unreadable {
  position: Position;
  message: string;
}

const WORKER_KIND = 'ias-kit-indicators-part';

interface Job {
  kind: typeof WORKER_KIND;
  file: string;
  range: ByteRange;
  options: IndicatorOptions;
}

interface PartResult {
  partial: IndicatorPartial;
  lines: number;
  unreadable: Unreadable[];
}

const numberOf = (p: Item['position']) => ('line' in p ? p.line : p.index);

/**
 * Adds every record of `batches` to `acc` (its line or index as the record's index) and collects
 * the unreadable ones; returns the generator's result (the lines read, for NDJSON).
 */
export async function feed<R>(
  batches: AsyncGenerator<Item[], R>,
  acc: IndicatorAccumulator,
  unreadable: Unreadable[],
): Promise<R> {
  for (;;) {
    const next = await batches.next();
    if (next.done) return next.value;
    for (const item of next.value) {
      if (item.ok) acc.add(item.record, numberOf(item.position));
      else unreadable.push({ position: item.position, message: item.message });
    }
  }
}

async function computePart(file: string, range: ByteRange, options: IndicatorOptions) {
  const acc = createIndicatorAccumulator(options);
  const unreadable: Unreadable[] = [];
  const lines = await feed(readNdjsonRange(file, range), acc, unreadable);
  return { acc, lines, unreadable };
}

/** Runs in a worker thread started by `accumulateInParallel`; does nothing elsewhere. */
export function runWorkerPart(): void {
  const job = workerData as Job | undefined;
  if (isMainThread || job?.kind !== WORKER_KIND) return;
  void computePart(job.file, job.range, job.options).then(({ acc, lines, unreadable }) => {
    const result: PartResult = { partial: acc.partial(), lines, unreadable };
    parentPort!.postMessage(result);
  });
}

function inWorker(script: URL, job: Job): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    let done = false;
    worker.once('message', (result: PartResult) => {
      done = true;
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`a worker thread stopped (exit code ${code})`));
    });
  });
}

/** The worker script, built beside the bundle of this module (see `bin/ias-kit.mjs`). */
const WORKER_SCRIPT = new URL('./worker.mjs', import.meta.url);

/** Computes the indicators of the NDJSON `file` (`size` bytes) in up to `threads` parts at once. */
export async function accumulateInParallel(
  file: string,
  size: number,
  options: IndicatorOptions,
  threads: number,
): Promise<{ acc: IndicatorAccumulator; unreadable: Unreadable[] }> {
  const ranges = splitLines(file, size, threads);
  const later = ranges.slice(1).map((range) =>
    // A worker that cannot start (or fails) leaves its part to the main thread, which reports a
    // real read error itself.
    inWorker(WORKER_SCRIPT, { kind: WORKER_KIND, file, range, options }).catch(async () => {
      const part = await computePart(file, range, options);
      return { partial: part.acc.partial(), lines: part.lines, unreadable: part.unreadable };
    }),
  );
  const first = await computePart(file, ranges[0] ?? { start: 0, end: size }, options);
  const { acc } = first;
  const unreadable = first.unreadable;
  let offset = first.lines;
  for (const [k, pending] of later.entries()) {
    let part = await pending;
    try {
      acc.merge(part.partial, offset);
    } catch (error) {
      if (!(error instanceof IasError) || error.code !== 'record.duplicate') throw error;
      const again = await computePart(file, ranges[k + 1]!, { ...options, seenIds: acc.partial().ids });
      part = { partial: again.acc.partial(), lines: again.lines, unreadable: again.unreadable };
      acc.merge(part.partial, offset);
    }
    for (const u of part.unreadable)
      unreadable.push({ position: { line: numberOf(u.position) + offset }, message: u.message });
    offset += part.lines;
  }
  return { acc, unreadable };
}
