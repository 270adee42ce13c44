package org.wanqi.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Times an operation in-process: 5 warm-up runs, then 21 timed; prints median, p90 and max. */
public final class Timings {

    private Timings() {
    }

    /** Prints the figures of {@code run} under {@code what} and returns the median in milliseconds. */
    public static double report(String what, Supplier<?> run) {
        for (int i = 0; i < 5; i++) {
            run.get();
        }
        double[] ms = new double[21];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p90 %.1f ms, max %.1f ms%n", what, ms[ms.length / 2], ms[ms.length * 9 / 10],
                ms[ms.length - 1]);
        return ms[ms.length / 2];
    }
}
