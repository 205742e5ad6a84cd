package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups name mentions into referents. Identical names go together first (organizations and places together,
 * since CoreNLP types the same name differently from one sentence to the next); then, fullest names first, each
 * name joins the referent it is a {@linkplain NameVariantMatcher variant} of. A short name that fits several
 * referents ("Smith" with "John Smith" and "Jane Smith", "Apple" with "Apple Corps" and "Apple Computer") goes, at
 * each occurrence, to the referent mentioned last before it, so different referents are never merged through it.
 * A short name styled with a title that contradicts the referent's ("Secretary Clinton" beside "President Bill
 * Clinton"), with a monarch's title and not the referent's given name ("King Hussein" beside "Saddam Hussein"), or
 * with an honorific of the other gender ("Mrs. Clinton" beside "Bill Clinton") does not join that referent. A name
 * CoreNLP tagged as a person's that only fits an organization or place joins it. Stateless.
 */
final class NameClusterer {

    private static final Set<String> MONARCHS = Set.of("king", "queen", "prince", "princess", "emperor", "empress",
            "sultan", "emir", "sheikh", "pope");
    private static final Set<String> NOT_ROLE_WORDS = Set.of("former", "acting", "and", "&", "of", "the", "for");

    private record Group(NameForm form, EntityType type, List<NameMention> mentions) {
    }

    /**
     * @param cues the titles and gender evidence of each person mention; they go to the mention's referent
     */
    List<Referent> cluster(List<NameMention> mentions, Map<NameMention, PersonCues> cues,
                           NameVariantMatcher matcher) {
        List<Group> groups = groups(mentions);
        groups.sort(Comparator.comparingInt((Group g) -> -g.form().size())
                .thenComparingInt(g -> g.mentions().get(0).span().start()));
        List<Referent> referents = new ArrayList<>();
        Map<Referent, List<Group>> members = new LinkedHashMap<>();
        ByWord byWord = new ByWord(referents);
        for (Group g : groups) {
            List<Referent> candidates = new ArrayList<>();
            for (Referent r : byWord.near(g, matcher)) {
                for (Group m : members.get(r)) {
                    if (matcher.variant(g.form(), g.type(), m.form(), m.type())) {
                        candidates.add(r);
                        break;
                    }
                }
            }
            if (candidates.isEmpty() && g.type() == EntityType.PERSON) {
                Referent other = nonPersonFor(g, byWord.near(g, matcher), members, matcher);
                if (other != null) {
                    g.mentions().forEach(m -> other.addName(retyped(m, other.names().get(0).type())));
                    continue;
                }
            }
            if (candidates.isEmpty()) {
                Referent r = start(g, referents, members, byWord);
                g.mentions().forEach(m -> add(r, m, cues));
                continue;
            }
            List<Referent> own = new ArrayList<>();
            Set<Referent> received = new HashSet<>();
            for (NameMention m : g.mentions()) {
                List<Referent> fitting = new ArrayList<>();
                for (Referent r : concat(candidates, own)) {
                    PersonCues c = cues.getOrDefault(m, PersonCues.NONE);
                    List<Title> styled = c.titles().stream().filter(Title::prefix).toList();
                    if (titlesAgree(styled, r) && monarchFits(styled, g.form(), r)
                            && r.gender().agreesWith(c.gender())) {
                        fitting.add(r);
                    }
                }
                Referent target;
                if (fitting.isEmpty()) {
                    target = start(g, referents, members, byWord);
                    own.add(target);
                } else {
                    target = fitting.size() == 1 ? fitting.get(0) : nearest(fitting, m);
                }
                add(target, m, cues);
                received.add(target);
            }
            if (received.size() == 1 && candidates.contains(received.iterator().next())) {
                members.get(received.iterator().next()).add(g);
                byWord.add(received.iterator().next(), g);
            }
        }
        return referents;
    }

    /**
     * The referents by the words of their member groups' names, so that a group is compared with the referents it
     * may be a variant of ({@link NameVariantMatcher#mayMatchWithoutSharedWord}: those sharing a word with it, or
     * all of them), not with every referent of the article; in the order of {@code referents}.
     */
    private static final class ByWord {

        private final List<Referent> referents;
        private final Map<Referent, Integer> position = new HashMap<>();
        private final Map<String, Set<Integer>> byWord = new HashMap<>();

        ByWord(List<Referent> referents) {
            this.referents = referents;
        }

        /** Records that {@code g} is a member of {@code r} (a referent of {@code referents}). */
        void add(Referent r, Group g) {
            Integer at = position.get(r);
            if (at == null) {
                at = referents.lastIndexOf(r); // a new referent: the last one, found from the end
                position.put(r, at);
            }
            for (String w : g.form().words()) {
                byWord.computeIfAbsent(w, x -> new HashSet<>()).add(at);
            }
        }

        List<Referent> near(Group g, NameVariantMatcher matcher) {
            if (matcher.mayMatchWithoutSharedWord(g.form())) {
                return referents;
            }
            Set<Integer> found = new TreeSet<>();
            for (String w : g.form().words()) {
                found.addAll(byWord.getOrDefault(w, Set.of()));
            }
            List<Referent> out = new ArrayList<>(found.size());
            found.forEach(i -> out.add(referents.get(i)));
            return out;
        }
    }

    private static Referent start(Group g, List<Referent> referents, Map<Referent, List<Group>> members,
                                  ByWord byWord) {
        Referent r = new Referent();
        referents.add(r);
        members.put(r, new ArrayList<>(List.of(g)));
        byWord.add(r, g);
        return r;
    }

    private static void add(Referent r, NameMention m, Map<NameMention, PersonCues> cues) {
        r.addName(m);
        PersonCues c = cues.getOrDefault(m, PersonCues.NONE);
        c.titles().forEach(r::addTitle);
        r.learnGender(c.gender());
    }

    private static List<Referent> concat(List<Referent> a, List<Referent> b) {
        List<Referent> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Styled titles agree with a referent's styled titles when either has none or they share a role word. */
    private static boolean titlesAgree(List<Title> styled, Referent r) {
        List<Title> theirs = r.titles().stream().filter(Title::prefix).toList();
        if (styled.isEmpty() || theirs.isEmpty()) {
            return true;
        }
        Set<String> a = roleWords(styled);
        a.retainAll(roleWords(theirs));
        return !a.isEmpty();
    }

    /** Monarchs go by their given name: "King Hussein" is no surname of "Saddam Hussein". */
    private static boolean monarchFits(List<Title> styled, NameForm form, Referent r) {
        Set<String> roles = roleWords(styled);
        roles.retainAll(MONARCHS);
        if (roles.isEmpty() || form.size() != 1) {
            return true;
        }
        Set<String> theirs = roleWords(r.titles().stream().filter(Title::prefix).toList());
        theirs.retainAll(roles);
        if (!theirs.isEmpty()) {
            return true; // the same monarch again
        }
        for (NameMention n : r.names()) {
            NameForm full = NameForm.of(n.words());
            if (full.size() > 1 && full.words().get(0).equals(form.words().get(0))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> roleWords(List<Title> titles) {
        Set<String> out = new HashSet<>();
        for (Title t : titles) {
            for (String w : t.role().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (!NOT_ROLE_WORDS.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The one organization or place a name CoreNLP tagged as a person's belongs to, when no person fits:
     * "AirTanker" after "AirTanker Ltd.", "Douglas" after "Douglas Aircraft", "Jordan" beside the country.
     */
    private static Referent nonPersonFor(Group g, List<Referent> referents, Map<Referent, List<Group>> members,
                                         NameVariantMatcher matcher) {
        Referent found = null;
        for (Referent r : referents) {
            for (Group m : members.get(r)) {
                boolean fits = m.type() == EntityType.ORGANIZATION
                        && matcher.variant(g.form(), EntityType.ORGANIZATION, m.form(), m.type())
                        || m.type() == EntityType.LOCATION && m.form().key().equals(g.form().key());
                if (fits) {
                    if (found != null && found != r) {
                        return null;
                    }
                    found = r;
                }
            }
        }
        return found;
    }

    private static NameMention retyped(NameMention m, EntityType type) {
        return new NameMention(m.sentence(), m.from(), m.to(), type, null, m.words(), m.span());
    }

    private static List<Group> groups(List<NameMention> mentions) {
        Map<String, List<NameMention>> byKey = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            NameForm f = NameForm.of(m.words());
            if (f.size() == 0) {
                continue;
            }
            String family = switch (m.type()) {
                case PERSON -> "P";
                case MISC -> "M";
                default -> "OL";
            };
            byKey.computeIfAbsent(family + "|" + f.key(), k -> new ArrayList<>()).add(m);
        }
        List<Group> out = new ArrayList<>();
        for (List<NameMention> ms : byKey.values()) {
            out.add(new Group(NameForm.of(ms.get(0).words()), majorityType(ms), ms));
        }
        return out;
    }

    private static EntityType majorityType(List<NameMention> ms) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (NameMention m : ms) {
            votes.merge(m.type(), 1, Integer::sum);
        }
        EntityType best = ms.get(0).type();
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The candidate mentioned last before {@code m}, else the one mentioned first after it. */
    private static Referent nearest(List<Referent> candidates, NameMention m) {
        Referent best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Referent r : candidates) {
            for (NameMention n : r.names()) {
                int d = m.span().start() - n.span().start();
                int distance = d > 0 ? d : Integer.MAX_VALUE / 2 - d; // any earlier mention beats any later one
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = r;
                }
            }
        }
        return best;
    }
}
