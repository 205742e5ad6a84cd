package org.dossier.cli;

import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code dossier claims}: attributions in the store, with whom the source cites (via) and hedging. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Claims (who says what) in the store, latest first, with via (whom the source cites) and hedging.")
public final class ClaimsCommand extends QueryCommand {

    @Option(names = "--source", paramLabel = "NAME", description = "Only claims made by this person or organization.")
    String source;

    @Option(names = "--carried", description = "One row per statement however many outlets carry it (near-identical "
            + "words of one source), with the number of articles and sources, the earliest, and which articles; most "
            + "carried first.")
    boolean carried;

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        if (carried) {
            output.print(out, Rows.CarriedStatement.class, q.carriedClaims(source, limit));
            return 0;
        }
        output.print(out, Rows.Claim.class, q.claims(source, limit));
        return 0;
    }
}
