import type * as Monaco from 'monaco-editor/editor/editor.api';

export const SIGLIST_LANGUAGE = 'siglist';

/** Highlighting for siglist files: `#` comments, and Python regex syntax on every other line. */
export function registerSiglistLanguage(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((language) => language.id === SIGLIST_LANGUAGE)) return;
  monaco.languages.register({ id: SIGLIST_LANGUAGE });
  monaco.languages.setLanguageConfiguration(SIGLIST_LANGUAGE, {
    comments: { lineComment: '#' },
    brackets: [
      ['(', ')'],
      ['[', ']'],
      ['{', '}'],
    ],
  });
  monaco.languages.setMonarchTokensProvider(SIGLIST_LANGUAGE, {
    tokenizer: {
      root: [
        [/^\s*#.*$/, 'comment'],
        [/\\[dDsSwWbBAZ]/, 'regexp.escape.class'],
        [/\\./, 'regexp.escape'],
        [/\[\^?/, { token: 'regexp.class', next: '@charClass' }],
        [/\(\?(?:P<\w+>|P=\w+\)|[:=!]|<[=!])/, 'regexp.group'],
        [/[()]/, 'regexp.group'],
        [/[*+?]\??|\{\d*,?\d*\}\??/, 'regexp.quantifier'],
        [/[\^$|]/, 'regexp.anchor'],
        [/\./, 'regexp.dot'],
      ],
      charClass: [
        [/\\./, 'regexp.escape'],
        [/\]/, { token: 'regexp.class', next: '@pop' }],
        [/[^\]\\]+/, 'regexp.class.body'],
      ],
    },
  });
  const rules = (dark: boolean): Monaco.editor.ITokenThemeRule[] => [
    { token: 'comment', foreground: dark ? '7f9f7f' : '6a737d', fontStyle: 'italic' },
    { token: 'regexp.escape', foreground: dark ? 'd7ba7d' : 'b35900' },
    { token: 'regexp.escape.class', foreground: dark ? 'c586c0' : '8250df' },
    { token: 'regexp.class', foreground: dark ? '4ec9b0' : '116329' },
    { token: 'regexp.class.body', foreground: dark ? '4ec9b0' : '116329' },
    { token: 'regexp.group', foreground: dark ? '569cd6' : '0550ae' },
    { token: 'regexp.quantifier', foreground: dark ? 'ce9178' : 'cf222e' },
    { token: 'regexp.anchor', foreground: dark ? 'ce9178' : 'cf222e', fontStyle: 'bold' },
    { token: 'regexp.dot', foreground: dark ? 'dcdcaa' : '953800' },
  ];
  monaco.editor.defineTheme('siglab-light', { base: 'vs', inherit: true, rules: rules(false), colors: {} });
  monaco.editor.defineTheme('siglab-dark', { base: 'vs-dark', inherit: true, rules: rules(true), colors: {} });
}
