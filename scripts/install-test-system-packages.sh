#!/usr/bin/env bash
# The Debian packages the tests use, installed when missing (as root, or with sudo):
#   chromium                the browser tests (Playwright drives Debian's build)
#   fonts-thai-tlwg         Thai drawn on the page and in the test PDFs
#   fonts-noto-color-emoji  an emoji in a question drawn, not boxes
#   tesseract-ocr(-tha)     OCR of scanned PDF pages
#   wordnet-base            WordNet 3.0, to check qa_bot/data/en_th_lexicon.json.gz is rebuilt from it
#   npm                     axe-core for the accessibility audit (npm ci --prefix tests/a11y)
set -euo pipefail
packages=(chromium fonts-thai-tlwg fonts-noto-color-emoji tesseract-ocr tesseract-ocr-tha wordnet-base)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
# npm may come with a nodejs that is not Debian's (NodeSource's bundles it): any npm will do.
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
