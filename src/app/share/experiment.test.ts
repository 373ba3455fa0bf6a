import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { EMPTY_SIGLIST_TEXTS } from '../../engine/siglists/compileSiglists.ts';
import { createExperiment, decodeExperimentLink, encodeExperimentLink } from './experiment.ts';

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
  ])('rejects %s', (link, message) => {
    expect(decodeExperimentLink(link, stock)).toEqual({ ok: false, message });
  });

  it('records the commits the lists came from', () => {
    const lists = { stock: { repo: 'mozilla-services/socorro', sha: 'a'.repeat(40) }, edited: { repo: 'someone/socorro', sha: 'b'.repeat(40) }, pr: 7301 };
    const decoded = decodeExperimentLink(encodeExperimentLink(createExperiment(stock, edited, [], false, null, lists)), stock);
    expect(decoded).toMatchObject({ ok: true, experiment: { lists } });
  });

  it('holds nothing but the experiment (no token, no settings)', () => {
    expect(Object.keys(createExperiment(stock, edited, [], false, null)).sort()).toEqual(['changedOnly', 'crashIds', 'patches', 'selected', 'version']);
  });
});
