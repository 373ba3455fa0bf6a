import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../../engine/siglists/compileSiglists.ts';
import { createPatch } from 'diff';
import { craftLinkBomb } from './craftLinkBomb.testkit.ts';
import { decompressLinkPayload } from './decompressLinkPayload.ts';
import { createExperiment, decodeExperimentLink, encodeExperimentLink, MAX_EXPERIMENT_CHARS, readExperimentFile, recordedListsOf } from './experiment.ts';

const stock = { ...EMPTY_SIGLIST_TEXTS, 'irrelevant_signature_re.txt': '# list\na\nb\nc\nd\ne\n', 'prefix_signature_re.txt': 'p\n' };
const edited = { ...stock, 'irrelevant_signature_re.txt': '# list\na\nb\nX\nc\nd\ne\n(a+)+$\n' };
const ID = 'de1bb258-cbbf-4589-a673-34f800160918';

describe('experiment links', () => {
  it('round-trips edits, ids, filter and selection', () => {
    const link = encodeExperimentLink(createExperiment(stock, edited, [ID], true, ID));
    expect(link.startsWith('#x=')).toBe(true);
    const decoded = decodeExperimentLink(link, stock);
    expect(decoded).toMatchObject({ ok: true, edited, experiment: { crashIds: [ID], changedOnly: true, selected: ID } });
    expect(Object.keys(decoded.ok ? decoded.experiment.patches : {})).toEqual(['irrelevant_signature_re.txt']);
  });

  const encode = (value: unknown) => `#x=${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`;
  const valid = { version: 1, patches: {}, crashIds: [], changedOnly: false, selected: null };
  it.each([
    ['#y=abc', 'it is not a Siglab link.'],
    ['#x=%%%not-lz', 'it is damaged (it does not decompress).'],
    [encode({ ...valid, version: 2 }), 'it has schema version 2; this Siglab reads version 1.'],
    [encode({ ...valid, crashIds: ['nope'] }), 'its crash ids are malformed.'],
    [encode({ ...valid, patches: { '../../etc/passwd': '' } }), 'it edits an unknown file "../../etc/passwd".'],
    [encode({ ...valid, patches: { 'prefix_signature_re.txt': '@@ -1,1 +1,1 @@\n-zzz\n+y\n' } }), 'its edit of prefix_signature_re.txt does not apply to the stock lists this Siglab pins.'],
    [encode({ ...valid, changedOnly: 'yes' }), 'its view settings are malformed.'],
    [encode({ ...valid, lists: { stock: { repo: 'a/b', sha: 'not-a-sha' } } }), 'its record of where the lists came from is malformed.'],
    [encode([1, 2]), 'it is not an experiment.'],
    [encode({ ...valid, examples: 'yes' }), 'its examples flag is malformed.'],
    [encode({ ...valid, crashes: [{ id: 'a', crash: [1] }] }), 'its crash data is malformed (each crash needs an id and a crash object).'],
    [encode({ ...valid, selected: '<img src=x>' }), 'its view settings are malformed.'],
    [encode({ ...valid, token: 'secret' }), 'it has an unknown field "token".'],
    [
      encode({ ...valid, patches: { 'prefix_signature_re.txt': createPatch('a', 'p\n', 'q\n') + createPatch('b', 'p\n', 'q\n') } }),
      'its edit of prefix_signature_re.txt is not a valid patch (applyPatch only works with a single input.).',
    ],
    [encode({ ...valid, patches: { 'prefix_signature_re.txt': '@@ -1,1 +1,1 @@\n' } }), 'its edit of prefix_signature_re.txt is not a valid patch (Hunk at line 1 contained invalid line ).'],
  ])('rejects %s', (link, message) => {
    expect(decodeExperimentLink(link, stock)).toEqual({ ok: false, message });
  });

  it('records the commits the lists came from', () => {
    const lists = { stock: { repo: 'mozilla-services/socorro', sha: 'a'.repeat(40) }, edited: { repo: 'someone/socorro', sha: 'b'.repeat(40) }, pr: 7301 };
    const decoded = decodeExperimentLink(encodeExperimentLink(createExperiment(stock, edited, [], false, null, { lists })), stock);
    expect(decoded).toMatchObject({ ok: true, experiment: { lists } });
  });

  it('carries the results view and the fast-mode searches, so the recipient sees what the sender saw', () => {
    const view = { results: 'crashes', kind: 'merged', text: 'OOM', driftOnly: false, pair: { stock: 'a', edited: 'b' } } as const;
    const searches = [{ params: 'product=Firefox&signature=~shutdownhang', wanted: 3000, trustShutdownHang: true }];
    const decoded = decodeExperimentLink(encodeExperimentLink(createExperiment(stock, edited, [ID], false, null, { view, searches })), stock);
    expect(decoded).toMatchObject({ ok: true, experiment: { view, searches, crashIds: [ID] } });
    expect(decodeExperimentLink(encode({ ...valid, view: { results: 'x' } }), stock)).toEqual({ ok: false, message: 'its results view (tab and filters) is malformed.' });
    expect(decodeExperimentLink(encode({ ...valid, searches: [{ params: '_columns=uuid', wanted: 1 }] }), stock)).toEqual({ ok: false, message: 'its fast-mode searches are malformed.' });
  });

  it('tells which lists a link or file was made on before it is read against them', () => {
    const lists = { stock: { repo: 'mozilla-services/socorro', sha: 'a'.repeat(40) } };
    const experiment = createExperiment(stock, edited, [], false, null, { lists });
    expect(recordedListsOf({ link: encodeExperimentLink(experiment) })).toEqual(lists);
    expect(recordedListsOf({ file: JSON.stringify(experiment) })).toEqual(lists);
    expect(recordedListsOf({ link: encodeExperimentLink(createExperiment(stock, edited, [], false, null)) })).toBeUndefined();
    expect(recordedListsOf({ file: '{not json' })).toBeUndefined();
    expect(recordedListsOf({ link: '#x=%%%' })).toBeUndefined();
    expect(recordedListsOf({ file: JSON.stringify({ ...experiment, lists: { stock: { repo: 'x', sha: 'short' } } }) })).toBeUndefined();
  });

  it('holds nothing but the experiment (no token, no settings)', () => {
    expect(Object.keys(createExperiment(stock, edited, [], false, null)).sort()).toEqual(['changedOnly', 'crashIds', 'patches', 'selected', 'version']);
  });

  it('carries the examples flag, and crash data in experiment files', () => {
    const crash = { id: 'file:1', crash: { crashing_thread: 0, threads: [] }, origin: 'file' as const };
    const experiment = createExperiment(stock, stock, [ID], false, null, { examples: true, crashes: [crash] });
    const decoded = decodeExperimentLink(encodeExperimentLink(experiment), stock);
    expect(decoded).toMatchObject({ ok: true, experiment: { examples: true, crashes: [crash], crashIds: [ID] } });
  });

  it.each([30_000, 100_000])('refuses a decompression bomb of %i codes before building it', (codes) => {
    // 30,000 codes (a 70 KB link) expand to 450 million characters with lz-string's own decoder.
    expect(decodeExperimentLink(`#x=${craftLinkBomb(codes)}`, stock)).toEqual({ ok: false, message: 'it is too large (it expands past the limit).' });
  });

  it('still opens a large honest experiment', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `de1bb258-cbbf-4589-a673-${i.toString(16).padStart(6, '0')}160918`);
    const decoded = decodeExperimentLink(encodeExperimentLink(createExperiment(stock, edited, ids, false, null)), stock);
    expect(decoded.ok && decoded.experiment.crashIds.length).toBe(20_000);
  });
});

describe('the capped link decoder', () => {
  it('reads what lz-string writes, byte for byte', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    for (const alphabet of ['ab', '{"crashIds":[],é€😀\u0000 }', 'abcdefghijklmnop']) {
      for (let run = 0; run < 60; run++) {
        const text = Array.from({ length: random(3_000) }, () => alphabet[random(alphabet.length)]).join('');
        expect(decompressLinkPayload(LZString.compressToEncodedURIComponent(text), Infinity)).toEqual({ ok: true, text });
      }
    }
  });

  it('stops at the cap, and refuses cut or foreign input', () => {
    const text = 'x'.repeat(1_000);
    const encoded = LZString.compressToEncodedURIComponent(text);
    expect(decompressLinkPayload(encoded, 999)).toEqual({ ok: false, problem: 'too large' });
    expect(decompressLinkPayload(encoded, 1_000)).toEqual({ ok: true, text });
    expect(decompressLinkPayload(encoded.slice(0, -2), 1_000)).toEqual({ ok: false, problem: 'damaged' });
    expect(decompressLinkPayload('abc%', 1_000)).toEqual({ ok: false, problem: 'damaged' });
    expect(decompressLinkPayload(craftLinkBomb(30_000), MAX_EXPERIMENT_CHARS)).toEqual({ ok: false, problem: 'too large' });
  });
});

describe('experiment files', () => {
  it('says what is wrong: JSON of the wrong shape is not "invalid JSON"', () => {
    expect(readExperimentFile('{"hello": 1}', stock)).toEqual({ ok: false, message: 'it is not an experiment (it has no "version" field).' });
    expect(readExperimentFile('[]', stock)).toEqual({ ok: false, message: 'it is not an experiment.' });
    const refused = readExperimentFile('{nope', stock);
    expect(refused.ok === false && refused.message).toMatch(/^it is not valid JSON \(/);
  });

  it('reports a patch that jsdiff throws on instead of throwing', () => {
    const file = JSON.stringify({ version: 1, patches: { 'prefix_signature_re.txt': createPatch('a', 'p\n', 'q\n').repeat(2) }, crashIds: [], changedOnly: false, selected: null });
    expect(readExperimentFile(file, stock)).toEqual({ ok: false, message: 'its edit of prefix_signature_re.txt is not a valid patch (applyPatch only works with a single input.).' });
  });

  it('opens the file it wrote', () => {
    expect(readExperimentFile(JSON.stringify(createExperiment(stock, edited, [ID], false, ID)), stock)).toMatchObject({ ok: true, edited });
  });
});
