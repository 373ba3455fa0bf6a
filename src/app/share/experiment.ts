import { applyPatch, createPatch } from 'diff';
import LZString from 'lz-string';
import { isCrashId } from '../../engine/crashIds.ts';
import { SIGLIST_FILES, type SiglistFile, type SiglistTexts } from '../../engine/types.ts';

/**
 * A shareable experiment: siglist edits as patches against the pinned stock
 * lists (small, and reviewable), the crash ids, the filter and the selected
 * crash. Never a token.
 */
export interface Experiment {
  readonly version: 1;
  readonly patches: Partial<Record<SiglistFile, string>>;
  readonly crashIds: readonly string[];
  readonly changedOnly: boolean;
  readonly selected: string | null;
  /** Where the stock (and edited) lists came from when not the pinned ones: a socorro PR or main. */
  readonly lists?: ListSource;
}

/** A commit the lists were read from (GitHub `owner/repo` and full SHA). */
export interface ListCommit {
  readonly repo: string;
  readonly sha: string;
}

/** The lists' origin: stock from one commit, edited from another (a PR's head) or edited by hand. */
export interface ListSource {
  readonly stock: ListCommit;
  readonly edited?: ListCommit;
  readonly pr?: number;
}

function readListCommit(value: unknown): ListCommit | null {
  if (typeof value !== 'object' || value === null) return null;
  const { repo, sha } = value as Record<string, unknown>;
  return typeof repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(repo) && typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? { repo, sha } : null;
}

/** Checks an untrusted `lists` record; undefined when absent, null when malformed. */
function readListSource(value: unknown): ListSource | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const stock = readListCommit(record.stock);
  const edited = record.edited === undefined ? undefined : readListCommit(record.edited);
  const pr = record.pr;
  if (!stock || edited === null || (pr !== undefined && !(typeof pr === 'number' && Number.isInteger(pr) && pr > 0))) return null;
  return { stock, ...(edited ? { edited } : {}), ...(typeof pr === 'number' ? { pr } : {}) };
}

export const LINK_PREFIX = '#x=';
/** Longer links are cut by chat tools and bug trackers: offer a file instead. */
export const SHAREABLE_LINK_LENGTH = 8_000;
const MAX_ENCODED = 2_000_000;
const MAX_JSON = 10_000_000;
const MAX_IDS = 20_000;

export type DecodedExperiment = { readonly ok: true; readonly experiment: Experiment; readonly edited: SiglistTexts } | { readonly ok: false; readonly message: string };

export function createExperiment(
  stock: SiglistTexts,
  edited: SiglistTexts,
  crashIds: readonly string[],
  changedOnly: boolean,
  selected: string | null,
  lists?: ListSource,
): Experiment {
  const patches: Partial<Record<SiglistFile, string>> = {};
  for (const file of SIGLIST_FILES) if (stock[file] !== edited[file]) patches[file] = createPatch(file, stock[file], edited[file], '', '', { context: 2 });
  return { version: 1, patches, crashIds: [...crashIds], changedOnly, selected, ...(lists ? { lists } : {}) };
}

export function encodeExperimentLink(experiment: Experiment): string {
  return `${LINK_PREFIX}${LZString.compressToEncodedURIComponent(JSON.stringify(experiment))}`;
}

const fail = (message: string): { readonly ok: false; readonly message: string } => ({ ok: false, message });

/** Checks every field of an untrusted experiment and applies its patches to the stock lists. */
export function readExperiment(value: unknown, stock: SiglistTexts): DecodedExperiment {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('it is not an experiment.');
  const record = value as Record<string, unknown>;
  if (record.version !== 1) return fail(`it has schema version ${JSON.stringify(record.version)}; this Siglab reads version 1.`);
  const { patches, crashIds, changedOnly, selected } = record;
  if (typeof patches !== 'object' || patches === null || Array.isArray(patches)) return fail('its siglist edits are malformed.');
  if (!Array.isArray(crashIds) || crashIds.length > MAX_IDS || !crashIds.every((id) => typeof id === 'string' && isCrashId(id))) {
    return fail('its crash ids are malformed.');
  }
  if (typeof changedOnly !== 'boolean' || (selected !== null && typeof selected !== 'string')) return fail('its view settings are malformed.');
  const lists = readListSource(record.lists);
  if (lists === null) return fail('its record of where the lists came from is malformed.');
  const edited = { ...stock } as Record<SiglistFile, string>;
  for (const [file, patch] of Object.entries(patches as Record<string, unknown>)) {
    if (!(SIGLIST_FILES as readonly string[]).includes(file)) return fail(`it edits an unknown file "${file}".`);
    if (typeof patch !== 'string') return fail(`its edit of ${file} is malformed.`);
    const applied = applyPatch(stock[file as SiglistFile], patch);
    if (applied === false) return fail(`its edit of ${file} does not apply to the stock lists this Siglab pins.`);
    edited[file as SiglistFile] = applied;
  }
  return {
    ok: true,
    experiment: { version: 1, patches: patches as Experiment['patches'], crashIds: crashIds as string[], changedOnly, selected: selected as string | null, ...(lists ? { lists } : {}) },
    edited: edited as SiglistTexts,
  };
}

/** Decodes a `#x=` link fragment, refusing oversized or tampered ones with a reason. */
export function decodeExperimentLink(fragment: string, stock: SiglistTexts): DecodedExperiment {
  const parsed = parseExperimentLink(fragment);
  return parsed.ok ? readExperiment(parsed.value, stock) : parsed;
}

/**
 * Where an untrusted experiment's lists came from, if it says (undefined
 * when it does not or is malformed: readExperiment reports that). Its edits
 * apply to those lists, so they are loaded before the experiment is read.
 */
export function listSourceOf(value: unknown): ListSource | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return readListSource((value as Record<string, unknown>).lists) ?? undefined;
}

/** A link fragment → the experiment's JSON value, unchecked. */
export function parseExperimentLink(fragment: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  if (!fragment.startsWith(LINK_PREFIX)) return fail('it is not a Siglab link.');
  const encoded = fragment.slice(LINK_PREFIX.length);
  if (encoded.length > MAX_ENCODED) return fail('it is too large.');
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return fail('it is damaged (it does not decompress).');
  if (json.length > MAX_JSON) return fail('it is too large.');
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return fail('it is damaged (not valid JSON).');
  }
}
