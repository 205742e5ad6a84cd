package org.dossier.extract.event;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.DatelinePlaces;
import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.annotate.lexicon.Lexicon;
import org.dossier.annotate.lexicon.Occasions;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.dossier.model.SpanIndex;
import org.dossier.model.Timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule-based events over the dependency trees of an article's sentences. It reads the article's domain from its
 * cue words ({@link EventSenses#domain}); for each sentence it finds the triggers, typed by their sense in context
 * ({@link TriggerFinder}, {@link EventSenses}), their participants and place ({@link ParticipantFinder}) and factuality
 * ({@link FactualityRules}); then, over the whole article, it applies the claims (an event inside the content of a
 * claim whose source is not the publisher is reported through it, or hypothetical when the cue wishes or asks for
 * it), and dates every event ({@link EventDating}). Stateless after construction; thread-safe.
 */
public final class RuleEventExtractor implements EventExtractor {

    private final EventLexicon lexicon;
    private final EventSenses senses;
    private final TriggerFinder triggers;
    private final ParticipantFinder participants;
    private final FactualityRules factuality;
    private final Occasions occasions;

    /** With the lexicons shipped with Dossier. */
    public RuleEventExtractor() {
        this(Lexicon.standard());
    }

    /** With the shipped event lexicon and {@code kernel}'s shared lists (modality: what factuality reads). */
    public RuleEventExtractor(Lexicon kernel) {
        this(EventLexicon.standard(), kernel);
    }

    RuleEventExtractor(EventLexicon lexicon, Lexicon kernel) {
        this(lexicon, EventSenses.standard(), kernel);
    }

    RuleEventExtractor(EventLexicon lexicon, EventSenses senses, Lexicon kernel) {
        this.lexicon = lexicon;
        this.senses = senses;
        this.triggers = new TriggerFinder(lexicon, senses, kernel.modality());
        this.participants = new ParticipantFinder(lexicon, senses);
        this.factuality = new FactualityRules(lexicon, kernel.modality());
        this.occasions = kernel.occasions();
    }

    @Override
    public List<Event> extract(AnnotatedArticle annotated, Article article, List<Entity> entities, List<Timex> timexes,
                               List<Claim> claims) {
        EntityIndex index = new EntityIndex(entities, DatelinePlaces.find(annotated.text()));
        List<DraftEvent> drafts = new ArrayList<>();
        List<List<DraftEvent>> bySentence = new ArrayList<>();
        List<TimexAnchors> anchors = new ArrayList<>();
        List<DependencyTree> parsed = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            parsed.add(sentence.tree());
        }
        String domain = senses.domain(parsed);
        SpanIndex timexSpans = new SpanIndex(timexes.stream().map(Timex::span).toList());
        for (DependencyTree s : parsed) {
            anchors.add(new TimexAnchors(s, timexes, timexSpans));
            List<DraftEvent> here = new ArrayList<>();
            for (Trigger t : triggers.find(s, domain)) {
                ParticipantFinder.Found found = participants.find(s, t, index);
                DraftEvent d = new DraftEvent(s, t, found.participants(), found.location(), factuality.assess(s, t));
                here.add(d);
                drafts.add(d);
            }
            bySentence.add(here);
        }
        applyClaims(annotated, drafts, claims, index.named(article.source()));
        speakersOfCues(annotated, drafts, claims);
        new EventDating(lexicon, occasions, participants, index, timexes, article).date(parsed, anchors, bySentence);
        bySentence.forEach(RuleEventExtractor::shareDatesAlongClauses);
        drafts.sort(Comparator.comparingInt(d -> d.s.token(d.t.first()).start()));
        List<Event> out = new ArrayList<>();
        for (DraftEvent d : drafts) {
            Span trigger = d.trigger(annotated.text());
            out.add(new Event("V" + (out.size() + 1), d.t.type(), d.t.type().cameo(), d.t.predicate(), trigger,
                    d.s.sentenceIndex(), d.participants, d.location, d.date, d.timex, d.factuality, d.attribution,
                    d.t.ace()));
        }
        return out;
    }

    /**
     * An event inside the content of a claim (the innermost one) whose source is not the publisher is known through
     * that claim: a verb stated there is reported, or hypothetical when the cue asks, wishes or promises ("called
     * on allies to deliver"); an event noun keeps its own factuality (a named meeting is presupposed).
     */
    private void applyClaims(AnnotatedArticle annotated, List<DraftEvent> drafts, List<Claim> claims, String publisher) {
        List<Claim> withContent = claims.stream().filter(c -> c.content() != null).toList();
        SpanIndex contents = new SpanIndex(withContent.stream().map(Claim::content).toList());
        for (DraftEvent d : drafts) {
            Span trigger = d.trigger(annotated.text());
            Claim inner = null;
            for (int o : contents.containing(trigger.start(), trigger.end())) { // in the claims' order
                Claim c = withContent.get(o);
                Span content = c.content();
                if (content == null || content.start() > trigger.start() || content.end() < trigger.end()
                        || (c.cue() != null && c.cue().overlaps(trigger))
                        || (publisher != null && publisher.equals(c.source()))) {
                    continue;
                }
                if (inner == null || content.length() < inner.content().length()) {
                    inner = c;
                }
            }
            if (inner == null) {
                continue;
            }
            if (!d.t.nominal() && d.factuality == Factuality.ASSERTED) {
                d.factuality = irrealisCue(annotated, inner) ? Factuality.HYPOTHETICAL : Factuality.REPORTED;
            }
            if (d.factuality != Factuality.ASSERTED) {
                d.attribution = inner.id();
            }
        }
    }

    /**
     * An event whose trigger is the cue of a claim ("said", "told", "urged") is that claim's saying: its source is
     * the claim's source entity, which the claims resolved from the whole source phrase, titles, pronouns and
     * the discourse, where the parse may have given the verb another subject ("Port of Rotterdam chief executive
     * Maarten Hollander said", parsed with "Port" as the subject) or none. The claim's source replaces the sources
     * read from the parse unless it is among them; the other participants stay. A claim without a source entity
     * changes nothing.
     */
    private static void speakersOfCues(AnnotatedArticle annotated, List<DraftEvent> drafts, List<Claim> claims) {
        List<Claim> spoken = claims.stream().filter(c -> c.cue() != null && c.source() != null).toList();
        SpanIndex cues = new SpanIndex(spoken.stream().map(Claim::cue).toList());
        for (DraftEvent d : drafts) {
            Span trigger = d.trigger(annotated.text());
            String speaker = null;
            for (int o : cues.overlapping(trigger.start(), trigger.end())) { // the first claim whose cue it is
                Claim c = spoken.get(o);
                if (c.cue() != null && c.source() != null && c.cue().overlaps(trigger)) {
                    speaker = c.source();
                    break;
                }
            }
            if (speaker == null || d.sources().contains(speaker)) {
                continue;
            }
            List<Participant> ps = new ArrayList<>();
            ps.add(new Participant(speaker, ParticipantFinder.SOURCE));
            for (Participant p : d.participants) {
                if (!p.role().equals(ParticipantFinder.SOURCE) && !p.entity().equals(speaker)) {
                    ps.add(p);
                }
            }
            d.participants = ps;
        }
    }

    /** Clause links along which one clause's date holds for the other: "walked in on Monday and shot three". */
    private static final java.util.Set<String> SAME_OCCASION = java.util.Set.of("conj", "advcl", "xcomp");

    /**
     * A verb event the dating left without a date takes the date of the event whose clause it is conjoined to or
     * adverbial to ("walked into his office on Monday and shot three people, killing one, before fleeing": all on
     * Monday), and a main event takes the date of a simultaneous clause it governs ("fell while climbing on
     * Saturday"). Events in a conditional clause take nothing.
     */
    private static void shareDatesAlongClauses(List<DraftEvent> here) {
        for (int round = 0; round < 2; round++) {
            for (DraftEvent d : here) {
                if (d.date != null || d.t.nominal()) {
                    continue;
                }
                DependencyTree s = d.s;
                int v = d.t.clause();
                DraftEvent from = null;
                if (SAME_OCCASION.contains(s.relation(v)) && !conditional(s, v)) {
                    from = dated(here, s.head(v));
                }
                for (int c = 0; from == null && c < s.size(); c++) {
                    if (s.head(c) == v && s.relation(c).equals("advcl")
                            && java.util.Set.of("while", "when", "as").contains(s.lowerMarker(c))) {
                        from = dated(here, c);
                    }
                }
                if (from != null) {
                    d.date = from.date;
                    d.timex = from.timex;
                }
            }
        }
        // "fell while climbing to a hut on Mount Sefton": what happens in the course of another happens where it does
        for (DraftEvent d : here) {
            if (d.location != null || d.t.nominal()) {
                continue;
            }
            for (int c = 0; c < d.s.size(); c++) {
                if (d.s.head(c) == d.t.clause() && d.s.relation(c).equals("advcl")
                        && java.util.Set.of("while", "when", "as").contains(d.s.lowerMarker(c))) {
                    for (DraftEvent o : here) {
                        if (o.t.clause() == c && !o.t.nominal() && o.location != null) {
                            d.location = o.location;
                        }
                    }
                }
            }
        }
    }

    private static boolean conditional(DependencyTree s, int v) {
        String m = s.lowerMarker(v);
        return m.equals("if") || m.equals("unless");
    }

    private static DraftEvent dated(List<DraftEvent> here, int clause) {
        for (DraftEvent o : here) {
            if (o.t.clause() == clause && !o.t.nominal() && o.date != null) {
                return o;
            }
        }
        return null;
    }

    private boolean irrealisCue(AnnotatedArticle annotated, Claim c) {
        if (c.cue() == null) {
            return false;
        }
        Sentence s = annotated.sentenceAt(c.cue().start());
        if (s == null) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.start() >= c.cue().start() && t.end() <= c.cue().end()) {
                return lexicon.is("irrealis-cue", t.lemma());
            }
        }
        return false;
    }

    /** An event while it is being assembled. */
    static final class DraftEvent {
        final DependencyTree s;
        final Trigger t;
        List<Participant> participants;
        String location;
        Factuality factuality;
        String attribution;
        String date;
        String timex;

        /** The trigger's words in {@code text}. */
        Span trigger(String text) {
            return Span.of(text, s.token(t.first()).start(), s.token(t.last()).end());
        }

        DraftEvent(DependencyTree s, Trigger t, List<Participant> participants, String location, Factuality factuality) {
            this.s = s;
            this.t = t;
            this.participants = participants;
            this.location = location;
            this.factuality = factuality;
        }

        List<String> sources() {
            return participants.stream().filter(p -> p.role().equals(ParticipantFinder.SOURCE))
                    .map(Participant::entity).toList();
        }
    }
}
