import { DiffEditor, Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { SIGLIST_FILES, type SiglistError, type SiglistFile, type SiglistMatch, type SiglistTexts } from '../../engine/types.ts';
import type { LineUsage } from '../../worker/engineApi.ts';
import { monaco } from './monaco/setupMonaco.ts';
import { SIGLIST_LANGUAGE } from './monaco/siglistLanguage.ts';
import { usePrefersDark } from '../settings/usePrefersDark.ts';
import { UnusedLines } from './UnusedLines.tsx';
import { parseSiglistText } from '../../engine/siglists/parseSiglistText.ts';
import { registerEditorFocus } from './focusEditor.ts';
import { findDuplicateLines } from './findDuplicateLines.ts';
import { useTabInsertsTab } from './useTabInsertsTab.ts';
import { isBoolean, useSessionState } from '../layout/useSessionState.ts';

const isSiglistFile = (value: unknown): value is SiglistFile => (SIGLIST_FILES as readonly unknown[]).includes(value);

export interface JumpTarget {
  readonly file: SiglistFile;
  readonly line: number;
  /** Changes on every click, so jumping to the same line twice still scrolls. */
  readonly nonce: number;
}

interface Props {
  readonly stock: SiglistTexts;
  readonly edited: SiglistTexts;
  readonly errors: readonly SiglistError[];
  readonly usage: readonly LineUsage[];
  readonly jumpTo: JumpTarget | null;
  readonly crashCount: number;
  /** Bumped when the texts change from outside the editors (Reset all, an opened link or file). */
  readonly revision: number;
  onJump(match: SiglistMatch): void;
  onChange(file: SiglistFile, text: string): void;
  onReset(file: SiglistFile): void;
  /** Filters the crash table to the crashes this line decided a frame of. */
  onShowLineCrashes(file: SiglistFile, line: number): void;
}

const modelPath = (file: SiglistFile) => `siglists/${file}`;

/**
 * Monaco draws text after a line only through a CSS class, so each distinct
 * "frames · crashes" count gets a generated class whose ::after shows it.
 */
const usageClasses = new Map<string, string>();
function usageClass(frames: number, crashes: number): string {
  const label = `${frames} frame${frames === 1 ? '' : 's'} · ${crashes} crash${crashes === 1 ? '' : 'es'}`;
  let name = usageClasses.get(label);
  if (!name) {
    name = `siglab-usage-${usageClasses.size}`;
    usageClasses.set(label, name);
    let sheet = document.getElementById('siglab-usage-styles') as HTMLStyleElement | null;
    if (!sheet) {
      sheet = document.createElement('style');
      sheet.id = 'siglab-usage-styles';
      document.head.append(sheet);
    }
    sheet.append(`.${name}::after { content: "  ${label}"; }\n`);
  }
  return name;
}
const MARKER_OWNER = 'siglab';
const DUPLICATE_OWNER = 'siglab-duplicates';

function findModel(file: SiglistFile) {
  return monaco.editor.getModels().find((model) => model.uri.path.endsWith(modelPath(file))) ?? null;
}

/** One Monaco editor per siglist, in tabs, with error markers, a diff view and match counts on hover. */
export function SiglistEditors({ stock, edited, errors, usage, jumpTo, crashCount, revision, onJump, onChange, onReset, onShowLineCrashes }: Props) {
  const [active, setActive] = useSessionState<SiglistFile>('siglab.view.siglistTab', SIGLIST_FILES[0], isSiglistFile);
  const [showChanges, setShowChanges] = useSessionState('siglab.view.showChanges', false, isBoolean);
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const decorations = useRef<string[]>([]);
  const usageRef = useRef(usage);
  const dark = usePrefersDark();
  // Siglists have no indentation: by default Tab leaves the editor, like any other field.
  const [tabInserts, setTabInserts] = useTabInsertsTab();
  const [tabAnnounced, setTabAnnounced] = useState(false);
  const toggleTabInserts = () => {
    setTabInserts((on) => !on);
    setTabAnnounced(true);
  };
  const [editorReady, setEditorReady] = useState(0);
  const [lineNote, setLineNote] = useState('');
  const tabFocusRef = useRef(!tabInserts);
  useEffect(() => {
    tabFocusRef.current = !tabInserts;
    editorRef.current?.updateOptions({ tabFocusMode: !tabInserts });
  }, [tabInserts, editorReady]);
  const toggleTabInsertsRef = useRef(toggleTabInserts);
  useEffect(() => {
    toggleTabInsertsRef.current = toggleTabInserts;
  });
  const showLineRef = useRef(onShowLineCrashes);
  useEffect(() => {
    showLineRef.current = onShowLineCrashes;
  }, [onShowLineCrashes]);

  // Per-line usage in place: "frames · crashes" after each line that decided something, and a
  // hollow marker on lines that matched nothing in the loaded crashes.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || showChanges) return;
    const counts = new Map(usage.filter((entry) => entry.file === active).map((entry) => [entry.line, entry]));
    const decorations: Parameters<typeof editor.createDecorationsCollection>[0] = [];
    if (crashCount > 0) {
      for (const entry of parseSiglistText(model.getValue())) {
        const used = counts.get(entry.line);
        const end = model.getLineMaxColumn(entry.line);
        decorations.push(
          used
            ? {
                range: new monaco.Range(entry.line, end, entry.line, end),
                options: {
                  afterContentClassName: `siglab-usage ${usageClass(used.frames, used.crashes)}`,
                  hoverMessage: { value: `Decided **${used.frames}** frame${used.frames === 1 ? '' : 's'} in **${used.crashes}** crash${used.crashes === 1 ? '' : 'es'} (edited lists). Click the count, or press Alt+U on the line, to list these crashes.` },
                },
              }
            : {
                range: new monaco.Range(entry.line, 1, entry.line, end),
                options: { linesDecorationsClassName: 'siglab-unused-gutter', inlineClassName: 'siglab-unused', hoverMessage: { value: 'Matched no frame in the loaded crashes.' } },
              },
        );
      }
    }
    const collection = editor.createDecorationsCollection(decorations);
    return () => collection.clear();
  }, [usage, active, crashCount, showChanges, edited, editorReady]);

  useEffect(() => {
    usageRef.current = usage;
  }, [usage]);

  // Error markers on every model, so switching tabs shows them at once.
  useEffect(() => {
    for (const file of SIGLIST_FILES) {
      const model = findModel(file);
      if (!model) continue;
      const markers = errors
        .filter((error) => error.file === file)
        .map((error) => ({
          severity: monaco.MarkerSeverity.Error,
          message: error.message,
          startLineNumber: error.line,
          endLineNumber: error.line,
          startColumn: 1,
          endColumn: model.getLineMaxColumn(Math.min(error.line, model.getLineCount())),
        }));
      monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
      const duplicates = findDuplicateLines(model.getValue()).map(({ line, first }) => ({
        severity: monaco.MarkerSeverity.Warning,
        message: `The same pattern as line ${first}: this line can never decide a frame.`,
        startLineNumber: line,
        endLineNumber: line,
        startColumn: 1,
        endColumn: model.getLineMaxColumn(line),
      }));
      monaco.editor.setModelMarkers(model, DUPLICATE_OWNER, duplicates);
    }
  }, [errors, active, showChanges, edited]);

  // Texts replaced from outside go into the models as an edit, so Undo brings the old text back.
  // Only on a new revision: syncing on every render would fight fast typing.
  const editedRef = useRef(edited);
  useEffect(() => {
    editedRef.current = edited;
  }, [edited]);
  useEffect(() => {
    if (revision === 0) return;
    for (const file of SIGLIST_FILES) {
      const model = findModel(file);
      const text = editedRef.current[file];
      if (model && model.getValue() !== text) model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    }
  }, [revision]);

  // Hovering a line tells how often it decided something in the loaded crashes.
  useEffect(() => {
    const provider = monaco.languages.registerHoverProvider(SIGLIST_LANGUAGE, {
      provideHover(model, position) {
        const file = SIGLIST_FILES.find((f) => model.uri.path.endsWith(f));
        const text = model.getLineContent(position.lineNumber).trim();
        if (!file || !text || text.startsWith('#')) return null;
        const entry = usageRef.current.find((u) => u.file === file && u.line === position.lineNumber);
        const message = entry
          ? `Matched **${entry.frames}** frame${entry.frames === 1 ? '' : 's'} in **${entry.crashes}** crash${entry.crashes === 1 ? '' : 'es'} of the loaded set (edited lists).`
          : 'Matched no frame in the loaded crashes (edited lists).';
        return { contents: [{ value: message }] };
      },
    });
    return () => provider.dispose();
  }, []);

  // Jump to a siglist line named in the trace.
  useEffect(() => {
    if (!jumpTo) return;
    setShowChanges(false);
    setActive(jumpTo.file);
  }, [jumpTo, setActive, setShowChanges]);
  useEffect(() => {
    const editor = editorRef.current;
    if (!jumpTo || !editor || jumpTo.file !== active) return;
    editor.revealLineInCenter(jumpTo.line);
    editor.setPosition({ lineNumber: jumpTo.line, column: 1 });
    decorations.current = editor.deltaDecorations(decorations.current, [
      { range: new monaco.Range(jumpTo.line, 1, jumpTo.line, 1), options: { isWholeLine: true, className: 'jump-highlight', linesDecorationsClassName: 'jump-gutter' } },
    ]);
  }, [jumpTo, active]);

  // Reset goes in as an edit of the model, so Monaco's Undo brings the text back.
  const resetFile = (file: SiglistFile) => {
    const model = findModel(file);
    if (!model) return onReset(file);
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: stock[file] }], () => null);
  };

  const errorCount = (file: SiglistFile) => errors.filter((error) => error.file === file).length;
  const theme = dark ? 'siglab-dark' : 'siglab-light';
  // Regexes: closing a bracket for the user would turn `foo(` into a valid `foo()` behind their back.
  const options = {
    ariaLabel: 'Siglist editor. Tab moves focus out of the editor; press Control+M to make Tab insert a tab instead.',
    // A siglist line is a regex with no indentation: Enter starts the next line at column 1.
    autoIndent: 'none',
    detectIndentation: false,
    // The pane is narrow and a sideways-scrolled editor hides the start of every line: long lines wrap.
    wordWrap: 'on',
    wrappingIndent: 'none',
    minimap: { enabled: false },
    // A regex is not prose: word suggestions would be accepted by Enter or Tab and change what was typed.
    quickSuggestions: false,
    suggestOnTriggerCharacters: false,
    wordBasedSuggestions: 'off',
    acceptSuggestionOnEnter: 'off',
    tabCompletion: 'off',
    snippetSuggestions: 'none',
    parameterHints: { enabled: false },
    inlineSuggest: { enabled: false },
    fontSize: 13,
    scrollBeyondLastLine: false,
    automaticLayout: true,
    glyphMargin: true,
    autoClosingBrackets: 'never',
    autoClosingQuotes: 'never',
    autoSurround: 'never',
  } as const;

  return (
    <section className="editors" aria-label="Siglists">
      <div className="tabs" role="tablist" aria-label="Siglist files">
        {SIGLIST_FILES.map((file) => (
          <button
            key={file}
            role="tab"
            id={`tab-${file}`}
            aria-selected={file === active}
            aria-controls="siglist-editor"
            className={file === active ? 'tab active' : 'tab'}
            onClick={() => setActive(file)}
          >
            {file}
            {edited[file] !== stock[file] && <span className="modified" title="edited" aria-label="edited"> ●</span>}
            {errorCount(file) > 0 && <span className="badge error">{errorCount(file)}</span>}
          </button>
        ))}
      </div>
      <div className="toolbar">
        <label>
          <input type="checkbox" checked={showChanges} onChange={(event) => setShowChanges(event.target.checked)} /> Show changes
        </label>
        <button type="button" onClick={() => resetFile(active)} disabled={edited[active] === stock[active]}>
          Reset
        </button>
        <button
          type="button"
          className="tab-focus"
          aria-pressed={tabInserts}
          title="Off (the default): Tab moves focus out of the editor. On: Tab inserts a tab character (Control+M)"
          onClick={toggleTabInserts}
        >
          Tab inserts a tab <kbd>Ctrl+M</kbd>
        </button>
        {lineNote && (
          <span className="hint" role="status" aria-label="Line">
            {lineNote}
          </span>
        )}
        <span className="visually-hidden" role="status">
          {tabAnnounced ? (tabInserts ? 'Tab now inserts a tab in the editor.' : 'Tab now moves focus out of the editor.') : ''}
        </span>
      </div>
      {crashCount > 0 && <UnusedLines file={active} text={edited[active]} usage={usage} crashCount={crashCount} onJump={onJump} />}
      <div id="siglist-editor" role="tabpanel" aria-labelledby={`tab-${active}`} className="editor-frame" data-file={active}>
        {showChanges ? (
          <DiffEditor
            original={stock[active]}
            modified={edited[active]}
            originalModelPath={`stock/${active}`}
            modifiedModelPath={modelPath(active)}
            keepCurrentModifiedModel
            keepCurrentOriginalModel
            language={SIGLIST_LANGUAGE}
            theme={theme}
            // Only the changed parts (with context) are shown: siglists are long.
            options={{ ...options, renderSideBySide: false, hideUnchangedRegions: { enabled: true } }}
            onMount={(diff) => {
              const modified = diff.getModifiedEditor();
              modified.onDidChangeModelContent(() => onChange(active, modified.getValue()));
            }}
          />
        ) : (
          <Editor
            path={modelPath(active)}
            defaultValue={edited[active]}
            language={SIGLIST_LANGUAGE}
            theme={theme}
            options={options}
            onMount={(editor) => {
              editorRef.current = editor;
              setEditorReady((n) => n + 1);
              editor.updateOptions({ tabFocusMode: tabFocusRef.current });
              // Our own Ctrl+M, so the mode is known here, shown on the toolbar and announced.
              editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, toggleTabInsertsRef.current);
              // Alt+1 lands here with the caret in place, ready for typing.
              registerEditorFocus(() => editor.focus());
              editor.onDidDispose(() => registerEditorFocus(null));
              const showLine = (line: number) => {
                const model = editor.getModel();
                const file = SIGLIST_FILES.find((f) => model?.uri.path.endsWith(f));
                if (!file || !model) return;
                // A comment or a blank line decides nothing: say so rather than filter to no crash.
                if (!parseSiglistText(model.getValue()).some((entry) => entry.line === line)) {
                  setLineNote(`Line ${line} is a comment or blank: it decides no frame.`);
                  return;
                }
                setLineNote('');
                showLineRef.current(file, line);
              };
              editor.onMouseDown((event) => {
                if (event.target.element?.classList.contains('siglab-usage') && event.target.position) showLine(event.target.position.lineNumber);
              });
              editor.addAction({
                id: 'siglab.showLineCrashes',
                label: 'Show the crashes this line decided',
                keybindings: [monaco.KeyMod.Alt | monaco.KeyCode.KeyU],
                contextMenuGroupId: 'navigation',
                run: (ed) => {
                  const line = ed.getPosition()?.lineNumber;
                  if (line) showLine(line);
                },
              });
            }}
            onChange={(value) => onChange(active, value ?? '')}
          />
        )}
      </div>
    </section>
  );
}
