import { compileSiglists, type CompiledSiglists, type SiglistTexts } from '../engine/index.ts';
import type { CliIo } from './cliIo.ts';
import { loadBundledTranslations } from './bundledTranslations.ts';
import { loadSiglistDir } from './loadSiglistDir.ts';

/**
 * Loads the siglists and checks every line; prints `file:line: message` for
 * each bad one and answers null, since signing with a broken list would mislead.
 */
export async function loadSiglistsOrReport(dir: string | undefined, io: CliIo): Promise<CompiledSiglists | null> {
  return (await loadSiglistTextsOrReport(dir, io))?.compiled ?? null;
}

/** As loadSiglistsOrReport, with the texts too (to hand to a signing worker). */
export async function loadSiglistTextsOrReport(dir: string | undefined, io: CliIo): Promise<{ texts: SiglistTexts; compiled: CompiledSiglists } | null> {
  let texts: SiglistTexts;
  try {
    texts = await loadSiglistDir(dir);
  } catch (error) {
    io.stderr.write(`siglab: ${(error as Error).message}\n`);
    return null;
  }
  const compiled = compileSiglists(texts, { translations: loadBundledTranslations() });
  // A bad line may be kilobytes long: quote its start only.
  const quote = (pattern: string) => (pattern.length > 120 ? `${pattern.slice(0, 120)}…` : pattern);
  for (const error of compiled.errors) io.stderr.write(`${error.file}:${error.line}: ${error.message}: ${quote(error.pattern)}\n`);
  return compiled.errors.length > 0 ? null : { texts, compiled };
}
