package org.dossier.cli;

import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/** {@code dossier search}: full text over articles, quotes and claims. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over articles, quotes and claims, best first; every word must appear.")
public final class SearchCommand extends QueryCommand {

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to find.")
    List<String> words;

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        output.print(out, Rows.Hit.class, q.search(String.join(" ", words), limit));
        return 0;
    }
}
