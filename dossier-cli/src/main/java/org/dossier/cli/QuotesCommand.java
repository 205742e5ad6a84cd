package org.dossier.cli;

import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code dossier quotes}: quotations in the store, latest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotations in the store, latest first.")
public final class QuotesCommand extends QueryCommand {

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes of this person or organization.")
    String speaker;

    @Option(names = "--carried", description = "One row per statement however many outlets carry it (near-identical "
            + "words of one speaker), with the number of articles and sources, the earliest, and which articles; most "
            + "carried first.")
    boolean carried;

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        if (carried) {
            output.print(out, Rows.CarriedStatement.class, q.carriedQuotes(speaker, limit));
            return 0;
        }
        output.print(out, Rows.Quote.class, q.quotes(speaker, limit));
        return 0;
    }
}
