// Signing thousands of crashes takes longer than a frame, so the engine runs
// here, off the main thread, and owns the crash set: files are parsed and
// stored here too, and typing in the editors never stalls. Keep this chunk
// free of app code: it imports the engine, comlink and idb-keyval only.
import { expose } from 'comlink';
import { createEngineApi } from './engineApi.ts';
import { createIndexedDbCrashSet } from './persistCrashSet.ts';
import { parseInWorker } from './crashRangeParser.ts';

// A big file's second half is parsed by a worker of this worker: both cores read it.
const rangeParser = parseInWorker(() => new Worker(new URL('./crashRange.worker.ts', import.meta.url), { type: 'module' }));
expose(createEngineApi({ persistence: createIndexedDbCrashSet(), read: { rangeParser } }));
