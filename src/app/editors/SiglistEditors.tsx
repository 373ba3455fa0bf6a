import { DiffEditor, Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { SIGLIST_FILES, type SiglistError, type SiglistFile, type SiglistMatch, type SiglistTexts } from '../../engine/types.ts';
import type { LineUsage } from '../../worker/engineApi.ts';
import { monaco } from './monaco/setupMonaco.ts';
import { SIGLIST_LANGUAGE } from './monaco/siglistLanguage.ts';
import { usePrefersDark } from '../settings/usePrefersDark.ts';
import { UnusedLines } from './UnusedLines.tsx';

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
}

const modelPath = (file: SiglistFile) => `siglists/${file}`;
const MARKER_OWNER = 'siglab';

function findModel(file: SiglistFile) {
  return monaco.editor.getModels().find((model) => model.uri.path.endsWith(modelPath(file))) ?? null;
}

/** One Monaco editor per siglist, in tabs, with error markers, a diff view and match counts on hover. */
export function SiglistEditors({ stock, edited, errors, usage, jumpTo, crashCount, revision, onJump, onChange, onReset }: Props) {
  const [active, setActive] = useState<SiglistFile>(SIGLIST_FILES[0]);
  const [showChanges, setShowChanges] = useState(false);
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const decorations = useRef<string[]>([]);
  const usageRef = useRef(usage);
  const dark = usePrefersDark();

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
    }
  }, [errors, active, showChanges]);

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
  }, [jumpTo]);
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
    minimap: { enabled: false },
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
            }}
            onChange={(value) => onChange(active, value ?? '')}
          />
        )}
      </div>
    </section>
  );
}
