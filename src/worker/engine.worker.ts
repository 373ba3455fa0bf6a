// Signing thousands of crashes takes longer than a frame, so the engine runs
// here, off the main thread, and owns the crash set: files are parsed and
// stored here too, and typing in the editors never stalls. Keep this chunk
// free of app code: it imports the engine, comlink and idb-keyval only.
import { expose } from 'comlink';
import { createEngineApi } from './engineApi.ts';
import { createIndexedDbCrashSet } from './persistCrashSet.ts';

expose(createEngineApi({ persistence: createIndexedDbCrashSet() }));
