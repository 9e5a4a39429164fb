#!/bin/sh
# Warm speed of liseuse's extraction (parse, metadata, article, menu, contacts: everything `read`
# does after decoding) beside readability4j 1.0.8 in the same JVM, one thread, over the AEB-dev
# pages, with a 256 MiB heap. Usage: bench/speed.sh [BENCH_ROOT] [ROUNDS]
set -eu
cd "$(dirname "$0")/.."
root=${1:-${LISEUSE_BENCH:-../shared/benchmarks/extraction}}
rounds=${2:-7}
./mvnw -q -B -o test-compile >&2
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
# -XX:ActiveProcessorCount=1 keeps the JIT and GC from using a second core behind the timed thread.
java -Xmx256m -XX:ActiveProcessorCount=1 -XX:+UseSerialGC \
  -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  fr.liseuse.extract.ArticleSpeed "$rounds" "$root/aeb-dev"
