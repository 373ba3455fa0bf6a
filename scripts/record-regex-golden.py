#!/usr/bin/env python3
"""Records how Python's `re` treats backreferences, for Siglab's regex translation tests.

Siglists are Python regular expressions; Siglab runs them as JavaScript ones. The
two engines differ on backreferences to groups that did not take part in the
match (Python fails, JavaScript matches the empty string) and on groups inside
repetitions (Python keeps an earlier iteration's capture, JavaScript resets it).
This script writes, for each pattern and subject, what `re.match` does, so the
test can check Siglab either reproduces it or refuses the pattern.

Run: python3 scripts/record-regex-golden.py > src/engine/siglists/backreferenceGolden.json
"""
import json
import re
import sys

PATTERNS = [
    # Groups that always take part: the engines agree, nothing may be refused.
    r"(a)\1", r"(a)+\1", r"(a+)\1", r"(a*)\1", r"(a?)\1", r"(?:x(a))+\1", r"(?:(a)\1)+", r"(?:(a)b)+\1",
    r"(a)(b)\2\1", r"(?P<x>a)(?P=x)", r"((a)b)\2", r"(?=(a))\1", r"(?<=(a))\1", r"(a){2}\1", r"(a)+?\1",
    r"(a|b)\1", r"(a|b)+\1", r"((a)|(b))\1", r"(a)c|(b)\2", r"((a)\2)+",
    # Groups that may be unset where the backreference is.
    r"(a)?\1", r"(a)*\1", r"(a)?b\1", r"(a){0,2}\1", r"(a)*?\1", r"(?:(a)|b)\1", r"(?:(a)|(b))\2",
    r"(a)|b\1", r"(a)|\1b", r"(?!(a))\1", r"(?!(b))a\1", r"(?P<x>a)?(?P=x)b", r"(?:(a)|b)c\1", r"(a)?(b)?\1\2",
    r"((a)|b)\2", r"(?:(a)?b)+\1",
    # Groups inside repetitions whose last iteration may not set them.
    r"(?:(a)|b)+\1", r"(?:(a)|b)*\1", r"(?:(a)|(b))+\1\2", r"(?:(a)|b)+c\1", r"((a)|b)+\2", r"((a)|b){2}\2",
    r"(?:(a)|b\1)+", r"(?:b\1|(a))+", r"(?:(a)|b)(?:(c)|\1)+", r"(?:(a)?b)+c\1", r"((a)?b)+\2", r"(?:(a)|b){2,}\1",
    # Python refuses these outright.
    r"\1(a)", r"(a\1)", r"(?:\1?(a))+", r"(?P=x)(?P<x>a)",
]
ALPHABET = "abc"
SUBJECTS = [""] + [a for a in ALPHABET] + [a + b for a in ALPHABET for b in ALPHABET] + [
    "aaa", "aab", "aba", "abb", "baa", "bab", "bba", "bbb", "abab", "baba", "abba", "aabb", "bbaa", "abac", "abca",
    "bacb", "abcab", "acab", "aabaa", "babab", "ababab", "aaaa", "bbbb", "cabc", "abbc", "abbca", "aca",
]


def record(pattern):
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        return {"pattern": pattern, "error": str(error)}
    results = {}
    for subject in SUBJECTS:
        match = compiled.match(subject)
        results[subject] = None if match is None else match.end()
    return {"pattern": pattern, "matchEnds": results}


json.dump(
    {
        "recordedWith": f"Python {sys.version.split()[0]} re.match",
        "cases": [record(pattern) for pattern in PATTERNS],
    },
    sys.stdout,
    indent=1,
    ensure_ascii=False,
)
sys.stdout.write("\n")
