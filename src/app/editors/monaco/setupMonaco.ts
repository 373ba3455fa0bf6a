// Monaco comes from npm and is bundled by Vite (no CDN): @monaco-editor/react
// is pointed at this copy, and its one worker is loaded the Vite way.
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';
import { registerSiglistLanguage } from './siglistLanguage.ts';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });
registerSiglistLanguage(monaco);

export { monaco };
