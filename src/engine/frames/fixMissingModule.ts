import { PyError, pyTypeName } from '../python/pyErrors.ts';
import { isPyDict } from '../python/pyValues.ts';
import { parseSourceFile } from './parseSourceFile.ts';

// bug 1544246: Rust 1.34 symbol files lost the module path of its panic
// functions, so sentinels like `core::panicking::panic` stopped matching.
const QUALIFIED_BY_FILE: ReadonlyMap<string, string> = new Map([
  ['src/liballoc/raw_vec.rs\0capacity_overflow', 'alloc::raw_vec::capacity_overflow'],
  ['src/libcore/option.rs\0expect_failed', 'core::option::expect_failed'],
  ['src/libcore/panicking.rs\0panic_bounds_check', 'core::panicking::panic_bounds_check'],
  ['src/libcore/panicking.rs\0panic_fmt', 'core::panicking::panic_fmt'],
  ['src/libcore/panicking.rs\0panic', 'core::panicking::panic'],
  ['src/libcore/slice/mod.rs\0slice_index_order_fail', 'core::slice::slice_index_order_fail'],
  ['src/libstd/panicking.rs\0begin_panic_fmt', 'std::panicking::begin_panic_fmt'],
  ['src/libstd/panicking.rs\0continue_panic_fmt', 'std::panicking::continue_panic_fmt'],
  ['src/libstd/panicking.rs\0rust_panic_with_hook', 'std::panicking::rust_panic_with_hook'],
]);

const BARE_NAMES = new Set([...QUALIFIED_BY_FILE.keys()].map((key) => key.split('\0')[1] as string));
// Most function names are longer than every bare name: skip hashing them at all.
const LONGEST_BARE_NAME = [...BARE_NAMES].reduce((longest, name) => Math.max(longest, name.length), 0);

/** The function name with its module restored, for the known Rust 1.34 panic symbols. */
export function fixMissingModule(file: unknown, fn: unknown): unknown {
  // Fast path for the common case: nothing can raise and the name is not one of ours.
  if (typeof fn === 'string' && (fn.length > LONGEST_BARE_NAME || !BARE_NAMES.has(fn)) && (typeof file === 'string' || !file)) return fn;
  const path = parseSourceFile(file);
  // Upstream looks the pair up in a dict, which needs a hashable function value.
  if (Array.isArray(fn) || isPyDict(fn)) throw new PyError('TypeError', `unhashable type: '${pyTypeName(fn)}'`);
  if (path === null || typeof fn !== 'string') return fn;
  return QUALIFIED_BY_FILE.get(`${path}\0${fn}`) ?? fn;
}
