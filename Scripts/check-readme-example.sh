#!/usr/bin/env bash
# Builds the README's Swift example in a separate package that depends on this one by path, runs
# it, and checks that it prints exactly the text the README says it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The first ```swift block after "## Example", and the ```text block that follows it.
awk '/^## Example/{on=1} on&&/^```swift/{grab=1;next} grab&&/^```/{exit} grab{print}' README.md >"$work/example.swift"
awk '/^## Example/{on=1} on&&/^```text/{grab=1;next} grab&&/^```/{exit} grab{print}' README.md >"$work/expected.txt"
[ -s "$work/example.swift" ] || { echo "README has no swift example under '## Example'"; exit 1; }
[ -s "$work/expected.txt" ] || { echo "README has no expected output block under '## Example'"; exit 1; }

mkdir -p "$work/ReadmeExample/Sources/ReadmeExample"
cp "$work/example.swift" "$work/ReadmeExample/Sources/ReadmeExample/main.swift"
cat >"$work/ReadmeExample/Package.swift" <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "ReadmeExample",
    dependencies: [.package(name: "SafeguardingMetrics", path: "$root")],
    targets: [.executableTarget(name: "ReadmeExample", dependencies: [
        .product(name: "SafeguardingMetrics", package: "SafeguardingMetrics"),
    ])]
)
MANIFEST
(cd "$work/ReadmeExample" && swift run -q ReadmeExample) >"$work/actual.txt"
if diff -u "$work/expected.txt" "$work/actual.txt"; then
    echo "ok   README example builds from a separate package and prints what the README says"
else
    echo "FAIL README example output differs from the README (diff above)"
    exit 1
fi
