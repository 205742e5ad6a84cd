package org.dossier.extract.event;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made annotated articles for the event rules: sentences of tokens written {@code word/POS[/lemma][/NER]}
 * with their Universal Dependencies arcs {@code "rel governor dependent"} (tokens named by their word, {@code
 * word#2} for its second occurrence, {@code ROOT} for the root), and the entities, timexes and claims the other
 * stages would give. Published 2025-06-20.
 */
final class ArticleFixture {

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    /** Adds a sentence: {@code tokens} separated by spaces, {@code arcs} separated by semicolons. */
    ArticleFixture sentence(String tokens, String arcs) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int start = text.length();
        List<Token> ts = new ArrayList<>();
        for (String spec : tokens.trim().split(" +")) {
            String[] f = spec.split("/");
            String word = f[0];
            String pos = f[1];
            String lemma = f.length > 2 && !f[2].isEmpty() ? f[2] : word;
            String ner = f.length > 3 ? f[3] : "O";
            boolean glue = !ts.isEmpty() && (pos.equals(".") || pos.equals(",") || word.equals("'s"));
            if (!ts.isEmpty() && !glue) {
                text.append(' ');
            }
            int s = text.length();
            text.append(word);
            ts.add(new Token(ts.size(), s, text.length(), word, lemma, pos, ner, ner));
        }
        List<Dependency> deps = new ArrayList<>();
        for (String arc : arcs.split(";")) {
            String[] f = arc.trim().split(" +");
            if (f.length != 3) {
                throw new IllegalArgumentException("arc '" + arc + "' should be 'rel governor dependent'");
            }
            int gov = f[1].equals("ROOT") ? -1 : find(ts, f[1]);
            deps.add(new Dependency(f[0], gov, find(ts, f[2])));
        }
        sentences.add(new Sentence(sentences.size(), start, text.length(), ts, deps));
        return this;
    }

    private static int find(List<Token> ts, String ref) {
        String word = ref;
        int occurrence = 1;
        int hash = ref.lastIndexOf('#');
        if (hash > 0) {
            word = ref.substring(0, hash);
            occurrence = Integer.parseInt(ref.substring(hash + 1));
        }
        for (Token t : ts) {
            if (t.word().equals(word) && --occurrence == 0) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("no token '" + ref + "' in " + ts.stream().map(Token::word).toList());
    }

    /** An entity whose mentions are every whole-word occurrence of each of {@code mentions}; returns its id. */
    String entity(EntityType type, String name, String... mentions) {
        String id = "E" + (entities.size() + 1);
        List<Span> spans = new ArrayList<>();
        String t = text.toString();
        for (String m : mentions) {
            for (int i = t.indexOf(m); i >= 0; i = t.indexOf(m, i + 1)) {
                boolean left = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
                int end = i + m.length();
                boolean right = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
                if (left && right) {
                    spans.add(Span.of(t, i, end));
                }
            }
        }
        spans.sort(null);
        entities.add(new Entity(id, type, null, name, List.of(), List.of(), spans));
        return id;
    }

    /** A timex at the n-th occurrence of {@code words}; returns its id. */
    String timex(String words, int occurrence, TimexType type, String value) {
        String id = "T" + (timexes.size() + 1);
        timexes.add(new Timex(id, span(words, occurrence), type, value));
        return id;
    }

    String date(String words, String value) {
        return timex(words, 1, TimexType.DATE, value);
    }

    /** A claim: source entity, cue and content given by their first occurrence in the text; returns its id. */
    String claim(String source, String cue, String content) {
        String id = "C" + (claims.size() + 1);
        claims.add(new Claim(id, source, null, span(cue, 1), span(content, 1), List.of(), null, false));
        return id;
    }

    private Span span(String words, int occurrence) {
        String t = text.toString();
        int i = -1;
        for (int k = 0; k < occurrence; k++) {
            i = t.indexOf(words, i + 1);
            if (i < 0) {
                throw new IllegalArgumentException("'" + words + "' (occurrence " + occurrence + ") not in: " + t);
            }
        }
        return Span.of(t, i, i + words.length());
    }

    String text() {
        return text.toString();
    }

    AnnotatedArticle annotated() {
        return new AnnotatedArticle(text.toString(), sentences);
    }

    Article article() {
        return new Article("fixture", null, "The Daily Fixture", null, "2025-06-20", "en", text.toString(), "fixture");
    }

    List<Event> events() {
        return new RuleEventExtractor().extract(annotated(), article(), entities, timexes, claims);
    }

    /** The event whose trigger text is {@code trigger}. */
    Event event(String trigger) {
        return events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + trigger + "' among "
                        + events().stream().map(e -> e.trigger().text()).toList()));
    }
}
