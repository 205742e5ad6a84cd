package org.dossier.store;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;
import org.dossier.store.jdbc.JdbcStore;

import java.util.ArrayList;
import java.util.List;

/** Records built by hand for store, query and export tests: every layer, including the events no extractor makes yet. */
public final class Records {

    private Records() {
    }

    /** An article with every layer filled, nulls where the contract allows them, and text beyond the BMP. */
    public static ArticleRecord full() {
        String text = "President Volodymyr Zelensky visited Brussels on Dec. 18 🇺🇦. \"We need air defense,\" "
                + "Zelensky said, reportedly citing NATO officials. Ukraine may receive more aid.";
        Article a = new Article("kyiv-2024-12-18", "Zelensky in Brussels", "Kyiv Independent",
                "https://example.org/kyiv-2024-12-18", "2024-12-18", "en", text, "test");
        int zel = text.indexOf("Volodymyr Zelensky");
        int zel2 = text.indexOf("Zelensky said");
        int bru = text.indexOf("Brussels");
        int nato = text.indexOf("NATO");
        int ukr = text.indexOf("Ukraine");
        int dec = text.indexOf("Dec. 18");
        int q = text.indexOf("We need");
        int said = text.indexOf("said");
        int visited = text.indexOf("visited");
        int receive = text.indexOf("receive");
        List<Entity> entities = List.of(
                new Entity("E1", EntityType.PERSON, null, "Volodymyr Zelensky", List.of("Zelensky"), List.of("President"),
                        List.of(Span.of(text, zel, zel + 18), Span.of(text, zel2, zel2 + 8))),
                new Entity("E2", EntityType.LOCATION, "CITY", "Brussels", List.of(), List.of(),
                        List.of(Span.of(text, bru, bru + 8))),
                new Entity("E3", EntityType.ORGANIZATION, null, "NATO", List.of(), List.of(),
                        List.of(Span.of(text, nato, nato + 4))),
                new Entity("E4", EntityType.LOCATION, "COUNTRY", "Ukraine", List.of(), List.of(),
                        List.of(Span.of(text, ukr, ukr + 7))));
        List<Timex> timexes = List.of(new Timex("T1", Span.of(text, dec, dec + 7), TimexType.DATE, "2024-12-18"));
        List<Quote> quotes = List.of(new Quote("Q1", Span.of(text, q, q + 22), "E1", "said",
                Span.of(text, said, said + 4), "C1"), new Quote("Q2", Span.of(text, q, q + 7), null, null, null, null));
        List<Claim> claims = List.of(
                new Claim("C1", "E1", Span.of(text, zel2, zel2 + 8), Span.of(text, said, said + 4),
                        Span.of(text, q, q + 22), List.of("NATO officials", "aides"), "2024-12-18", true),
                new Claim("C2", null, null, null, Span.of(text, ukr, ukr + 29), List.of(), null, false));
        List<Event> events = List.of(
                new Event("V1", EventType.VISIT, "042", "visit", Span.of(text, visited, visited + 7), 0,
                        List.of(new Participant("E1", "source"), new Participant("E2", "target")), "E2", "2024-12-18",
                        "T1", Factuality.ASSERTED, null),
                new Event("V2", EventType.AID, "07", "receive", Span.of(text, receive, receive + 7), 2,
                        List.of(new Participant("E4", "target")), null, null, null, Factuality.HYPOTHETICAL, "C1",
                        "Transaction:Transfer-Ownership"));
        return new ArticleRecord(a, JdbcStore.sha256(text), entities, timexes, quotes, claims, events,
                List.of("a warning", "another warning"));
    }

    /** A small article: {@code text}, entities found by name in it, and one event per {@code (predicate, actor, target, date)}. */
    public static ArticleRecord article(String id, String published, String text, List<Entity> entities,
                                        List<Event> events) {
        Article a = new Article(id, null, "Test Wire", "https://example.org/" + id, published, "en", text, id + ".txt");
        return new ArticleRecord(a, JdbcStore.sha256(text), entities, List.of(), List.of(), List.of(), events, List.of());
    }

    /** An entity whose mentions are every occurrence of {@code name} (and aliases) in {@code text}. */
    public static Entity entity(String id, EntityType type, String text, String name, List<String> aliases,
                                List<String> titles) {
        List<Span> mentions = new ArrayList<>();
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        for (String n : all) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length())) {
                Span s = Span.of(text, i, i + n.length());
                if (mentions.stream().noneMatch(s::overlaps)) {
                    mentions.add(s);
                }
            }
        }
        mentions.sort(null);
        return new Entity(id, type, null, name, aliases, titles, mentions);
    }

    /** An event triggered by the first {@code trigger} in {@code text}. */
    public static Event event(String id, String text, String trigger, EventType type, String date, Factuality f,
                              String attribution, Participant... participants) {
        int at = text.indexOf(trigger);
        return new Event(id, type, type.cameo(), trigger, Span.of(text, at, at + trigger.length()), 0,
                List.of(participants), null, date, null, f, attribution);
    }
}
