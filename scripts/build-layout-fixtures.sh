#!/usr/bin/env bash
# Remakes fixtures/layout/<stem>.txt: the layout text dumps of two committed PDF fixtures, as
# `pdftotext -layout` (poppler-utils) writes them — columns kept with runs of spaces, pages
# separated by form feeds. Input of the layout-text adapter tests (test/parsers/layout-text.test.ts).
#   000: vertically centred cells, notes wrapped beside one-line labels, a table over 7 pages;
#   002: seven forms ("Biểu mẫu 1" … "7"), each its own table, some over a page break.
# The committed files were made with pdftotext 22.12.0 (Debian bookworm); another poppler may
# space the columns differently, so remake them only with the tests at hand.
# The dumps in fixtures/layout/wide-font (the seeds printed in a wider font) are made by
# scripts/build-print-variants.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftotext >/dev/null || { echo "Error: pdftotext not found (install poppler-utils)" >&2; exit 1; }
mkdir -p fixtures/layout
for stem in 000_9e493d0445893002 002_60f12e1201b41f59; do
  pdftotext -layout -enc UTF-8 "fixtures/pdf/$stem.pdf" "fixtures/layout/$stem.txt"
  echo "fixtures/layout/$stem.txt"
done
