#!/usr/bin/env bash
# Reproducible end-to-end training of the eenvoudig Dutch pipeline.
#   harmonise -> convert -> train -> lemma lookup table -> evaluate on test/
# Usage (from anywhere):  training/train.sh [UD_DUTCH_DIR]
# Default data dir: ../shared/ud-dutch relative to the repo root (/work/shared/ud-dutch).
# Python: $PYTHON (default: python3; needs spacy==3.8.*, e.g. /work/venv-train/bin/python).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
DATA="${1:-${UD_DUTCH:-$REPO/../shared/ud-dutch}}"
PYTHON="${PYTHON:-python3}"
THREADS="${THREADS:-1}"
export OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS" PYTHONHASHSEED=0
cd "$HERE"
mkdir -p corpus output logs

echo "== 1. harmonise ($DATA)"
"$PYTHON" harmonise.py --data "$DATA" --out corpus > logs/harmonise.log

echo "== 2. convert to DocBin"
"$PYTHON" convert.py corpus/train-lassysmall2017.conllu corpus/train-alpino2017.conllu \
    corpus/train-dev.conllu corpus/train.spacy
"$PYTHON" convert.py corpus/select-dev.conllu corpus/select-dev.spacy

echo "== 3. train (seed fixed in config.cfg)"
start=$(date +%s)
"$PYTHON" -m spacy train config.cfg --code functions.py --output output \
    --paths.train corpus/train.spacy --paths.dev corpus/select-dev.spacy 2>&1 | tee logs/train.log
echo "training wall time: $(( $(date +%s) - start )) s" | tee -a logs/train.log

echo "== 4. lemma lookup table (training + dev material, harmonised convention)"
"$PYTHON" lemma_lookup.py output/lemma_lookup.tsv corpus/train-lassysmall2017.conllu \
    corpus/train-alpino2017.conllu corpus/train-dev.conllu corpus/select-dev.conllu

echo "== 5. evaluate on held-out test/"
"$PYTHON" evaluate.py output/model-best --data "$DATA" --lookup output/lemma_lookup.tsv \
    --json output/test-results.json | tee logs/evaluate.log
du -sh output/model-best
