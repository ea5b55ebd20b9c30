package io.github.broadsheet.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Converts many inputs on several threads, and reports them in input order.
 *
 * <p>Inputs are handed out in order, one at a time, to {@code jobs} worker threads; the conversion
 * function must be safe to call from several threads at once (renderers and parsers are). Each
 * input's messages are printed once every input before it has finished, so what standard error
 * shows does not depend on which thread was faster, and {@code --jobs 1} and {@code --jobs 8} print
 * the same lines. With fail-fast, no input is handed out after the first failure; the running ones
 * finish and are reported.
 */
final class Batch {

    /**
     * How one input's conversion went.
     *
     * @param ok whether every output was written
     * @param messages the lines to print for it on standard error: warnings and failures, in order
     * @param written where its outputs went, such as {@code out/ferry.html}
     * @param failedFormats the formats whose output could not be written
     */
    record Outcome(boolean ok, List<String> messages, List<String> written, List<String> failedFormats) {
        Outcome {
            messages = List.copyOf(messages);
            written = List.copyOf(written);
            failedFormats = List.copyOf(failedFormats);
        }
    }

    /**
     * What a batch did.
     *
     * @param converted how many inputs were converted
     * @param failed how many failed
     * @param skipped how many were not started because an earlier one failed (fail-fast only)
     */
    record Result(int converted, int failed, int skipped) {}

    private final List<String> names;
    private final IntFunction<Outcome> convert;
    private final Progress progress;
    private final boolean failFast;

    private final Outcome[] outcomes;
    /** The next input to hand out; every input before it was started. Guarded by this. */
    private int next;
    /** The next input to report; every input before it was reported. Guarded by this. */
    private int nextReported;
    /** How many inputs have finished. Guarded by this. */
    private int finished;
    /** Whether an input failed with fail-fast on: hand out no more. Guarded by this. */
    private boolean stopped;

    /**
     * @param names each input's name, in input order
     * @param convert converts the input at an index; called from several threads at once
     * @param progress where to report
     * @param failFast whether to stop handing out inputs at the first failure
     */
    Batch(List<String> names, IntFunction<Outcome> convert, Progress progress, boolean failFast) {
        this.names = List.copyOf(names);
        this.convert = Objects.requireNonNull(convert, "convert");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.failFast = failFast;
        this.outcomes = new Outcome[names.size()];
    }

    /**
     * Converts every input (or, with fail-fast, every input up to the first failure and those
     * running then) and prints the summary.
     *
     * @param jobs how many inputs to convert at once, at least 1
     * @return what it did
     */
    Result run(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
        long start = System.nanoTime();
        int workers = Math.min(jobs, names.size());
        if (workers <= 1) {
            work(); // on this thread: a single conversion runs exactly as it always has
        } else {
            List<Future<?>> running = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(workers, threads())) {
                for (int i = 0; i < workers; i++) {
                    running.add(pool.submit(this::work));
                }
            } // close() waits for every worker
            for (Future<?> worker : running) {
                rethrowFailureOf(worker);
            }
        }
        synchronized (this) {
            int converted = 0;
            int failed = 0;
            for (int i = 0; i < next; i++) {
                if (outcomes[i].ok()) {
                    converted++;
                } else {
                    failed++;
                }
            }
            progress.finish(converted, failed, names.size() - next, Duration.ofNanos(System.nanoTime() - start));
            return new Result(converted, failed, names.size() - next);
        }
    }

    /** Converts inputs until there are none left to hand out. */
    private void work() {
        for (int index = take(); index >= 0; index = take()) {
            done(index, convert.apply(index));
        }
    }

    /** {@return the next input to convert, or -1 when there is none or the batch stopped} */
    private synchronized int take() {
        return stopped || next >= names.size() ? -1 : next++;
    }

    /** Records an outcome, reports every input that is now next in line, and moves the bar. */
    private synchronized void done(int index, Outcome outcome) {
        outcomes[index] = outcome;
        finished++;
        if (!outcome.ok() && failFast) {
            stopped = true;
        }
        while (nextReported < next && outcomes[nextReported] != null) {
            progress.report(nextReported, names.get(nextReported), outcomes[nextReported]);
            nextReported++;
        }
        progress.finished(finished, names.get(index));
    }

    /** Worker threads: named for thread dumps, daemons so that a stuck plugin cannot keep the JVM alive. */
    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "broadsheet-convert-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Throws what a worker threw that conversion did not catch: an error, or a bug here. */
    private static void rethrowFailureOf(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
