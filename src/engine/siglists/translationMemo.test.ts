import { describe, expect, it } from 'vitest';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import type { TranslatedRegex } from './translatePythonRegex.ts';
import { compileSiglists } from './compileSiglists.ts';
import { siglistTexts } from './siglistTestKit.ts';
import type { TranslationMemo } from './translationMemo.ts';

function recordingMemo(): TranslationMemo & { readonly kept: Map<string, TranslatedRegex> } {
  const kept = new Map<string, TranslatedRegex>();
  return { kept, get: (key) => kept.get(key), set: (key, translated) => void kept.set(key, translated) };
}

const FRAMES = ['memcpy', 'nsFoo::Bar', 'mozilla::ipc::MessageChannel::Send', 'RtlpFreeHeap', 'js::gc::GCRuntime::collect', 'KiFastSystemCallRet'];

describe('compileSiglists with a translation memo', () => {
  it('keeps the regex lines of the stock lists (not plain names) and compiles the same lists from them', () => {
    const stock = loadStockSiglists();
    const memo = recordingMemo();
    const recorded = compileSiglists(stock, { translations: memo });
    expect(memo.kept.size).toBeGreaterThan(20);
    expect([...memo.kept.keys()].every((key) => !/\t[A-Za-z0-9_:]+$/.test(key))).toBe(true);

    const replayed = compileSiglists(stock, { translations: { get: (key) => memo.kept.get(key) } });
    const plain = compileSiglists(stock);
    for (const lists of [recorded, replayed]) {
      expect(lists.errors).toEqual(plain.errors);
      for (const list of ['irrelevant', 'prefix', 'lineNumbers'] as const) {
        expect(lists[list].entries).toEqual(plain[list].entries);
        expect(FRAMES.map((frame) => lists[list].match(frame))).toEqual(FRAMES.map((frame) => plain[list].match(frame)));
      }
    }
  });

  it('uses what the memo holds instead of translating again', () => {
    const texts = siglistTexts({ 'prefix_signature_re.txt': 'ns.*Bar' });
    const memo = recordingMemo();
    compileSiglists(texts, { translations: memo });
    const [key] = [...memo.kept.keys()].filter((k) => k.endsWith('ns.*Bar'));
    // A memo that says this line means something else shows it was used.
    const lists = compileSiglists(texts, { translations: { get: (k) => (k === key ? { source: 'memcpy', groupCount: 0, jsGroupCount: 0, names: [] } : undefined) } });
    expect(lists.prefix.match('memcpy')?.line).toBe(1);
    expect(lists.prefix.match('nsFooBar')).toBeNull();
  });

  it('still reports a bad line, which the memo never holds', () => {
    const memo = recordingMemo();
    const lists = compileSiglists(siglistTexts({ 'irrelevant_signature_re.txt': 'fine.*\n(unclosed' }), { translations: memo });
    expect(lists.errors.map((error) => error.line)).toEqual([2]);
    expect([...memo.kept.keys()].some((key) => key.endsWith('(unclosed'))).toBe(false);
  });
});
