# crosscheck: the two commands a user needs are `make run` and `make test`.
# Every target installs missing Debian packages first (scripts/install-deps.sh, idempotent).

BUILD      ?= build/release
ASAN_BUILD ?= build/asan
FUZZ_BUILD ?= build/fuzz
JOBS       ?= $(shell nproc)
SHARED     ?= $(abspath ../shared)
BIN        := $(BUILD)/src/cli/crosscheck
CMAKE_GEN  := -G Ninja

.PHONY: all deps build run test asan-test fuzz bench eval eval-extract eval-cluster eval-quotes \
        eval-entities eval-time eval-times eval-quantities eval-figures eval-reconcile eval-feeds \
        eval-languages train fmt clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_SHARED_DIR=$(SHARED)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# The main job: analyze the seed articles the repo carries.
run: build
	@mkdir -p out
	$(BIN) analyze examples/seeds --json out/report.json --md out/report.md --html out/report.html
	@echo "wrote out/report.json, out/report.md and out/report.html"

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Unit tests under AddressSanitizer + UndefinedBehaviorSanitizer.
asan-test: deps
	cmake -S . -B $(ASAN_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DCROSSCHECK_SANITIZE=ON \
	  -DCROSSCHECK_BUILD_BENCH=OFF -DCROSSCHECK_BUILD_EVAL=OFF -DCROSSCHECK_SHARED_DIR=$(SHARED)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -L unit

# libFuzzer targets, each run briefly (FUZZ_SECONDS each) on its seed corpus.
FUZZ_SECONDS ?= 20
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCROSSCHECK_FUZZ=ON -DCROSSCHECK_BUILD_TESTS=OFF -DCROSSCHECK_BUILD_BENCH=OFF \
	  -DCROSSCHECK_BUILD_EVAL=OFF -DCROSSCHECK_SHARED_DIR=$(SHARED)
	cmake --build $(FUZZ_BUILD) -j $(JOBS)
	scripts/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

bench: build
	scripts/bench.sh $(BUILD) $(SHARED)

eval: eval-extract eval-cluster eval-quotes eval-entities eval-times eval-quantities eval-reconcile \
      eval-feeds eval-languages

eval-extract: build
	scripts/eval.sh $(BUILD) $(SHARED) extract

eval-cluster: build
	scripts/eval.sh $(BUILD) $(SHARED) cluster

# Feeds: the RSS/Atom reader against feedparser's test suite.
eval-feeds: build
	scripts/eval.sh $(BUILD) $(SHARED) feeds

# Beyond English (issue 14): quotation marks and speakers per language on trafilatura_eval.
eval-languages: build
	scripts/eval.sh $(BUILD) $(SHARED) languages

# Who said what: quotes on PolNeAR dev + train, named entities on GUM wikinews dev + test.
eval-quotes: build
	scripts/eval.sh $(BUILD) $(SHARED) quotes

eval-entities: build
	scripts/eval.sh $(BUILD) $(SHARED) entities

# The learned parts, refitted on their train splits, then rebuilt to embed them: the entity
# typer on GUM train (data/lexicons/entity_typer_model.txt), the headline stance classifier on
# Emergent train (data/lexicons/stance_model.txt), the attribution cue model on PolNeAR train
# (data/lexicons/cue_model.txt).
train: build
	scripts/train-entity-typer.sh $(BUILD) $(SHARED)
	scripts/train-stance.sh $(BUILD) $(SHARED)
	scripts/train-cue-model.sh $(BUILD) $(SHARED)
	cmake --build $(BUILD) -j $(JOBS)

# Figures and dates: times on TempEval-3 (AQUAINT, TimeBank; platinum when present),
# quantities on NewsQuant and Recognizers-Text (eval-figures: the older name, kept).
# `eval-time` is the name issue 10 gives it; `eval-times` stays as an alias.
eval-time: build
	scripts/eval.sh $(BUILD) $(SHARED) times

eval-times: eval-time

eval-quantities: build
	scripts/eval.sh $(BUILD) $(SHARED) figures

eval-figures: eval-quantities

# Cross-checking: headline stance on Emergent (train in-sample, the paper's test split held-out).
eval-reconcile: build
	scripts/eval.sh $(BUILD) $(SHARED) reconcile

fmt:
	find src bench eval fuzz tests -name '*.cc' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf build out
