import { replaceEnclosedSlices } from './replaceEnclosedSlices.ts';

/**
 * Collapses C++ template arguments to `<T>` so signatures survive template
 * changes — except where the brackets are not a template: `<name omitted>`,
 * Rust's `<X as Trait>`, `<unknown in foo.dll>` (bug 1685178), `operator<`,
 * and `IPC::ParamTraits<...>` whose argument names the serialised type.
 */
export function collapseTypes(fn: string): string {
  return replaceEnclosedSlices(fn, '<', '>', (before, inside) => {
    if (inside === '<name omitted>' || inside.includes(' as ') || inside.includes(' in ')) return inside;
    if (before.endsWith('operator')) return inside;
    if (before.endsWith('IPC::ParamTraits')) return `<${collapseTypes(inside.slice(1, -1))}>`;
    return '<T>';
  });
}

/** Drops argument lists, keeping `(anonymous namespace)` and operator names like `operator()`. */
export function collapseArguments(fn: string): string {
  return replaceEnclosedSlices(fn, '(', ')', (before, inside) =>
    inside === '(anonymous namespace)' || before.endsWith('operator') ? inside : '',
  );
}
