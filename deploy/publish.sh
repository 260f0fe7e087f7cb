#!/usr/bin/env bash
# Publishes ChatBot.Web the way the container and App Service run it: one folder with the app, appsettings.json,
# corpus/, prompts/, models/ and a prebuilt index snapshot in .chatbot/index, so every instance starts from the same snapshot
# instead of indexing on start-up.
# Usage: deploy/publish.sh <output-folder>
# The snapshot is built with the embeddings configured when this runs (appsettings.json + Embeddings__* variables):
# build it with the same embeddings provider the host will use.
set -euo pipefail
out="${1:?usage: deploy/publish.sh <output-folder>}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$(mktemp -d)"
trap 'rm -rf "$cli"' EXIT

cd "$repo"
dotnet publish src/ChatBot.Web/ChatBot.Web.csproj -c Release -o "$out" --nologo
dotnet publish src/ChatBot.Cli/ChatBot.Cli.csproj -c Release -o "$cli" --nologo
cp -r corpus "$out/"
# prompts/ matters only when a chat model is configured; the offline answerer does not read it.
if [ -d prompts ]; then cp -r prompts "$out/"; fi
# The offline answerer's fitted selector (Answering:SelectorModel); the host does not start without it.
cp -r models "$out/"

# Run the indexer from inside the output folder: it reads the copied corpus and appsettings.json there,
# and writes the snapshot where the host looks for it. An old snapshot goes first, so a failed run cannot pass for a good one.
rm -rf "$out/.chatbot/index"
(cd "$out" && Index__Folder="$out/.chatbot/index" dotnet "$cli/chatbot.dll" index)
if [ -z "$(ls -A "$out/.chatbot/index" 2>/dev/null)" ]; then
  echo "publish.sh: the index step wrote no snapshot to $out/.chatbot/index" >&2
  exit 1
fi
echo "Published to $out (snapshot in $out/.chatbot/index)"
