/** The {@code dossier} command line: picocli commands over the core pipeline. */
package org.dossier.cli;
