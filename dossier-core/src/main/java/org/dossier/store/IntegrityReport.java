package org.dossier.store;

import java.util.List;

/** The result of {@link Store#check()}: how much is stored and each problem found (empty when sound). */
public record IntegrityReport(long articles, long entities, long events, List<String> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
