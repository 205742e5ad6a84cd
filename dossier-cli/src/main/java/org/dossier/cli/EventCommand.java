package org.dossier.cli;

import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** {@code dossier event ID}: one corpus event and every report of it, side by side. */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = {"One corpus event (a real-world event as the store groups its reports across articles) and "
                + "every report of it side by side: the article, the sentence, who carries it (the article itself, "
                + "or the claim's source and whom it cites), factuality, date, place and participants as that report "
                + "gives them, and where the reports disagree.",
                "ID is the corpus event's number (the 'id' column of 'dossier timeline --db') or ARTICLE#EVENT, an "
                        + "article's event (the 'article' and 'event' columns of 'dossier timeline --per-article').",
                "--format csv writes the reports as the mentions table of 'dossier export --format mentions-csv'.",
                "Exit code 1 when there is no such event."})
public final class EventCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "A corpus event number, or ARTICLE#EVENT.")
    String id;

    @Option(names = "--why", description = "Also show why each report was merged into this corpus event.")
    boolean why;

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        Optional<Long> pk = resolve(q);
        Optional<Rows.CorpusEventDetail> found = pk.flatMap(n -> q.corpusEvents().event(n));
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("error: no corpus event '" + id + "' in the store; corpus event "
                    + "numbers are the 'id' column of 'dossier timeline --db DB'");
            return 1;
        }
        Rows.CorpusEventDetail d = found.get();
        switch (output.format) {
            case json -> out.println(OutputFormat.json(why ? d : CorpusEventText.withoutWhy(d)));
            case csv -> CorpusEventText.csv(out, List.of(d));
            case table -> CorpusEventText.print(out, d, why);
        }
        out.flush();
        return 0;
    }

    private Optional<Long> resolve(CorpusQueries q) {
        String s = id.strip();
        int hash = s.lastIndexOf('#');
        if (hash > 0 && hash < s.length() - 1) {
            return q.corpusEvents().eventOf(s.substring(0, hash), s.substring(hash + 1));
        }
        try {
            long n = Long.parseLong(s);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "ID '" + id + "' is neither a corpus event "
                    + "number (a positive whole number) nor ARTICLE#EVENT (e.g. kyiv-2024-12-18#V1)");
        }
    }
}
