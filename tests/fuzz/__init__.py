"""Fuzzing every importer with malformed-but-plausible files (issue 7).

The property, for every generated file: the importer either returns and the
store holds exactly what it says it imported (and reads back), or it raises
a ``UserError`` of one sentence and nothing in the store changed. A crash
(any other exception), a hang or a partial import is a failure.

- ``strategies.py``: CSV, XLSX, XLS/ODS seeds and garbage, damaged in many ways;
  ``bundle_strategies.py``: ``.cwdsync`` bundles changed and signed again.
- ``harness.py``: the property, the time limit, the tally printed in the log.
- ``test_fuzz_*_import.py``: one test per importer (stakeholders, surveys,
  indicators, bundles), reproducible (derandomized), a few hundred examples each.
- ``known_bugs.py`` and ``test_fuzz_regressions.py``: bugs found and not fixed
  yet, each with a plain strict-xfail reproducer.

Environment: ``CWD_FUZZ_SCALE=10`` (ten times the examples),
``CWD_FUZZ_RANDOM=1`` (new examples; pytest ``--hypothesis-seed=N`` repeats a
run), ``CWD_FUZZ_VERBOSE=1`` (every message and how often),
``CWD_FUZZ_STRICT=1`` (hits of known bugs fail).
"""
