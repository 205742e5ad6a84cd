package org.dossier.cli;

import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/** {@code dossier entity NAME}: everything the corpus says about one entity. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"Everything about an entity across the corpus: its names and titles with dates, its events, "
                + "quotes and claims, and the entities it occurs with.",
                "Several entities may answer to one name (two Smiths): each is shown.",
                "Exit code 1 when no entity has the name."})
public final class EntityCommand extends QueryCommand {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "A name, alias, acronym or surname.")
    List<String> name;

    @Option(names = "--why", description = "Also show, for each article, why its entity was merged into this one.")
    boolean why;

    @Override
    int query(CorpusQueries q, PrintWriter out) {
        String n = String.join(" ", name);
        List<Rows.Profile> profiles = q.entity(n);
        if (profiles.isEmpty()) {
            spec.commandLine().getErr().println("error: no entity named '" + n + "' in the store; try "
                    + "'dossier search " + n + "'");
            return 1;
        }
        if (output.format != OutputFormat.Format.table) {
            List<Rows.Profile> shown = why ? profiles : profiles.stream().map(p -> new Rows.Profile(p.entity(), p.type(),
                    p.name(), p.articles(), p.firstSeen(), p.lastSeen(), p.aliases(), p.titles(), p.events(), p.quotes(),
                    p.claims(), p.cooccurring(), List.of())).toList();
            if (output.format == OutputFormat.Format.json) {
                out.println(OutputFormat.json(shown));
            } else {
                output.print(out, Rows.Event.class, shown.stream().flatMap(p -> p.events().stream()).toList());
            }
            out.flush();
            return 0;
        }
        for (Rows.Profile p : profiles) {
            out.println("#" + p.entity() + " " + p.name() + " (" + p.type() + "), " + p.articles() + " articles, "
                    + (p.firstSeen() == null ? "undated" : p.firstSeen() + " to " + p.lastSeen()));
            section(out, "names", Rows.NameUse.class, p.aliases());
            section(out, "titles", Rows.NameUse.class, p.titles());
            section(out, "events", Rows.Event.class, p.events());
            section(out, "quotes", Rows.Quote.class, p.quotes());
            section(out, "claims", Rows.Claim.class, p.claims());
            section(out, "occurs with", Rows.Neighbour.class, p.cooccurring());
            if (why) {
                out.println();
                out.println("why (one line per article):");
                OutputFormat.table(out, Rows.Merge.class, p.why(), Integer.MAX_VALUE);
            }
            out.println();
        }
        out.flush();
        return 0;
    }

    private static <R extends Record> void section(PrintWriter out, String title, Class<R> type, List<R> rows) {
        out.println();
        out.println(title + ":");
        OutputFormat.table(out, type, rows);
    }
}
