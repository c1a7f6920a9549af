#!/usr/bin/env python3
"""Fails when a public symbol declared in this package's sources has no `///` doc comment.

Reads the symbol graphs that Scripts/build-docs.sh extracts (.build/symbol-graphs). Symbols the
compiler synthesises or inherits from the standard library have no source location in Sources/
and are skipped.
"""
import glob, json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sources = os.path.join(root, "Sources") + os.sep
missing = []
checked = 0
for path in glob.glob(os.path.join(root, ".build", "symbol-graphs", "*", "*.symbols.json")):
    with open(path) as f:
        graph = json.load(f)
    for symbol in graph["symbols"]:
        uri = symbol.get("location", {}).get("uri", "")
        file = uri.removeprefix("file://")
        if not file.startswith(sources):
            continue
        checked += 1
        doc = symbol.get("docComment", {}).get("lines", [])
        if not any(line.get("text", "").strip() for line in doc):
            line = symbol["location"]["position"]["line"] + 1
            missing.append(f"{os.path.relpath(file, root)}:{line}: {'.'.join(symbol['pathComponents'])}")
if checked == 0:
    sys.exit("no symbols found: run Scripts/build-docs.sh first")
for entry in sorted(missing):
    print("undocumented public symbol:", entry)
if missing:
    sys.exit(1)
print(f"ok   all {checked} public symbols declared in Sources have doc comments")
