/** The script of the worker threads of `ias-kit indicators` (see `parallel.ts`): computes one part. */
import { runWorkerPart } from './parallel.js';

runWorkerPart();
