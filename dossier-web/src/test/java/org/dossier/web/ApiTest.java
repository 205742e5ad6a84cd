package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every API endpoint over hand-built records: answers, filters, bad parameters (400 with the reason), unknown ids (404). */
class ApiTest {

    @TempDir
    static Path dir;
    static WebServer server;
    static Http http;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = WebFixtures.readOnlyServer(dir);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode ok(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText(null)));
        return out;
    }

    static long entityId(String name) {
        return ok("/api/entities?name=" + name.replace(" ", "%20")).path("entities").get(0).path("entity").asLong();
    }

    @Test
    void articlesAreListedLatestFirstAndFiltered() {
        assertThat(texts(ok("/api/articles").path("articles"), "article"))
                .containsExactly(WebFixtures.XSS, WebFixtures.KYIV, WebFixtures.APPLY);
        assertThat(texts(ok("/api/articles?from=2024-01-01&to=2024-12-19").path("articles"), "article"))
                .containsExactly(WebFixtures.KYIV);
        assertThat(texts(ok("/api/articles?entity=Zelensky&type=request").path("articles"), "article"))
                .containsExactly(WebFixtures.APPLY);
        assertThat(texts(ok("/api/articles?source=kyiv%20independent").path("articles"), "article"))
                .containsExactly(WebFixtures.KYIV);
        assertThat(texts(ok("/api/articles?limit=1&offset=1").path("articles"), "article"))
                .containsExactly(WebFixtures.KYIV);
    }

    @Test
    void anArticleIsItsDossierRecord() {
        JsonNode a = ok("/api/articles/" + WebFixtures.KYIV);
        assertThat(a.path("schema").asText()).isEqualTo("dossier/1");
        assertThat(a.path("document").path("url").asText()).isEqualTo("https://example.org/kyiv");
        assertThat(texts(a.path("entities"), "name")).contains("Mark Rutte");
        assertThat(texts(a.path("timexes"), "value")).contains("2024-12-18/2024-12-19");
    }

    @Test
    void entitiesTheirProfilesAndClaimsAboutThem() {
        assertThat(texts(ok("/api/entities?type=PERSON").path("entities"), "name"))
                .contains("Volodymyr Zelensky", "Mark Rutte");
        long rutte = entityId("Rutte");
        JsonNode e = ok("/api/entities/" + rutte);
        assertThat(e.path("profile").path("name").asText()).isEqualTo("Mark Rutte");
        assertThat(texts(e.path("profile").path("titles"), "value")).containsExactly("NATO Secretary General");
        long ukraine = entityId("Ukraine");
        assertThat(texts(ok("/api/entities/" + ukraine).path("claimsAbout"), "content"))
                .containsExactly("Ukraine may receive more systems");
        assertThat(texts(ok("/api/claims?about=" + ukraine).path("claims"), "id")).containsExactly("C2");
    }

    @Test
    void eventsAndTimelineAsJsonAndCsv() {
        long zelensky = entityId("Zelensky");
        List<String> days = texts(ok("/api/events?entity=Zelensky").path("events"), "day");
        assertThat(days.get(0)).isEqualTo("2022-09-30");
        assertThat(texts(ok("/api/events?type=VISIT").path("events"), "factuality")).containsExactly("expected");
        assertThat(texts(ok("/api/timeline?from=2024-12-01&source=Kyiv%20Independent").path("events"), "type"))
                .contains("MEETING", "VISIT").doesNotContain("REQUEST");
        HttpResponse<String> csv = http.get("/api/timeline?entity=Zelensky&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("timeline.csv");
        assertThat(csv.body().lines().findFirst()).get().asString().startsWith("day,date,type,");
        assertThat(csv.body()).contains("2022-09-30").contains(WebFixtures.APPLY);
        assertThat(zelensky).isPositive();
    }

    @Test
    void quotesClaimsAndSearch() {
        assertThat(texts(ok("/api/quotes?speaker=Zelensky").path("quotes"), "quote"))
                .containsExactly("We need air defense,");
        JsonNode claims = ok("/api/claims?source=Volodymyr%20Zelensky").path("claims");
        assertThat(texts(claims, "via")).containsExactly("NATO officials");
        assertThat(claims.get(0).path("hedged").asBoolean()).isTrue();
        JsonNode hits = ok("/api/search?q=air%20defense").path("hits");
        assertThat(texts(hits, "article")).contains(WebFixtures.KYIV, WebFixtures.XSS);
        assertThat(texts(hits, "kind")).contains("article", "quote", "claim");
        assertThat(texts(hits, "title")).contains("Zelensky meets Rutte");
        assertThat(texts(ok("/api/search?q=air%20defense&from=2024-12-19").path("hits"), "article"))
                .containsOnly(WebFixtures.XSS);
        assertThat(ok("/api/search?q=air%20defense&entity=Nobody").path("hits").size()).isZero();
    }

    @ParameterizedTest(name = "{0} -> 400 ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "/api/articles?from=2024-13-01|parameter 'from': '2024-13-01' is not a date; write it as 2024-12-18",
            "/api/articles?from=2024-12-20&to=2024-12-01|is after 'to' (2024-12-01); swap them",
            "/api/articles?limit=0|parameter 'limit' must be between 1 and 1000, not 0",
            "/api/articles?limit=ten|parameter 'limit': 'ten' is not a whole number",
            "/api/articles?offset=-1|parameter 'offset' must be between 0 and 1000000, not -1",
            "/api/articles?frm=2024-01-01|unknown parameter 'frm'; this endpoint takes entity, from, limit, offset, source, to, type",
            "/api/events?type=WAR|parameter 'type': 'WAR' is not an event type; one of STATEMENT",
            "/api/timeline?format=xml|parameter 'format': 'xml' is not json or csv",
            "/api/entities?type=ALIEN|parameter 'type': 'ALIEN' is not one of LOCATION, MISC, ORGANIZATION, PERSON",
            "/api/entities/abc|entity id 'abc' is not a positive whole number",
            "/api/entities/0|entity id '0' is not a positive whole number",
            "/api/claims?about=x|parameter 'about': 'x' is not an entity id",
            "/api/claims?about=1&source=Rutte|give 'source' (who makes the claims) or 'about'",
            "/api/search|parameter 'q' is required",
            "/api/search?q=nato&limit=5000|parameter 'limit' must be between 1 and 1000, not 5000",
            "/api/quotes?limit=|unknown parameter",
            "/api/articles/kyiv-2024-12-18?x=1|unknown parameter 'x'; this endpoint takes none"})
    void badParametersGet400WithTheReason(String path, String reason) {
        HttpResponse<String> r = http.get(path);
        if (path.equals("/api/quotes?limit=")) { // a blank value is no value: the default applies
            assertThat(r.statusCode()).isEqualTo(200);
            return;
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = parse(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("error").asText()).contains(reason);
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource(delimiter = '|', value = {
            "/api/articles/no-such-article|no article 'no-such-article' in the store",
            "/api/entities/987654|no entity 987654 in the store",
            "/api/claims?about=987654|no entity 987654 in the store",
            "/api/ingest/123|ingest is off on this server",
            "/api/nothing-here|nothing at /api/nothing-here; the API is described at /api/openapi.json"})
    void unknownIdsGet404(String path, String reason) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(parse(r.body()).path("error").asText()).contains(reason);
    }

    @Test
    void theOpenApiDescriptionNamesEveryEndpoint() {
        JsonNode api = ok("/api/openapi.json");
        assertThat(api.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{id}",
                "/api/events", "/api/timeline", "/api/quotes", "/api/claims", "/api/search", "/api/ingest",
                "/api/ingest/{id}");
        HttpResponse<String> docs = http.get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/webjars/swagger-ui/").doesNotContain("http://", "https://");
        assertThat(http.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/articles", "/", "/article/" + WebFixtures.KYIV, "/api/nothing", "/nothing",
                "/static/dossier.css")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("script-src 'self'").contains("default-src 'none'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void writesAreRefusedWhenIngestIsOff() {
        HttpResponse<String> r = http.multipart("/api/ingest", "whatever-token", java.util.Map.of(),
                java.util.Map.of("a.txt", "Some article text."));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(parse(r.body()).path("error").asText()).contains("ingest is off");
    }
}
