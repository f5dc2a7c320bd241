# parley: `make demo` runs the main job, `make test` runs the tests. Both set up .venv on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PARLEY := $(VENV)/bin/parley
SHARED ?= ../shared
DB ?= parley.db
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: demo venv test gates gates-exchange gates-rest lint serve clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev,web,postgres,ray]'
	touch $@

demo: venv
	$(PARLEY) ingest examples/voa/voa_stories.jsonl examples/seed/seed-article.txt examples/exchange/exchange.jsonl --db $(DB)
	$(PARLEY) stats --db $(DB)
	$(PARLEY) attributions --db $(DB) --limit 8
	$(PARLEY) serve --db $(DB) --host $(HOST) --port $(PORT)

serve: venv
	$(PARLEY) serve --db $(DB) --host $(HOST) --port $(PORT)

test: venv
	$(PY) -m pytest -n 2 -q $(PYTEST_ARGS)

# Static checks: ruff (style, imports, bugbear) and mypy (types) over the package.
lint: venv
	$(VENV)/bin/ruff check parley tests
	$(VENV)/bin/mypy

# Quality gates: each eval prints its scores and fails under its pinned floors (eval/floors/*.json).
# The exchange precision set reads 57 long transcripts (about 4 minutes on one core): it runs beside the other gates.
gates: venv
	$(MAKE) --no-print-directory -j2 --output-sync=target gates-exchange gates-rest SHARED="$(SHARED)"

gates-exchange: venv
	$(PARLEY) eval events eval/precision-events-exchange --corpus examples/exchange/exchange.jsonl --floors eval/floors/events-precision-exchange.json

gates-rest: venv
	$(PARLEY) eval events $(SHARED)/data/plover/gsr-dev.jsonl --floors eval/floors/events-plover-dev.json
	$(PARLEY) eval events tests/fixtures/seed-gold.json --floors eval/floors/events-seed.json
	$(PARLEY) eval events $(SHARED)/data/plover/plv-train.jsonl --floors eval/floors/events-plv-train.json
	$(PARLEY) eval events eval/precision-events --floors eval/floors/events-precision-voa.json
	$(PARLEY) eval html $(SHARED)/data/html-benchmark --floors eval/floors/html.json
	$(PARLEY) eval attributions $(SHARED)/data/polnear/dev.jsonl --floors eval/floors/attributions-polnear-dev.json
	$(PARLEY) eval attributions tests/fixtures/seed-gold.json --floors eval/floors/attributions-seed.json
	$(PARLEY) eval speakers $(SHARED)/data/voa/voa_speakers_dev_gold.jsonl --floors eval/floors/speakers-voa-dev.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even2-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even2.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even3-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even3.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even4-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even4.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even5-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even5.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even6-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even6.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even7-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even7.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even8-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even8.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even9-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even9.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even10-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even10.json
	$(PARLEY) eval speakers eval/voa-speakers/voa-speakers-even11-gold.jsonl --texts examples/voa/voa_stories.jsonl --floors eval/floors/speakers-voa-even11.json
	$(PARLEY) eval speakers eval/transcripts-gold/exchange-speakers-gold.jsonl --texts examples/exchange/exchange.jsonl --floors eval/floors/speakers-transcripts.json
	$(PARLEY) eval speakers eval/transcripts-gold/exchange-speakers-heldout.jsonl --texts examples/exchange/exchange.jsonl --floors eval/floors/speakers-transcripts-heldout.json
	$(PARLEY) eval speakers eval/transcripts-gold/exchange-speakers-third.jsonl --texts examples/exchange/exchange.jsonl --floors eval/floors/speakers-transcripts-third.json
	$(PARLEY) eval speakers eval/transcripts-gold/exchange-speakers-fourth.jsonl --texts examples/exchange/exchange.jsonl --floors eval/floors/speakers-transcripts-fourth.json
	$(PARLEY) eval speakers eval/transcripts-gold/exchange-speakers-fifth.jsonl --texts examples/exchange/exchange.jsonl --floors eval/floors/speakers-transcripts-fifth.json
	$(PARLEY) eval speakers eval/transcripts-gold/exchange-speakers-sixth.jsonl --texts examples/exchange/exchange.jsonl --floors eval/floors/speakers-transcripts-sixth.json
	$(PARLEY) eval speakers eval/transcripts-gold/exchange-speakers-seventh.jsonl --texts examples/exchange/exchange.jsonl --floors eval/floors/speakers-transcripts-seventh.json
	$(PARLEY) eval speakers eval/transcripts-gold/exchange-speakers-eighth.jsonl --texts examples/exchange/exchange.jsonl --floors eval/floors/speakers-transcripts-eighth.json

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
