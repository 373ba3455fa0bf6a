import { describe, expect, it } from 'vitest';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { compileSiglists } from './compileSiglists.ts';
import { createSiglistCompiler } from './createSiglistCompiler.ts';

const stock = loadStockSiglists();
const frames = ['KiFastSystemCallRet', 'mozilla::dom::Foo::Bar', 'nsThread::ProcessNextEvent', 'RtlUserThreadStart', 'js::RunScript', 'my::NewPrefix'];

describe('createSiglistCompiler', () => {
  it('reuses the lists an edit did not touch, and compiles the edited one', () => {
    const compile = createSiglistCompiler();
    const first = compile(stock);
    const edited = compile({ ...stock, 'prefix_signature_re.txt': `${stock['prefix_signature_re.txt']}my::NewPrefix\n` });
    expect(edited.irrelevant).toBe(first.irrelevant);
    expect(edited.sentinels).toBe(first.sentinels);
    expect(edited.lineNumbers).toBe(first.lineNumbers);
    expect(edited.prefix).not.toBe(first.prefix);
    // Back to stock: the stock prefix list comes back from memory.
    expect(compile(stock).prefix).toBe(first.prefix);
  });

  it('matches and reports exactly as compileSiglists does', () => {
    const compile = createSiglistCompiler();
    const texts = { ...stock, 'irrelevant_signature_re.txt': `${stock['irrelevant_signature_re.txt']}bad(\n`, 'signature_sentinels.txt': `${stock['signature_sentinels.txt']}also[bad\n` };
    compile(stock);
    const reused = compile(texts);
    const fresh = compileSiglists(texts);
    expect(reused.errors).toEqual(fresh.errors);
    expect(reused.errors.length).toBe(2);
    for (const frame of frames) {
      expect(reused.irrelevant.match(frame)).toEqual(fresh.irrelevant.match(frame));
      expect(reused.prefix.match(frame)).toEqual(fresh.prefix.match(frame));
      expect(reused.sentinels.find(frame)).toEqual(fresh.sentinels.find(frame));
    }
  });
});
