"""Extraction: spaCy's parse, then parley's rules as spaCy components.

:mod:`.pipeline` (``load``, ``extract``, ``extract_articles``) runs them; :mod:`.components` registers
the factories; :mod:`.docdata` holds what they put on a Doc and builds the typed record from it.
"""
