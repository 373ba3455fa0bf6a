import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { formatReport, type ReportRow } from './formatReport.ts';

// marked (GFM, as GitHub renders comments) comes with monaco-editor; it shows what a paste turns into.
const render = (markdown: string) => marked.parse(markdown, { gfm: true, async: false });
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);

const ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeee260101';
const row = (overrides: Partial<ReportRow>): ReportRow => ({ crashId: ID, old: 'old', signature: 'new', notes: [], ...overrides });

describe('Markdown export', () => {
  it('keeps a backtick-laden abort message inside its code span', () => {
    const signature = 'Abort | foo`[click me](https://evil.example)`bar';
    const markdown = formatReport('markdown', [row({ signature })]);
    const html = render(markdown);
    expect(hrefs(html)).toEqual([`https://crash-stats.mozilla.org/report/index/${ID}`]);
    expect(html).toContain('<code>Abort | foo`[click me](https://evil.example)`bar</code>');
  });

  it('fences longer than any backtick run, and pads a leading or trailing backtick', () => {
    const html = render(formatReport('markdown', [row({ old: '``` [x](https://evil.example) ```', signature: '`a``' })]));
    expect(hrefs(html)).toHaveLength(1);
    expect(html).toContain('<code>``` [x](https://evil.example) ```</code>');
    expect(html).toContain('<code>`a``</code>');
  });

  it('links only ids that are crash ids; others cannot inject a link or a heading', () => {
    const crashId = 'x](https://evil.example)\n# Owned [y';
    const html = render(formatReport('markdown', [row({ crashId }), row({})]));
    expect(hrefs(html)).toEqual([`https://crash-stats.mozilla.org/report/index/${ID}`]);
    expect(html).not.toMatch(/<h\d/);
    expect(html).toContain('<code>x](https://evil.example) # Owned [y</code>');
  });

  it('keeps newlines, brackets and HTML in signatures and notes inert', () => {
    const notes = ['note <img src=x onerror=alert(1)>\n# heading', '[link](https://evil.example)'];
    const html = render(formatReport('markdown', [row({ signature: 'a\n\n<script>alert(1)</script>', notes })], true));
    expect(html).not.toMatch(/<(img|script|h\d)/);
    expect(hrefs(html)).toHaveLength(1);
  });
});

describe('CSV export', () => {
  it('makes cells that a spreadsheet would run as formulas literal', () => {
    const csv = formatReport('csv', [
      row({ crashId: '=HYPERLINK("https://evil.example","id")', old: '+cmd|calc', signature: '-2+3' }),
      row({ old: '@SUM(A1)', signature: '\t=1', notes: [] }),
      row({ old: '\r=1', signature: 'plain | sig' }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""https://evil.example"",""id"")","'+cmd|calc","'-2+3","False","[]"`);
    expect(lines[2]).toBe(`"${ID}","'@SUM(A1)","'\t=1","False","[]"`);
    expect(lines[3]).toBe(`"${ID}","'\r=1","plain | sig","False","[]"`);
  });
});
