#!/usr/bin/env bash
# The test command (npm test): every suite on SQLite and PostgreSQL, and the browser test, in one vitest run.
# Ends with a plain "Tests: N passed, N failed" line. DIALECTS=sqlite (or postgres) narrows the run.
set -uo pipefail
cd "$(dirname "$0")/.."

# The browser tests need the built dashboard and widget; build them when missing or stale.
node scripts/ensure-web.mjs || exit 1

mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
rc=$?

if [ -f test-results/vitest.json ]; then
  node -e '
    const r = require("./test-results/vitest.json");
    const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
    console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
  '
fi
exit $rc
