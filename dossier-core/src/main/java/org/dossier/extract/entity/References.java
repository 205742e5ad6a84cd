package org.dossier.extract.entity;

import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

import org.dossier.model.SpanIndex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What the entity layer resolved, for the layers after it to read instead of resolving again: which entity a
 * stretch of text refers to, and, for a pronoun or description the entity layer left unresolved, the entity it
 * most likely refers to.
 *
 * <p>Resolution happens in two stages of one resolver, both here in the entity layer, with one look-back
 * ({@value #LOOK_BACK} sentences before the pronoun's own) and one pronoun list ({@link Names#pronoun}):
 * <ol>
 *   <li>at extraction ({@link NamedEntityExtractor}), pronouns and definite descriptions are resolved
 *   conservatively (agreement, binding, quotation and subject constraints) and become mentions of their entity;
 *   {@link #entityAt} reads them. Events read participants this way: a wrong participant is worse than none.</li>
 *   <li>{@link #antecedent} resolves what stage 1 left alone, from the entities' mentions: the most salient
 *   entity of the wanted type before the pronoun or description ("they" for an organization, "the president"
 *   for the person with that title). The claim layer asks it for a source ("he added", "the president
 *   said").</li>
 * </ol>
 *
 * <p>The look-back is shared because the golds support it: the claim layer used to look one sentence further
 * (its own and three before). On PolNeAR-dev and the PolNeAR-train sample that extra sentence linked 22 sources,
 * 7 to the right entity and 15 to a wrong one (mostly "they" and "it" to an organization named earlier), and
 * changed no claim figure (the scorer credits the source span); stage 2 itself is needed (without it for
 * pronouns about 100 sources lose their entity and PolNeAR-dev claims F1 drops by 0.0005).
 *
 * <p>Immutable; one instance describes one article.
 */
public final class References {

    /**
     * How many sentences before a pronoun's own both stages look back for its antecedent (stage 2 counts only
     * sentences of the writer's own words, and uses the same window for a role-noun description; stage 1's
     * descriptions keep {@link DescriptionResolver}'s windows).
     */
    public static final int LOOK_BACK = 2;

    /** A quotation: the quoted words ({@code inner}) and the passage with its marks ({@code outer}). */
    public record Quotation(Span inner, Span outer) {
    }

    private final List<Sentence> sentences;
    private final List<Entity> entities;
    /** Every mention of every entity, entity by entity in list order, each entity's in its order. */
    private final SpanIndex mentions;
    /** The position in {@link #entities} of the entity each mention (by ordinal) belongs to. */
    private final int[] entityOf;
    private final Map<String, Set<EntityType>> typesById = new HashMap<>();
    /** For each gender, whether each entity (by position) is referred to by one of that gender's pronouns. */
    private final Map<Gender, boolean[]> referredTo = new EnumMap<>(Gender.class);
    private final SpanIndex quotedWords;
    private final SpanIndex quotationsWithMarks;

    /**
     * Indexes one article for every question of the layers after the entity layer: built once, each answer then
     * costs about what the mentions it reads do, not all of the article's mentions (see {@link SpanIndex}).
     *
     * @param sentences  the article's sentences, in order
     * @param entities   the entity layer's entities for the article, with their resolved mentions
     * @param quotations the article's quotations
     */
    public References(List<Sentence> sentences, List<Entity> entities, List<Quotation> quotations) {
        this.sentences = List.copyOf(sentences);
        this.entities = List.copyOf(entities);
        List<Span> all = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int e = 0; e < this.entities.size(); e++) {
            for (Span m : this.entities.get(e).mentions()) {
                all.add(m);
                owners.add(e);
            }
            typesById.computeIfAbsent(this.entities.get(e).id(), k -> EnumSet.noneOf(EntityType.class))
                    .add(this.entities.get(e).type());
        }
        this.mentions = new SpanIndex(all);
        this.entityOf = owners.stream().mapToInt(Integer::intValue).toArray();
        for (Gender g : Gender.values()) {
            Set<String> pronouns = Names.pronounsOf(g);
            boolean[] referred = new boolean[this.entities.size()];
            for (int e = 0; e < referred.length; e++) {
                referred[e] = referredToAs(this.entities.get(e), pronouns);
            }
            referredTo.put(g, referred);
        }
        this.quotedWords = new SpanIndex(quotations.stream().map(Quotation::inner).toList());
        this.quotationsWithMarks = new SpanIndex(quotations.stream().map(Quotation::outer).toList());
    }

    /**
     * The mentions of {@code entities} alone, without the article's sentences: for {@link #entityAt} and {@link
     * #endingAt}, not for {@link #antecedent}.
     */
    public static References ofMentions(List<Entity> entities) {
        return new References(List.of(), entities, List.of());
    }

    /**
     * The entity with a mention overlapping {@code [start, end)} (names, pronouns and descriptions alike, as
     * extraction resolved them), the tightest mention winning, the first entity among equals; or {@code null}.
     */
    public String entityAt(int start, int end) {
        String best = null;
        int bestLength = Integer.MAX_VALUE;
        for (int o : mentions.overlapping(start, end)) {
            int length = mentions.end(o) - mentions.start(o);
            if (length < bestLength) {
                best = entities.get(entityOf[o]).id();
                bestLength = length;
            }
        }
        return best;
    }

    /**
     * The entities with a mention from {@code start} (inclusive) to exactly {@code end}, entity by entity in the
     * order of the article's entities (each once for each such mention), their mentions in their order.
     */
    public List<MentionAt> endingAt(int start, int end) {
        List<MentionAt> out = new ArrayList<>();
        for (int o : mentions.endingAt(end)) {
            if (mentions.start(o) >= start) {
                out.add(new MentionAt(entities.get(entityOf[o]).id(), mentions.start(o), mentions.end(o)));
            }
        }
        return out;
    }

    /** A mention {@code [start, end)} of entity {@code entity}. */
    public record MentionAt(String entity, int start, int end) {
    }

    /** Whether an entity with id {@code id} is of type {@code type}. */
    public boolean isOfType(String id, EntityType type) {
        Set<EntityType> types = typesById.get(id);
        return types != null && types.contains(type);
    }

    /**
     * The most salient entity of type {@code type} mentioned before {@code offset}, for the pronoun or
     * description {@code word} ("he", "they", "president") in sentence {@code sentence}: in that sentence, then
     * the {@value #LOOK_BACK} sentences before it (sentences wholly inside a quotation are skipped and do not
     * count, and a mention inside quotation marks is never taken). Within a sentence, for a description an entity whose titles
     * name {@code word} comes first, then the subject (the first one), then the entity named last. For a personal
     * pronoun, an entity extraction already refers to by a pronoun of the same gender wins over one of unknown
     * gender within the window; one it refers to by the other gender's pronouns is never taken. {@code null} when
     * none fits.
     */
    public String antecedent(int sentence, int offset, EntityType type, String word) {
        String noun = word.toLowerCase(Locale.ROOT);
        Names.Pronoun p = Names.pronoun(noun);
        Set<String> same = p != null && p.personal() ? Names.pronounsOf(p.gender()) : Set.of();
        Set<String> clash = p != null && p.personal()
                ? Names.pronounsOf(p.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE) : Set.of();
        if (!same.isEmpty()) {
            boolean[] referred = referredTo.get(p.gender());
            String found = salientAmong(e -> referred[e], sentence, offset, type, noun);
            if (found != null) {
                return found;
            }
        }
        if (clash.isEmpty()) {
            return salientAmong(e -> true, sentence, offset, type, noun);
        }
        boolean[] clashing = referredTo.get(p.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE);
        return salientAmong(e -> !clashing[e], sentence, offset, type, noun);
    }

    /**
     * Among the entities {@code candidate} accepts (by position in the article's list), the most salient as
     * {@link #antecedent} says; the mentions of a sentence are read in the order of a loop over the candidates'
     * mentions, so that among equals the same one wins.
     */
    private String salientAmong(IntPredicate candidate, int sentence, int offset, EntityType type, String noun) {
        boolean description = Names.pronoun(noun) == null; // "he" is in no title: "the head of …" is no "he"
        int looked = 0;
        for (int s = sentence; s >= 0 && looked <= LOOK_BACK; s--) {
            Sentence t = sentences.get(s);
            if (s != sentence && quotedThrough(t)) {
                continue; // a sentence of quoted words names no antecedent and does not count
            }
            looked++;
            String titled = null;
            String subject = null;
            String last = null;
            int lastStart = -1;
            int subjectStart = Integer.MAX_VALUE;
            int titledChecked = -1;
            boolean hasTitle = false;
            for (int o : mentions.within(t.start(), t.end())) {
                int ei = entityOf[o];
                Entity e = entities.get(ei);
                if (e.type() != type || !candidate.test(ei)) {
                    continue;
                }
                int mStart = mentions.start(o);
                int mEnd = mentions.end(o);
                if (mEnd > offset || inQuotation(mStart, mEnd)) {
                    continue;
                }
                if (titledChecked != ei) {
                    titledChecked = ei;
                    hasTitle = description
                            && e.titles().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(noun));
                }
                int tok = tokenAt(t, mEnd - 1);
                if (hasTitle) {
                    titled = e.id();
                }
                if (tok >= 0 && isSubject(t, tok) && mStart < subjectStart) {
                    subject = e.id();
                    subjectStart = mStart;
                }
                if (mStart > lastStart) {
                    last = e.id();
                    lastStart = mStart;
                }
            }
            if (titled != null) {
                return titled;
            }
            if (subject != null) {
                return subject;
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    /** Whether token {@code i} is attached as a subject ("nsubj" or a subtype); the last arc to it counts. */
    private static boolean isSubject(Sentence s, int i) {
        String relation = "";
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == i && d.governor() < s.tokens().size()) {
                relation = d.relation();
            }
        }
        return relation.equals("nsubj") || relation.startsWith("nsubj:");
    }

    private static int tokenAt(Sentence s, int offset) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() <= offset && offset < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some mention of {@code e} is one of {@code pronouns}. */
    private static boolean referredToAs(Entity e, Set<String> pronouns) {
        for (Span m : e.mentions()) {
            if (pronouns.contains(m.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole sentence stands inside one quotation. */
    private boolean quotedThrough(Sentence t) {
        return quotationsWithMarks.someContains(t.start(), t.end());
    }

    private boolean inQuotation(int start, int end) {
        return quotedWords.someContains(start, end);
    }
}
