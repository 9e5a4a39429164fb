package fr.liseuse.store;

import java.nio.file.Path;
import java.util.Arrays;

/** Warm query latency for bench/library.sh: the same queries again and again in one JVM. */
public final class LibraryBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 50;

    private LibraryBenchmark() { }

    /** Arguments: library home, then the queries. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Library library = new Library(Pages.settings(home, false), LibraryEvents.SILENT);
        String[] queries = Arrays.copyOfRange(args, 1, args.length);
        for (int i = 0; i < WARM_UP; i++) library.search(queries[i % queries.length], 10);
        for (String query : queries) {
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                library.search(query, 10);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("warm search %-24s median %.1f ms, p90 %.1f ms (top 10 with snippets, %d runs)%n",
                    query, nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, RUNS);
        }
    }
}
