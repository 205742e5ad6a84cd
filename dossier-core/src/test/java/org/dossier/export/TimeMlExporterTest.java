package org.dossier.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;
import org.dossier.store.Records;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** TimeML export: valid against the TimeML structure, with the same TIMEX3 values as the dossier/1 JSON. */
class TimeMlExporterTest {

    private static Schema schema() throws Exception {
        try (InputStream in = TimeMlExporterTest.class.getResourceAsStream("TimeML.xsd")) {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(in));
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Our own small articles (resources {@code timeml/}) with their timexes: CRLF text, markup characters, all types. */
    @Test
    void articlesExportAsValidTimeMlWithTheJsonValues() throws Exception {
        Path folder = Path.of(TimeMlExporterTest.class.getResource("timeml").toURI());
        assertThat(exportEach(folder, 2)).isEqualTo(18);
    }

    /**
     * Each article of {@code folder} (text, sidecar, {@code .gold.json} timexes) with its gold timexes as the record's
     * timex layer (no NLP), through JSON and TimeML: valid TimeML, the same TIMEX3 values as the JSON, the text kept.
     *
     * @return the number of timexes exported
     */
    static int exportEach(Path folder, int articles) throws Exception {
        Schema schema = schema();
        ObjectMapper json = new ObjectMapper();
        List<ArticleInput> inputs = new ArticleReader(InputStream.nullInputStream()).readAll(List.of(folder.toString()));
        assertThat(inputs).hasSize(articles);
        int timexes = 0;
        for (ArticleInput in : inputs) {
            assertThat(in).as(in.origin()).isInstanceOf(ArticleInput.Loaded.class);
            ArticleInput.Loaded l = (ArticleInput.Loaded) in;
            String text = l.article().text();
            Path gold = folder.resolve(l.article().id() + ".gold.json");
            List<Timex> tx = new ArrayList<>();
            for (JsonNode t : json.readTree(gold.toFile()).path("timexes")) {
                tx.add(new Timex("T" + (tx.size() + 1), Span.of(text, t.get("span").get(0).asInt(), t.get("span").get(1).asInt()),
                        TimexType.valueOf(t.get("type").asText()), t.get("value").asText()));
            }
            ArticleRecord record = new ArticleRecord(l.article(), "x", List.of(), tx, List.of(), List.of(), List.of(), List.of());
            ArticleRecord viaJson = DossierJson.read(DossierJson.line(record), text, "test");
            TimeMlExporter.Result r = TimeMlExporter.export(viaJson);
            schema.newValidator().validate(new StreamSource(new StringReader(r.xml())));
            Document doc = parse(r.xml());
            NodeList tags = doc.getElementsByTagName("TEXT").item(0).getChildNodes();
            List<String> values = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < tags.getLength(); i++) {
                plain.append(tags.item(i).getTextContent());
                if (tags.item(i) instanceof Element e && e.getTagName().equals("TIMEX3")) {
                    values.add(e.getAttribute("value"));
                }
            }
            List<String> expected = new ArrayList<>();
            for (JsonNode t : json.readTree(DossierJson.line(viaJson)).path("timexes")) {
                expected.add(t.get("value").asText());
            }
            assertThat(r.skipped()).as(l.article().id()).isEmpty();
            assertThat(values).as(l.article().id()).isEqualTo(expected);
            assertThat(plain.toString()).isEqualTo(text.replace("\r\n", "\n"));
            Element dct = (Element) doc.getElementsByTagName("DCT").item(0).getFirstChild();
            assertThat(dct.getAttribute("value")).isEqualTo(l.article().published());
            timexes += values.size();
        }
        return timexes;
    }

    @Test
    void eventsAndOverlapsAreTaggedOrReported() throws Exception {
        ArticleRecord full = Records.full();
        TimeMlExporter.Result r = TimeMlExporter.export(full);
        schema().newValidator().validate(new StreamSource(new StringReader(r.xml())));
        assertThat(r.xml()).contains("<EVENT eid=\"e1\" class=\"OCCURRENCE\">visited</EVENT>")
                .contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-12-18\"")
                .contains("<MAKEINSTANCE eventID=\"e2\" eiid=\"ei2\"")
                .contains("<TITLE>Zelensky in Brussels</TITLE>");
        ArticleRecord overlapping = new ArticleRecord(full.article(), full.sha256(), List.of(),
                List.of(full.timexes().get(0), new Timex("T2", new Span(full.timexes().get(0).span().start() + 1,
                        full.timexes().get(0).span().end(), full.timexes().get(0).span().text().substring(1)),
                        TimexType.DATE, "2024-12")), List.of(), List.of(), List.of(), List.of());
        assertThat(TimeMlExporter.export(overlapping).skipped()).singleElement().asString().contains("timex T2");
        StringWriter csv = new StringWriter();
        EventCsvExporter x = new EventCsvExporter(csv);
        x.header();
        x.write(full);
        assertThat(csv.toString().split("\r\n")).containsExactly(
                String.join(",", EventCsvExporter.COLUMNS),
                "2024-12-18,2024-12-18,Volodymyr Zelensky,Brussels,042,VISIT,visit,Brussels,https://example.org/kyiv-2024-12-18,"
                        + "asserted,,,kyiv-2024-12-18,V1,visited",
                "2024-12-18,,,Ukraine,07,AID,receive,,https://example.org/kyiv-2024-12-18,hypothetical,"
                        + "Volodymyr Zelensky,true,kyiv-2024-12-18,V2,receive");
    }
}
