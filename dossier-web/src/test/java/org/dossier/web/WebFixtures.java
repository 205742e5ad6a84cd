package org.dossier.web;

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
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.FakePipelines;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Records built by hand for the web tests (no models): every layer, an hostile article, and a model-free pipeline. */
final class WebFixtures {

    static final String KYIV = "kyiv-2024-12-18";
    static final String XSS = "xss-2024-12-20";
    static final String APPLY = "apply-2022-09-30";

    private WebFixtures() {
    }

    static Span span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return Span.of(text, at, at + part.length());
    }

    /** Zelensky in Brussels: entities with titles, a date range, a quote, claims and events of every factuality. */
    static ArticleRecord kyiv() {
        String text = "Volodymyr Zelensky met NATO Secretary General Mark Rutte in Brussels on Dec. 18-19. "
                + "\"We need air defense,\" Zelensky said, reportedly citing NATO officials. "
                + "Ukraine may receive more systems, and Rutte will visit Kyiv next month.";
        Article a = new Article(KYIV, "Zelensky meets Rutte", "Kyiv Independent", "https://example.org/kyiv",
                "2024-12-18", "en", text, "test");
        List<Entity> entities = List.of(
                new Entity("E1", EntityType.PERSON, null, "Volodymyr Zelensky", List.of("Zelensky"), List.of("President"),
                        List.of(span(text, "Volodymyr Zelensky"), Span.of(text, text.indexOf("Zelensky said"),
                                text.indexOf("Zelensky said") + 8))),
                new Entity("E2", EntityType.PERSON, null, "Mark Rutte", List.of("Rutte"),
                        List.of("NATO Secretary General"), List.of(span(text, "Mark Rutte"),
                        Span.of(text, text.indexOf("Rutte will"), text.indexOf("Rutte will") + 5))),
                new Entity("E3", EntityType.ORGANIZATION, null, "NATO", List.of(), List.of(),
                        List.of(span(text, "NATO"))),
                new Entity("E4", EntityType.LOCATION, "CITY", "Brussels", List.of(), List.of(),
                        List.of(span(text, "Brussels"))),
                new Entity("E5", EntityType.LOCATION, "COUNTRY", "Ukraine", List.of(), List.of(),
                        List.of(span(text, "Ukraine"))));
        List<Timex> timexes = List.of(new Timex("T1", span(text, "Dec. 18-19"), TimexType.DATE, "2024-12-18/2024-12-19"),
                new Timex("T2", span(text, "next month"), TimexType.DATE, "2025-01"));
        List<Quote> quotes = List.of(new Quote("Q1", span(text, "We need air defense,"), "E1", "said",
                span(text, "said"), "C1"));
        List<Claim> claims = List.of(
                new Claim("C1", "E1", Span.of(text, text.indexOf("Zelensky said"), text.indexOf("Zelensky said") + 8),
                        span(text, "said"), span(text, "We need air defense,"), List.of("NATO officials"), "2024-12-18",
                        true),
                new Claim("C2", null, null, null, span(text, "Ukraine may receive more systems"), List.of(), null,
                        false));
        List<Event> events = List.of(
                new Event("V1", EventType.MEETING, "04", "meet", span(text, "met"), 0,
                        List.of(new Participant("E1", "source"), new Participant("E2", "target")), "E4",
                        "2024-12-18/2024-12-19", "T1", Factuality.ASSERTED, null),
                new Event("V2", EventType.AID, "07", "receive", span(text, "receive"), 2,
                        List.of(new Participant("E5", "target")), null, null, null, Factuality.HYPOTHETICAL, null),
                new Event("V3", EventType.VISIT, "042", "visit", span(text, "visit"), 2,
                        List.of(new Participant("E2", "source")), null, "2025-01", "T2", Factuality.EXPECTED, null),
                new Event("V4", EventType.STATEMENT, "01", "say", span(text, "said"), 1,
                        List.of(new Participant("E1", "source")), null, "2024-12-18", null, Factuality.REPORTED, "C1"));
        return new ArticleRecord(a, JdbcStore.sha256(text), entities, timexes, quotes, claims, events, List.of());
    }

    /** An older article: Ukraine's application to NATO, Sept. 30, 2022. */
    static ArticleRecord application() {
        String text = "On Sept. 30, 2022, Volodymyr Zelensky signed Ukraine's application to join NATO.";
        Article a = new Article(APPLY, "Ukraine applies to NATO", "Test Wire", "https://example.org/apply",
                "2022-09-30", "en", text, "test");
        List<Entity> entities = List.of(
                new Entity("E1", EntityType.PERSON, null, "Volodymyr Zelensky", List.of(), List.of("President"),
                        List.of(span(text, "Volodymyr Zelensky"))),
                new Entity("E2", EntityType.LOCATION, null, "Ukraine", List.of(), List.of(), List.of(span(text, "Ukraine"))),
                new Entity("E3", EntityType.ORGANIZATION, null, "NATO", List.of(), List.of(), List.of(span(text, "NATO"))));
        List<Event> events = List.of(new Event("V1", EventType.REQUEST, "02", "apply", span(text, "application"), 0,
                List.of(new Participant("E1", "source"), new Participant("E3", "target")), null, "2022-09-30", "T1",
                Factuality.ASSERTED, null));
        return new ArticleRecord(a, JdbcStore.sha256(text), entities,
                List.of(new Timex("T1", span(text, "Sept. 30, 2022"), TimexType.DATE, "2022-09-30")), List.of(),
                List.of(), events, List.of());
    }

    /** Hostile text, title, source and URL; an entity whose name and mention are markup. */
    static ArticleRecord hostile() {
        String text = XSS_TEXT;
        Article a = new Article(XSS, "<img src=x onerror=alert('title')>", "<b>Evil</b> Wire",
                "javascript:alert('url')", "2024-12-20", "en", text, "test");
        Span script = span(text, "<script>alert('xss')</script>");
        List<Entity> entities = List.of(new Entity("E1", EntityType.PERSON, null, "<script>alert('name')</script>",
                List.of("\"><svg onload=alert(1)>"), List.of("<i>Chief</i>"), List.of(script)));
        return new ArticleRecord(a, JdbcStore.sha256(text), entities, List.of(), List.of(), List.of(), List.of(),
                List.of("<script>alert('warning')</script>"));
    }

    static final String XSS_TEXT = "Breaking: <script>alert('xss')</script> was found in the feed. "
            + "Click <a href=\"javascript:alert('link')\">here</a> or javascript:alert('bare') for air defense news. "
            + "<img src=x onerror=\"alert('img')\"> <iframe src=\"javascript:alert('frame')\"></iframe>";

    /**
     * A read-only server over a new SQLite store in {@code dir} holding {@link #kyiv()}, {@link #application()}
     * and {@link #hostile()}, on a free port.
     */
    static WebServer readOnlyServer(Path dir) {
        StoreLocation db = new StoreLocation.Sqlite(dir.resolve("web.db"));
        try (JdbcStore store = JdbcStore.open(db, Clock.systemUTC())) {
            store.put(kyiv());
            store.put(application());
            store.put(hostile());
        }
        return WebServer.start(db, WebOptions.readOnly(0), WebFixtures::pipeline, Clock.systemUTC());
    }

    /** A pipeline without models: whitespace tokens, capitalized words as MISC entities. */
    static DossierPipeline pipeline() {
        return FakePipelines.capitalized();
    }
}
