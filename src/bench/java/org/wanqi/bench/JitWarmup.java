package org.wanqi.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Warms a benchmark up until the JIT compilers are done with it. On two cores, C2 compiling the
 * application's hot paths takes about one core for a minute or more after start; a round measured
 * meanwhile measures the compiler competing with the requests, not the application's steady state.
 * The warm-up repeats its round until the compilers used less than a tenth of the round's time.
 */
public final class JitWarmup {

    /** Rounds stop once the compilers' time in the last one is below this share of its wall time. */
    private static final double QUIET_SHARE = 0.10;

    /** A round of the warm-up, returning how much it did (requests, say); it may throw what the benchmark throws. */
    @FunctionalInterface
    public interface Round {
        long run() throws Exception;
    }

    private JitWarmup() {
    }

    /**
     * Runs {@code round} at least once and at most {@code maxRounds} times, until the JIT is quiet;
     * returns what the rounds did together.
     */
    public static long run(int maxRounds, Round round) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long done = 0;
        for (int i = 1; i <= maxRounds; i++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            done += round.run();
            double wallMillis = (System.nanoTime() - started) / 1e6;
            double share = (jit.getTotalCompilationTime() - compiledBefore) / wallMillis;
            System.out.printf(Locale.ROOT, "warm-up round %d: the JIT compiled for %.0f %% of it%n", i, share * 100);
            if (share < QUIET_SHARE) {
                return done;
            }
        }
        System.out.printf(Locale.ROOT, "warm-up: the JIT was still busy after %d rounds%n", maxRounds);
        return done;
    }
}
