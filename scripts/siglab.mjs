#!/usr/bin/env node
// Launcher for the `siglab` CLI: runs the TypeScript sources through tsx, so
// `npx siglab` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
