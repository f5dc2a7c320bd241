"""The query layer: questions over the Store interface, shared by the CLI, the API and the web pages.

* :mod:`parley.query.filters`: the typed filters (re-exported from :mod:`parley.store.filters`) and
  the checks that need the data (is that side anyone's affiliation, is there such a speaker);
* :mod:`parley.query.notions`: notions, sides, timelines and discovery over the notion index;
* :mod:`parley.query.cached`: the same, cached per corpus revision for interactive use;
* :mod:`parley.query.speakers`: one speaker across the corpus;
* :mod:`parley.query.charts`: timeline charts.
"""
