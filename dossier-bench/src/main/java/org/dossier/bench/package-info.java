/**
 * Benchmarks that compare Dossier with a baseline in the same run (machines here are noisy, so figures from
 * different runs are not compared). Run with {@code scripts/bench-throughput}; results go to {@code docs/quality.md}.
 */
package org.dossier.bench;
