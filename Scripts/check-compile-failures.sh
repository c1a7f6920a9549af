#!/usr/bin/env bash
# Each file in Tests/CompileFailures must fail to type-check against the built library, with the
# error its first line names (`// expected-error: ...`). Proves misuse of the typed values, such as
# adding a percentage to a rate, does not compile. Run after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
modules="$(swift build --show-bin-path)/Modules"
status=0
for file in Tests/CompileFailures/*.swift; do
    expected=$(head -1 "$file" | sed -n 's|^// expected-error: ||p')
    if [ -z "$expected" ]; then echo "FAIL $file: no '// expected-error:' first line"; status=1; continue; fi
    if output=$(swiftc -typecheck -I "$modules" "$file" 2>&1); then
        echo "FAIL $file: compiled, but should not"; status=1
    elif grep -qF "$expected" <<<"$output"; then
        echo "ok   $file: does not compile ($expected)"
    else
        echo "FAIL $file: failed for another reason:"; echo "$output" | grep error | head -5; status=1
    fi
done
exit $status
