import { describe, expect, it } from 'vitest';
import { readCarriedSearches, readSharedView } from './sharedView.ts';

describe('readSharedView', () => {
  it('reads a view and refuses malformed or mixed scopes', () => {
    const view = { results: 'crashes', kind: 'split', text: 'moz', driftOnly: true, pair: { stock: 'a', edited: 'b' } };
    expect(readSharedView(view)).toEqual(view);
    expect(readSharedView(undefined)).toBeUndefined();
    expect(readSharedView({ ...view, results: 'bucket' })).toBeNull();
    expect(readSharedView({ ...view, kind: 'everything' })).toBeNull();
    expect(readSharedView({ ...view, text: 'x'.repeat(2_000) })).toBeNull();
    expect(readSharedView({ ...view, line: { file: 'prefix_signature_re.txt', line: 3 } })).toBeNull();
    const { pair: _pair, ...noPair } = view;
    expect(readSharedView({ ...noPair, line: { file: 'prefix_signature_re.txt', line: 3 } })).toEqual({ ...noPair, line: { file: 'prefix_signature_re.txt', line: 3 } });
    expect(readSharedView({ ...noPair, line: { file: '../etc/passwd', line: 3 } })).toBeNull();
    expect(readSharedView({ ...noPair, line: { file: 'prefix_signature_re.txt', line: 0 } })).toBeNull();
  });
});

describe('readCarriedSearches', () => {
  it('reads searches with their filters only, and refuses anything else', () => {
    const search = { params: 'product=Firefox&signature=~shutdownhang&_sort=-date', wanted: 3000 };
    expect(readCarriedSearches([search, { ...search, trustShutdownHang: true }])).toEqual([search, { ...search, trustShutdownHang: true }]);
    expect(readCarriedSearches([{ ...search, params: 'product=Firefox&_columns=uuid' }])).toBeNull();
    expect(readCarriedSearches([{ ...search, wanted: 0 }])).toBeNull();
    expect(readCarriedSearches([{ ...search, wanted: 1.5 }])).toBeNull();
    expect(readCarriedSearches([{ ...search, trustShutdownHang: 'yes' }])).toBeNull();
    expect(readCarriedSearches(Array(21).fill(search))).toBeNull();
    expect(readCarriedSearches('product=Firefox')).toBeNull();
  });
});
