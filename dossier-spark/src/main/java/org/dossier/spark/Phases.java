package org.dossier.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a run's time goes: the driver's wall-clock seconds of each phase of the job (listing the input, extracting,
 * writing records and texts, the tables, errors, the corpus stage), and, from a {@link SparkListener}, the Spark jobs,
 * stages (those that ran, not those skipped because their output was there) and tasks each phase ran and the seconds its tasks took (summed over the executors' task threads). The
 * phases go to {@code _dossier.json} and to the run's last lines, so a user sees what is fixed cost and what is work.
 */
final class Phases {

    /**
     * One phase: wall seconds on the driver and what Spark ran for it; {@code within} names the phase it ran inside,
     * beside others at the same time ({@code null}: a phase of its own).
     */
    record Phase(String name, String within, double seconds, int jobs, int stages, int tasks, double taskSeconds) {
    }

    private static final String PROPERTY = "dossier.phase";

    private final SparkContext sc;
    private final Map<String, Double> wall = new LinkedHashMap<>();
    private final Map<String, String> within = new ConcurrentHashMap<>();
    private final Map<Integer, String> stagePhase = new ConcurrentHashMap<>();
    private final Map<String, int[]> counts = new ConcurrentHashMap<>();     // jobs, stages, tasks
    private final Map<String, long[]> taskMillis = new ConcurrentHashMap<>();
    private final SparkListener listener;
    private String current;
    private long started;

    Phases(SparkContext sc) {
        this.sc = sc;
        this.listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart job) {
                String phase = job.properties() == null ? null : job.properties().getProperty(PROPERTY);
                if (phase == null) {
                    return;
                }
                int[] c = counts.computeIfAbsent(phase, k -> new int[3]);
                synchronized (c) {
                    c[0]++;
                }
                scala.collection.Iterator<Object> it = job.stageIds().iterator();
                while (it.hasNext()) {
                    stagePhase.put((Integer) it.next(), phase);
                }
            }

            @Override
            public void onStageCompleted(SparkListenerStageCompleted stage) {
                String phase = stagePhase.get(stage.stageInfo().stageId());
                if (phase != null) {
                    int[] c = counts.computeIfAbsent(phase, k -> new int[3]);
                    synchronized (c) {
                        c[1]++;
                    }
                }
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd task) {
                String phase = stagePhase.get(task.stageId());
                if (phase == null || task.taskInfo() == null) {
                    return;
                }
                int[] c = counts.computeIfAbsent(phase, k -> new int[3]);
                synchronized (c) {
                    c[2]++;
                }
                long[] ms = taskMillis.computeIfAbsent(phase, k -> new long[1]);
                synchronized (ms) {
                    ms[0] += task.taskInfo().duration();
                }
            }
        };
        sc.addSparkListener(listener);
    }

    /** Ends the phase running (if any) and starts {@code name}: the Spark jobs started from now on count for it. */
    void start(String name) {
        end();
        synchronized (wall) {
            wall.putIfAbsent(name, 0.0);          // listed where it started, before the phases run inside it
        }
        current = name;
        started = System.nanoTime();
        sc.setLocalProperty(PROPERTY, name);
    }

    /** Ends the phase running, if any. */
    void end() {
        if (current != null) {
            add(current, (System.nanoTime() - started) / 1e9);
            current = null;
            sc.setLocalProperty(PROPERTY, null);
        }
    }

    /**
     * Runs {@code work} as phase {@code name} of the phase {@code group} on the calling thread, which may be one of
     * several phases of the group running at once (Spark's local properties, which tag the jobs, are the thread's own).
     */
    <T> T time(String group, String name, java.util.concurrent.Callable<T> work) throws Exception {
        within.put(name, group);
        long t0 = System.nanoTime();
        sc.setLocalProperty(PROPERTY, name);
        try {
            return work.call();
        } finally {
            sc.setLocalProperty(PROPERTY, null);
            add(name, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * Runs {@code work} on the calling thread with its Spark jobs counted for the phase {@code name}, which is timed
     * by the thread that started it (work it hands to other threads).
     */
    Object tagged(String name, Runnable work) {
        sc.setLocalProperty(PROPERTY, name);
        try {
            work.run();
            return null;
        } finally {
            sc.setLocalProperty(PROPERTY, null);
        }
    }

    /** Adds a phase measured elsewhere (before the Spark context existed, say). */
    void add(String name, double seconds) {
        synchronized (wall) {
            wall.merge(name, seconds, Double::sum);
        }
    }

    /**
     * The phases in the order they ran. Task counts arrive through Spark's listener bus, asynchronously; this waits a
     * little for it to drain.
     */
    List<Phase> list() {
        end();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline && !drained()) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        sc.removeSparkListener(listener);
        List<Phase> out = new ArrayList<>();
        Map<String, Double> walls;
        synchronized (wall) {
            walls = new LinkedHashMap<>(wall);
        }
        walls.forEach((name, secs) -> {
            int[] c = counts.getOrDefault(name, new int[3]);
            long[] ms = taskMillis.getOrDefault(name, new long[1]);
            out.add(new Phase(name, within.get(name), secs, c[0], c[1], c[2], ms[0] / 1000.0));
        });
        return out;
    }

    /** Whether the listener has seen every task that ran (the status tracker knows how many did). */
    private boolean drained() {
        int seen = 0;
        for (int[] c : counts.values()) {
            seen += c[2];
        }
        int ran = 0;
        for (int stage : stagePhase.keySet()) {
            var info = sc.statusTracker().getStageInfo(stage);
            if (info.isDefined()) {
                ran += info.get().numCompletedTasks() + info.get().numFailedTasks();
            }
        }
        return seen >= ran;
    }

    /** The phases as a table for the console. */
    static String describe(List<Phase> phases) {
        StringBuilder b = new StringBuilder("dossier-spark: where the time went (driver wall seconds; Spark jobs, "
                + "stages, tasks; task seconds summed over the task threads; indented phases ran at the same time, "
                + "inside the phase above them):");
        for (Phase p : phases) {
            b.append(String.format(Locale.ROOT, "%n  %-34s %7.2f s  %3d jobs %3d stages %5d tasks %8.2f task-s",
                    (p.within() == null ? "" : "  ") + p.name(), p.seconds(), p.jobs(), p.stages(), p.tasks(),
                    p.taskSeconds()));
        }
        return b.toString();
    }
}
