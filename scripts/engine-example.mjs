#!/usr/bin/env node
// Runnable example of Siglab's engine as a library: `node scripts/engine-example.mjs`.
// Outside this repository, install siglab and import from 'siglab/engine' the same way.
import { readFileSync } from 'node:fs';
import { compileSiglists, convertProcessedCrash, createGenerator, SIGLIST_FILES } from 'siglab/engine';

// 1. Siglists come in as text (here: the stock lists `npm install` put into public/siglists/).
const folder = new URL('../public/siglists/', import.meta.url);
const siglists = compileSiglists(Object.fromEntries(SIGLIST_FILES.map((file) => [file, readFileSync(new URL(file, folder), 'utf8')])));
for (const error of siglists.errors) console.error(`${error.file}:${error.line}: ${error.message}`);

// 2. One generator signs any number of crashes.
const generator = createGenerator(siglists);

// 3. A processed crash as Crash Stats' ProcessedCrash API returns it (trimmed), converted to crash data.
const processed = {
  uuid: 'de1bb258-cbbf-4589-a673-34f800160918',
  signature: 'old | signature',
  oom_allocation_size: 1048576,
  json_dump: {
    crash_info: { crashing_thread: 0, type: 'EXCEPTION_BREAKPOINT' },
    system_info: { os: 'Windows NT' },
    threads: [
      {
        frames: [
          { function: 'mozalloc_abort', module: 'mozglue.dll' },
          { function: 'mozalloc_handle_oom(unsigned __int64)', module: 'mozglue.dll' },
          { function: 'moz_xmalloc', module: 'mozglue.dll' },
          { function: 'nsTArray_Impl<T>::AppendElements(unsigned int)', module: 'xul.dll' },
        ],
      },
    ],
  },
};
const result = generator.generate(convertProcessedCrash(processed), { trace: true });

// 4. The result: signature, notes, proto_signature; with { trace: true } also why.
console.log(`signature:       ${result.signature}`);
console.log(`proto_signature: ${result.extra.proto_signature}`);
console.log(`notes:           ${JSON.stringify(result.notes)}`);
for (const rule of result.trace.filter((step) => step.fired && step.signatureBefore !== step.signatureAfter)) {
  console.log(`rule ${rule.rule}: "${rule.signatureBefore}" -> "${rule.signatureAfter}"`);
}
for (const frame of result.trace[0]?.frames ?? []) {
  const line = frame.match ? ` (${frame.match.file}:${frame.match.line})` : '';
  console.log(`frame ${frame.index} ${frame.normalized}: ${frame.decision}${line}`);
}
