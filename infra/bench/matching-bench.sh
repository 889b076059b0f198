#!/usr/bin/env bash
# Matching benchmark (not a test): the engine over 10,240 generated listed providers and 1,000
# scenarios, then the batch plan of 1,000 scenarios x 10,240 providers.
#   infra/bench/matching-bench.sh [pool-years=32]
# Figures and how to read them: docs/benchmarks.md. Needs no server; builds the backend first.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -pl backend -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)"
java -Xmx2g -cp "$CP" cn.scenehub.bench.MatchingBenchmark "${1:-32}"
java -Xmx2g -cp "$CP" cn.scenehub.bench.BatchPlanBenchmark "${1:-32}"
