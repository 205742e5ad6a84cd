/**
 * Dossier as an Apache Spark job ({@link org.dossier.spark.DossierSparkJob}): articles read from any Hadoop file
 * system, extracted by the same {@code pipeline} as {@code dossier extract} (built once per executor JVM,
 * {@link org.dossier.spark.ExecutorPipeline}), written as {@code dossier/1} records, flat tables
 * ({@link org.dossier.spark.Tables}) and an {@code errors} table, with the store's cross-article entity merging
 * ({@link org.dossier.spark.CorpusStage}). No extraction logic lives here.
 */
package org.dossier.spark;
