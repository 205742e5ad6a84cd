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

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        output.print(out, Rows.Claim.class, q.claims(source, limit));
        return 0;
    }
}
