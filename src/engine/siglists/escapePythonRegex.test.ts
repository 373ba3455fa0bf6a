import { describe, expect, it } from 'vitest';
import { compileSiglists, EMPTY_SIGLIST_TEXTS } from './compileSiglists.ts';
import { escapePythonRegex } from './escapePythonRegex.ts';

describe('escapePythonRegex', () => {
  it('escapes like Python re.escape', () => {
    // Recorded from Python 3.11: re.escape('nsTArray<T>::operator[](unsigned int) const | a.b+c?{1}')
    expect(escapePythonRegex('nsTArray<T>::operator[](unsigned int) const | a.b+c?{1}')).toBe(
      'nsTArray<T>::operator\\[\\]\\(unsigned\\ int\\)\\ const\\ \\|\\ a\\.b\\+c\\?\\{1\\}',
    );
    expect(escapePythonRegex('std::_Func_impl<$&~#-^>')).toBe('std::_Func_impl<\\$\\&\\~\\#\\-\\^>');
  });

  it.each(['mozilla::dom::Foo::Bar', 'operator new[](unsigned __int64)', 'js::gc::Cell* (.*)+$', '(unloaded foo.dll@0x1f)', 'a\\b'])(
    'gives a siglist line that matches %s',
    (frame) => {
      const lists = compileSiglists({ ...EMPTY_SIGLIST_TEXTS, 'irrelevant_signature_re.txt': `${escapePythonRegex(frame)}\n` });
      expect(lists.errors).toEqual([]);
      expect(lists.irrelevant.match(frame)?.line).toBe(1);
    },
  );
});
