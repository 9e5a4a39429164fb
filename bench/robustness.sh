#!/bin/sh
# Extreme pages through the whole extraction (a generated ~30 MB page, 20,000-deep nesting of several
# kinds) with a capped heap and the default thread stack: prints time, text found and peak heap of
# each. Usage: bench/robustness.sh [MEGABYTES] [HEAP]   (defaults: 30, 512m)
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile >&2
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
java -Xmx"${2:-512m}" -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  fr.liseuse.extract.ArticleStress "${1:-30}"
