package org.dossier.merge;

import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides, conservatively, whether an article's entity is one of the corpus entities found under its keys.
 * <ul>
 *   <li>The type must be the same.</li>
 *   <li>People: the same surname and agreeing given names ({@link PersonName#compatibleWith}). Two full names
 *       ("Volodymyr Zelensky" twice) join at once. When one side is a surname alone ("Zelensky"), it joins only a
 *       single compatible candidate, and only with evidence: a shared title or a shared co-occurring entity.
 *       A title or honorific is no given name ("President Obama", "Mr. Obama" are the surname alone). Stored
 *       entities named by the surname alone do not make a surname ambiguous: "Obama" joins the one stored person
 *       with given names and evidence ("Barack Obama"); two such people ("Barack Obama", "Michelle Obama") leave it
 *       apart. Different given names ("John Smith", "Jane Smith") never join, and the reason names them.</li>
 *   <li>Organizations, places and the rest: an identical normalized name or alias joins; an acronym alone
 *       ("EU" for "European Union") needs the same evidence as a surname alone.</li>
 *   <li>When several candidates qualify, the one with evidence wins, else the one seen in most articles among
 *       those with an identical name; otherwise the entity stays apart.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class EntityMerger {

    /** Decides for {@code entity}, given the candidates its keys found (any type; filtered here). */
    public MergeDecision decide(Entity entity, List<Candidate> candidates) {
        List<Candidate> sameType = candidates.stream().filter(c -> c.type() == entity.type()).toList();
        if (sameType.isEmpty()) {
            return MergeDecision.apart("new " + entity.type() + ": no stored " + entity.type()
                    + " shares a name with '" + entity.name() + "'");
        }
        return entity.type() == EntityType.PERSON ? person(entity, sameType) : named(entity, sameType);
    }

    private MergeDecision person(Entity entity, List<Candidate> candidates) {
        PersonName mine = fullest(entity);
        List<Candidate> full = new ArrayList<>();
        List<Candidate> partial = new ArrayList<>();
        List<String> others = new ArrayList<>();
        boolean knownNamesake = false;
        for (Candidate c : candidates) {
            PersonName theirs = PersonName.parse(c.name());
            if (!mine.compatibleWith(theirs)) {
                others.add(difference(mine, c, theirs));
                knownNamesake |= theirs.isFull() && mine.surname() != null && mine.surname().equals(theirs.surname());
            } else if (mine.isFull() && theirs.isFull()) {
                full.add(c);
            } else {
                partial.add(c);
            }
        }
        if (!full.isEmpty()) {
            Candidate best = full.stream().max(Comparator.comparingInt((Candidate c) -> evidence(entity, c).size())
                    .thenComparingInt(Candidate::articles)).orElseThrow();
            return MergeDecision.join(best.id(), "joined #" + best.id() + " '" + best.name() + "': same surname and "
                    + "agreeing given names ('" + entity.name() + "')" + because(evidence(entity, best)));
        }
        if (partial.isEmpty()) {
            return MergeDecision.apart("new PERSON: '" + entity.name() + "' " + String.join("; ", others));
        }
        if (knownNamesake) {
            // "Michelle Obama" beside a stored "Barack Obama": a stored "Obama" may be either of them
            return MergeDecision.apart("new PERSON: '" + entity.name() + "' " + String.join("; ", others)
                    + "; " + quoted(names(partial)) + " name" + (partial.size() == 1 ? "s" : "")
                    + " the surname alone and may be either");
        }
        return personWithEvidence(entity, partial, "a surname alone ('" + mine.surname() + "')");
    }

    /**
     * A surname alone joins the one stored person with given names and that surname that has evidence; stored
     * entities named by the surname alone are no further person (they are what earlier articles could not place),
     * so they are joined only when no such person has evidence. Two people with evidence stay ambiguous.
     */
    private MergeDecision personWithEvidence(Entity entity, List<Candidate> candidates, String what) {
        List<Candidate> supported = candidates.stream().filter(c -> !evidence(entity, c).isEmpty()).toList();
        List<Candidate> people = supported.stream().filter(c -> PersonName.parse(c.name()).isFull()).toList();
        if (people.size() > 1) {
            return MergeDecision.apart("new PERSON: '" + entity.name() + "' is " + what + " shared by several "
                    + "stored people with evidence (" + quoted(names(people)) + "): ambiguous");
        }
        List<Candidate> pool = people.isEmpty() ? supported : people;
        if (pool.isEmpty()) {
            return withEvidence(entity, candidates, what);
        }
        Candidate c = pool.stream().max(Comparator.comparingInt((Candidate x) -> evidence(entity, x).size())
                .thenComparingInt(Candidate::articles)).orElseThrow();
        String matches = people.isEmpty() ? " matches, and "
                : " matches the one stored person with that surname and evidence: ";
        return MergeDecision.join(c.id(), "joined #" + c.id() + " '" + c.name() + "': " + what + matches
                + String.join(", ", evidence(entity, c)));
    }

    /** What tells {@code mine} from the stored {@code c}: the surname, or the given names. */
    private static String difference(PersonName mine, Candidate c, PersonName theirs) {
        if (mine.surname() == null || !mine.surname().equals(theirs.surname())) {
            return "is not #" + c.id() + " '" + c.name() + "': a different surname ('" + mine.surname() + "', not '"
                    + theirs.surname() + "')";
        }
        return "has the surname of #" + c.id() + " '" + c.name() + "' but different given names ('"
                + String.join(" ", mine.given()) + "', not '" + String.join(" ", theirs.given()) + "')";
    }

    private MergeDecision named(Entity entity, List<Candidate> candidates) {
        Set<String> mine = new TreeSet<>();
        mine.add(NameKeys.normalize(entity.name()));
        entity.aliases().forEach(a -> mine.add(NameKeys.normalize(a)));
        List<Candidate> same = candidates.stream().filter(c -> c.names().stream().anyMatch(mine::contains)).toList();
        if (!same.isEmpty()) {
            Candidate best = same.stream().max(Comparator.comparingInt((Candidate c) -> evidence(entity, c).size())
                    .thenComparingInt(Candidate::articles)).orElseThrow();
            String shared = best.names().stream().filter(mine::contains).sorted().findFirst().orElseThrow();
            return MergeDecision.join(best.id(), "joined #" + best.id() + " '" + best.name() + "': same "
                    + entity.type() + " name '" + shared + "'" + because(evidence(entity, best)));
        }
        return withEvidence(entity, candidates, "an acronym alone");
    }

    /** A partial match joins one candidate that has evidence, and only one. */
    private MergeDecision withEvidence(Entity entity, List<Candidate> candidates, String what) {
        List<Candidate> supported = candidates.stream().filter(c -> !evidence(entity, c).isEmpty()).toList();
        if (supported.size() == 1) {
            Candidate c = supported.get(0);
            return MergeDecision.join(c.id(), "joined #" + c.id() + " '" + c.name() + "': " + what
                    + " matches, and " + String.join(", ", evidence(entity, c)));
        }
        if (supported.size() > 1) {
            return MergeDecision.apart("new " + entity.type() + ": '" + entity.name() + "' is " + what
                    + " that fits several stored entities with evidence (" + quoted(names(supported)) + ")");
        }
        return MergeDecision.apart("new " + entity.type() + ": '" + entity.name() + "' is " + what + " fitting "
                + quoted(names(candidates)) + ", with no shared title or co-occurring entity to confirm it");
    }

    /** The evidence that {@code entity} is {@code c}: shared titles and shared co-occurring entities. */
    static List<String> evidence(Entity entity, Candidate c) {
        List<String> out = new ArrayList<>();
        Set<String> titles = entity.titles().stream().map(NameKeys::normalize).filter(c.titles()::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!titles.isEmpty()) {
            out.add("shared title " + quoted(titles));
        }
        if (!c.sharedNeighbours().isEmpty()) {
            out.add("both occur with " + quoted(new TreeSet<>(c.sharedNeighbours())));
        }
        return out;
    }

    private static String because(List<String> evidence) {
        return evidence.isEmpty() ? "" : "; " + String.join(", ", evidence);
    }

    private static PersonName fullest(Entity e) {
        PersonName best = PersonName.parse(e.name());
        for (String a : e.aliases()) {
            PersonName p = PersonName.parse(a);
            if (p.given().size() > best.given().size() && best.compatibleWith(p)) {
                best = p;
            }
        }
        return best;
    }

    private static List<String> names(List<Candidate> cs) {
        return cs.stream().map(c -> "#" + c.id() + " " + c.name()).toList();
    }

    private static String quoted(java.util.Collection<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
