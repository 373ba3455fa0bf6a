// Runs in a worker_threads worker: signs crashes with the lists it was started
// with, so the main thread can stop it when a regex backtracks for ever.
import { parentPort, workerData } from 'node:worker_threads';
import { compileSiglists, createGenerator, signifyText, type CrashData, type SiglistTexts } from '../engine/index.ts';
import type { SigningReply, SigningRequest } from './signingProtocol.ts';

let generator = createGenerator(compileSiglists((workerData as { texts: SiglistTexts }).texts));

// Compiling the lists is not part of any crash's budget: the watchdog starts counting after this.
parentPort?.postMessage({ ready: true });

parentPort?.on('message', ({ id, crash, json, signify, texts, trace }: SigningRequest) => {
  let reply: SigningReply;
  try {
    // The watchdog's search signs one crash with many variants of the lists, in one worker while none hangs.
    if (texts) generator = createGenerator(compileSiglists(texts));
    if (json !== undefined && signify) {
      // Read here, not on the main thread: a service's main thread only moves text.
      const output = signifyText(json, generator, signify);
      reply = { id, signed: { output: JSON.stringify(output), failed: 'error' in output } };
    } else {
      reply = { id, result: generator.generate(crash as CrashData, { trace }) };
    }
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
