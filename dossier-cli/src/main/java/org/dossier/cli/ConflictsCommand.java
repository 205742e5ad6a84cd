package org.dossier.cli;

import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code dossier conflicts}: the corpus events whose reports disagree, with the reports side by side. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Corpus events whose reports disagree, earliest first: different dates (beyond their "
                + "granularity: 'December' and 'Dec. 7' agree), places of one kind, actors or targets with no one in "
                + "common, asserted by one source and negated or denied by another, still expected after it was "
                + "reported to have happened. Each disagreement lists its readings and the reports that give them.",
                "--since adds the events expected in one article and reported to have happened in a later one (a "
                        + "development, not a contradiction).",
                "--format json gives each event with its reports and disagreements; csv the reports (mentions table) "
                        + "of those events."})
public final class ConflictsCommand extends QueryCommand {

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--since", description = "Also list events whose only disagreement is that they happened since "
            + "an earlier article expected them.")
    boolean since;

    @Option(names = "--why", description = "Also show why each report was merged into its corpus event.")
    boolean why;

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        List<Rows.CorpusEventDetail> found = q.corpusEvents().conflicts(filter.query(spec.commandLine(), limit),
                null, null, since);
        switch (output.format) {
            case json -> out.println(OutputFormat.json(why ? found
                    : found.stream().map(CorpusEventText::withoutWhy).toList()));
            case csv -> CorpusEventText.csv(out, found);
            case table -> {
                if (found.isEmpty()) {
                    out.println("(no disagreements)");
                }
                for (Rows.CorpusEventDetail d : found) {
                    CorpusEventText.head(out, d.event());
                    for (Rows.Disagreement x : d.disagreements()) {
                        if (since || x.conflict()) {
                            CorpusEventText.sides(out, x, d.reports());
                        }
                    }
                    if (why) {
                        d.reports().forEach(r -> out.println("    why " + r.article() + ": " + r.mergeReason()));
                    }
                    out.println();
                }
            }
        }
        out.flush();
        return 0;
    }
}
