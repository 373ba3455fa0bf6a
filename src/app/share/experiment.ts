import { applyPatch, createPatch } from 'diff';
import LZString from 'lz-string';
import { decompressLinkPayload } from './decompressLinkPayload.ts';
import { isCrashId } from '../../engine/crashIds.ts';
import { SIGLIST_FILES, type SiglistFile, type SiglistTexts } from '../../engine/types.ts';
import type { LoadedCrash } from '../../worker/engineApi.ts';
import { readCarriedSearches, readSharedView, type CarriedSearch, type SharedView } from './sharedView.ts';

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
  /** The built-in examples were loaded: they travel as this flag, not as ids. */
  readonly examples?: boolean;
  /** Experiment files only (never links): the crash data itself, for crashes that have no Crash Stats id. */
  readonly crashes?: readonly LoadedCrash[];
  /** Where the stock (and edited) lists came from when not the pinned ones: a socorro PR or main. */
  readonly lists?: ListSource;
  /** The results tab and filters as the sender left them. */
  readonly view?: SharedView;
  /** Super Searches loaded in fast mode: signed again from their columns, not fetched crash by crash. */
  readonly searches?: readonly CarriedSearch[];
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
export function readListSource(value: unknown): ListSource | undefined | null {
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
/** Decoded text: 20,000 ids and every siglist rewritten fit in well under this. */
export const MAX_EXPERIMENT_CHARS = 4_000_000;
/** Experiment files may carry crash data (never links), so they may be larger. */
export const MAX_EXPERIMENT_FILE_CHARS = 200_000_000;
const MAX_IDS = 20_000;
const MAX_PATCH_CHARS = 1_000_000;
const EXPERIMENT_KEYS = ['version', 'patches', 'crashIds', 'changedOnly', 'selected', 'examples', 'crashes', 'lists', 'view', 'searches'];

export type DecodedExperiment = { readonly ok: true; readonly experiment: Experiment; readonly edited: SiglistTexts } | { readonly ok: false; readonly message: string };

export function createExperiment(
  stock: SiglistTexts,
  edited: SiglistTexts,
  crashIds: readonly string[],
  changedOnly: boolean,
  selected: string | null,
  extra: Pick<Experiment, 'examples' | 'crashes' | 'lists' | 'view' | 'searches'> = {},
): Experiment {
  const patches: Partial<Record<SiglistFile, string>> = {};
  for (const file of SIGLIST_FILES) if (stock[file] !== edited[file]) patches[file] = createPatch(file, stock[file], edited[file], '', '', { context: 2 });
  return {
    version: 1,
    patches,
    crashIds: [...crashIds],
    changedOnly,
    selected: selected !== null && isCrashId(selected) ? selected : null,
    ...(extra.examples ? { examples: true } : {}),
    ...(extra.crashes?.length ? { crashes: extra.crashes } : {}),
    ...(extra.lists ? { lists: extra.lists } : {}),
    ...(extra.view ? { view: extra.view } : {}),
    ...(extra.searches?.length ? { searches: extra.searches } : {}),
  };
}

const isLoadedCrash = (value: unknown): value is LoadedCrash =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LoadedCrash).id === 'string' &&
  typeof (value as LoadedCrash).crash === 'object' &&
  (value as LoadedCrash).crash !== null &&
  !Array.isArray((value as LoadedCrash).crash);

export function encodeExperimentLink(experiment: Experiment): string {
  return `${LINK_PREFIX}${LZString.compressToEncodedURIComponent(JSON.stringify(experiment))}`;
}

const failed = (message: string): Extract<DecodedExperiment, { ok: false }> => ({ ok: false, message });
const fail = (message: string): DecodedExperiment => failed(message);

/** Checks every field of an untrusted experiment and applies its patches to the stock lists. */
export function readExperiment(value: unknown, stock: SiglistTexts): DecodedExperiment {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('it is not an experiment.');
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, 'version')) return fail('it is not an experiment (it has no "version" field).');
  if (record.version !== 1) return fail(`it has schema version ${JSON.stringify(record.version)}; this Siglab reads version 1.`);
  const unknownKey = Object.keys(record).find((key) => !EXPERIMENT_KEYS.includes(key));
  if (unknownKey !== undefined) return fail(`it has an unknown field ${JSON.stringify(unknownKey.slice(0, 40))}.`);
  const { patches, crashIds, changedOnly, selected, examples, crashes } = record;
  if (examples !== undefined && typeof examples !== 'boolean') return fail('its examples flag is malformed.');
  if (crashes !== undefined && (!Array.isArray(crashes) || !crashes.every(isLoadedCrash))) return fail('its crash data is malformed (each crash needs an id and a crash object).');
  if (typeof patches !== 'object' || patches === null || Array.isArray(patches)) return fail('its siglist edits are malformed.');
  if (!Array.isArray(crashIds) || crashIds.length > MAX_IDS || !crashIds.every((id) => typeof id === 'string' && isCrashId(id))) {
    return fail('its crash ids are malformed.');
  }
  if (typeof changedOnly !== 'boolean' || (selected !== null && !(typeof selected === 'string' && isCrashId(selected)))) return fail('its view settings are malformed.');
  const lists = readListSource(record.lists);
  if (lists === null) return fail('its record of where the lists came from is malformed.');
  const view = readSharedView(record.view);
  if (view === null) return fail('its results view (tab and filters) is malformed.');
  const searches = readCarriedSearches(record.searches);
  if (searches === null) return fail('its fast-mode searches are malformed.');
  const edited = { ...stock } as Record<SiglistFile, string>;
  for (const [file, patch] of Object.entries(patches as Record<string, unknown>)) {
    if (!(SIGLIST_FILES as readonly string[]).includes(file)) return fail(`it edits an unknown file "${file}".`);
    if (typeof patch !== 'string' || patch.length > MAX_PATCH_CHARS) return fail(`its edit of ${file} is malformed.`);
    let applied: string | false;
    try {
      // jsdiff throws on some malformed patches (a two-file diff, a bad hunk header) instead of returning false.
      applied = applyPatch(stock[file as SiglistFile], patch);
    } catch (error) {
      return fail(`its edit of ${file} is not a valid patch (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (applied === false) return fail(`its edit of ${file} does not apply to the stock lists this Siglab pins.`);
    edited[file as SiglistFile] = applied;
  }
  return {
    ok: true,
    experiment: {
      version: 1,
      patches: patches as Experiment['patches'],
      crashIds: crashIds as string[],
      changedOnly,
      selected: selected as string | null,
      ...(examples ? { examples: true } : {}),
      ...(crashes ? { crashes: crashes as LoadedCrash[] } : {}),
      ...(lists ? { lists } : {}),
      ...(view ? { view } : {}),
      ...(searches?.length ? { searches } : {}),
    },
    edited: edited as SiglistTexts,
  };
}

/** A link fragment's experiment as untrusted JSON, or why it cannot be read. */
function parseExperimentLink(fragment: string): { readonly ok: true; readonly value: unknown } | Extract<DecodedExperiment, { ok: false }> {
  if (!fragment.startsWith(LINK_PREFIX)) return failed('it is not a Siglab link.');
  const encoded = fragment.slice(LINK_PREFIX.length);
  if (encoded.length > MAX_ENCODED) return failed('it is too large.');
  const decoded = decompressLinkPayload(encoded, MAX_EXPERIMENT_CHARS);
  if (!decoded.ok) return failed(decoded.problem === 'too large' ? 'it is too large (it expands past the limit).' : 'it is damaged (it does not decompress).');
  try {
    return { ok: true, value: JSON.parse(decoded.text) as unknown };
  } catch {
    return failed('it is damaged (not valid JSON).');
  }
}

/** Decodes a `#x=` link fragment, refusing oversized or tampered ones with a reason. */
export function decodeExperimentLink(fragment: string, stock: SiglistTexts): DecodedExperiment {
  const parsed = parseExperimentLink(fragment);
  return parsed.ok ? readExperiment(parsed.value, stock) : parsed;
}

/**
 * The lists a link's or file's experiment was made on (a socorro PR, main),
 * when it records them: its edits apply to those, so they are loaded first.
 * Undefined for none, or for anything unreadable (decoding then says why).
 */
export function recordedListsOf(source: { readonly link: string } | { readonly file: string }): ListSource | undefined {
  let value: unknown;
  if ('link' in source) {
    const parsed = parseExperimentLink(source.link);
    if (!parsed.ok) return undefined;
    value = parsed.value;
  } else {
    if (source.file.length > MAX_EXPERIMENT_FILE_CHARS) return undefined;
    try {
      value = JSON.parse(source.file);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  return readListSource((value as Record<string, unknown>).lists) ?? undefined;
}

/** Reads an experiment file; a file that is JSON but not an experiment says so, not "invalid JSON". */
export function readExperimentFile(text: string, stock: SiglistTexts): DecodedExperiment {
  if (text.length > MAX_EXPERIMENT_FILE_CHARS) return fail('it is too large to be an experiment file.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return readExperiment(value, stock);
}
