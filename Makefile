# tinytts: each target sets itself up the first time (a virtual environment in .venv/), so on a fresh
# machine `make lab` or `make test` is all you type. Re-running a target never reinstalls needlessly.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUTPUT_NBS = $(or $(NBS),nbs/[0-9]*.ipynb nbs/index.ipynb)
LAB_FLAGS := $(if $(NO_BROWSER),--no-browser --ip=127.0.0.1,) $(if $(filter 0,$(shell id -u)),--allow-root,)  # Jupyter refuses root without it (containers)

.PHONY: install lab test test-slow lint corpus export readme outputs run train-general train-streaming train-vocoder train-voice plateau

install: $(STAMP)  ## set up .venv/ with the course and its dependencies (once; again when pyproject.toml changes)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --progress-bar off -e '.[dev]'
	@touch $@

run: install  ## the main job: train the overfit-64 recipe (20 training minutes; MINUTES=… to change), evaluate it, write runs/overfit64-*/report.html
	$(BIN)/tinytts train overfit64 $(if $(MINUTES),--minutes $(MINUTES),)

train-general: install  ## train the general recipe that speaks any sentence (60 training minutes; MINUTES=…; run `make corpus` first), write runs/general-*/report.html
	$(BIN)/tinytts train general $(if $(MINUTES),--minutes $(MINUTES),)

train-streaming: install  ## train chapter 09b's general streaming voice (40 training minutes; MINUTES=…; run `make corpus` first) and score the flow voice on the same held-out sentences
	$(BIN)/tinytts train streaming-general $(if $(MINUTES),--minutes $(MINUTES),)

train-vocoder: install  ## train the course vocoder (20 training minutes; MINUTES=…; all the corpus there is), compare it with Griffin-Lim on the held-out clips
	$(BIN)/tinytts train vocoder $(if $(MINUTES),--minutes $(MINUTES),)

train-voice: install  ## fine-tune the general voice on a folder of recordings: DATA=my-voice (metadata.csv + wavs/, chapter 10b's layout), STEPS=… (default 1000); writes runs/voice-*/model and report.html
	$(BIN)/tinytts train voice $(if $(DATA),--data $(DATA),) $(if $(STEPS),--steps $(STEPS),)

# two processes of one thread each share the six models; the last call only reads what they wrote and prints the table
STUDY := OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/tinytts train plateau --into runs/plateau --quiet $(if $(MINUTES),--minutes $(MINUTES),)

plateau: install  ## chapter 09c's study of what limits the general voice: six models, MINUTES each (default 20), every row scored on held-out and seen sentences; about 80 minutes on 2 cores (`make corpus` first); carries on in runs/plateau if stopped
	$(STUDY) --models base,wide,large & a=$$!; $(STUDY) --models streaming,deep,patch2 & b=$$!; wait $$a && wait $$b
	$(STUDY)

lab: install  ## open the course in JupyterLab (NO_BROWSER=1 for a headless server)
	$(BIN)/jupyter lab --notebook-dir=nbs $(LAB_FLAGS)

# nbdev_test runs one notebook per core; each gets one torch thread, so the workers do not fight over the cores
TEST_ENV := OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

test: install  ## run every notebook as a test, with the fast IN_TEST settings (one notebook per core, one thread each)
	$(TEST_ENV) $(BIN)/nbdev_test --timing

lint: install  ## undefined names and lines over 120 characters in the exported package (what notebook tests cannot see)
	$(BIN)/ruff check --select F821,F822,F823 tinytts
	$(BIN)/python .ci/long_lines.py   # ruff E501 at 120, except the docstring and __all__ lines nbdev writes itself

test-slow: install  ## also run the cells flagged `slow` (the full-mode bars)
	$(TEST_ENV) $(BIN)/nbdev_test --flags slow --timing

corpus: install  ## make the missing audio of the bundled corpus (the train split, 2,371 clips: about 3 minutes on 2 cores) with Festival; stop and rerun at will. VOICE=kal_diphone: a practice voice folder instead (chapter 10b)
	$(BIN)/tinytts corpus $(if $(VOICE),--voice $(VOICE))

export: install  ## notebooks → tinytts/*.py, then strip notebook metadata
	$(BIN)/nbdev_export
	$(BIN)/nbdev_clean

readme: install  ## README.md from nbs/index.ipynb
	$(BIN)/python .ci/readme.py

outputs: install  ## re-run notebooks in full mode (NBS="nbs/01_mel.ipynb ..." to choose) and store their outputs, cleaned
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=3600 $(OUTPUT_NBS)
	$(BIN)/python .ci/strip_widgets.py $(OUTPUT_NBS)
	$(BIN)/nbdev_clean
	$(BIN)/python .ci/readme.py
