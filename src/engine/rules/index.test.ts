import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULESET } from './index.ts';
import { RULE_DESCRIPTIONS } from './ruleDescriptions.ts';

const ruleFiles = readdirSync(dirname(fileURLToPath(import.meta.url)))
  .filter((file) => /^[A-Z]\w+\.ts$/.test(file) && file !== 'Rule.ts')
  .map((file) => file.replace(/\.ts$/, ''));

describe('DEFAULT_RULESET', () => {
  it('registers every rule file, in upstream order, with the cleanup rules last', () => {
    expect([...DEFAULT_RULESET.map((rule) => rule.name)].sort()).toEqual([...ruleFiles].sort());
    expect(DEFAULT_RULESET.map((rule) => rule.name)).toEqual([
      'SignatureGenerationRule',
      'StackwalkerErrorSignatureRule',
      'BadHardware',
      'OOMSignature',
      'AbortSignature',
      'SignatureShutdownTimeout',
      'SignatureRunWatchDog',
      'SignatureIPCChannelError',
      'SignatureIPCMessageName',
      'StackOverflowSignature',
      'HungProcess',
      'SigPrintableCharsOnly',
      'SigFixWhitespace',
      'SigTruncate',
    ]);
  });

  it('has a plain-words description for every rule', () => {
    expect(RULE_DESCRIPTIONS.map((d) => d.name)).toEqual(DEFAULT_RULESET.map((rule) => rule.name));
  });
});
