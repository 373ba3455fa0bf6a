// Signing thousands of crashes takes longer than a frame, so the engine runs
// here, off the main thread, and typing in the editors never stalls. Keep
// this chunk free of app code: it imports the engine and comlink only.
import { expose } from 'comlink';
import { createEngineApi } from './engineApi.ts';

expose(createEngineApi());
