package org.dossier.spark;

import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;

import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The pipeline of one executor JVM: built lazily by the first task that needs it and shared by every task thread
 * of the JVM afterwards ({@link DossierPipeline} is thread-safe), never serialized, never built once per task.
 * What the tasks carry is this small description of it.
 *
 * @param annotationCache a folder every executor reaches, for {@link DossierPipelines#cached}; {@code null}: none
 * @param factory         a class with a public no-argument constructor implementing
 *                        {@code Supplier<DossierPipeline>} that builds the pipeline instead ({@code null}: the
 *                        standard one); tests run the job with model-free pipelines this way
 */
public record ExecutorPipeline(String annotationCache, String factory) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Object LOCK = new Object();
    private static volatile DossierPipeline pipeline;
    private static volatile ExecutorPipeline built;
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicLong BUILD_NANOS = new java.util.concurrent.atomic.AtomicLong();

    /** This JVM's pipeline, built on first use. */
    DossierPipeline get() {
        DossierPipeline p = pipeline;
        if (p != null && equals(built)) {
            return p;
        }
        synchronized (LOCK) {
            if (pipeline == null || !equals(built)) {
                long t0 = System.nanoTime();
                pipeline = build();
                BUILD_NANOS.addAndGet(System.nanoTime() - t0);
                built = this;
                BUILDS.incrementAndGet();
            }
            return pipeline;
        }
    }

    @SuppressWarnings("unchecked")
    private DossierPipeline build() {
        if (factory != null) {
            try {
                return ((Supplier<DossierPipeline>) Class.forName(factory).getDeclaredConstructor().newInstance()).get();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("cannot build the pipeline with " + factory + " (" + e + ")", e);
            }
        }
        return annotationCache == null ? DossierPipelines.standard() : DossierPipelines.cached(Path.of(annotationCache));
    }

    /** How many times this JVM built a pipeline (loaded the language models, without an annotation cache). */
    static int builds() {
        return BUILDS.get();
    }

    /** How long this JVM spent building pipelines (loading the models), in seconds. */
    static double buildSeconds() {
        return BUILD_NANOS.get() / 1e9;
    }

    /** This JVM, as the job's report names it: host and process id. */
    static String jvm() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
