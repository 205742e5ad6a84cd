package org.dossier.export;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one CSV writer: RFC 4180 quoting, and no field a spreadsheet would run as a formula (issue 15, item 8). */
class CsvTest {

    record Row(String name, Integer count) {
    }

    @Test
    void everyFormulaLeadingFieldIsDefusedWithAnApostrophe() {
        assertThat(Csv.field("=HYPERLINK(\"http://evil.example\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        assertThat(Csv.field("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(Csv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(Csv.field("-12")).isEqualTo("-12");
        assertThat(Csv.field("+3.5")).isEqualTo("+3.5");
        assertThat(Csv.field("2024-12-18")).isEqualTo("2024-12-18");
        assertThat(Csv.field("Zelensky")).isEqualTo("Zelensky");
        assertThat(Csv.field("a = b")).isEqualTo("a = b");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.line("a,b", "say \"hi\"", "two\nlines", null, "plain"))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,plain\r\n");
    }

    @Test
    void recordsGetAHeaderAndOneDefusedLineEach() {
        assertThat(Csv.records(Row.class, List.of(new Row("=1+1", 3), new Row("Kyiv", null))))
                .isEqualTo("name,count\r\n'=1+1,3\r\nKyiv,\r\n");
    }

    @Test
    void theEventsExportWritesThroughIt() {
        java.io.StringWriter out = new java.io.StringWriter();
        new EventCsvExporter(out).header();
        assertThat(out.toString()).isEqualTo(Csv.line(EventCsvExporter.COLUMNS));
        assertThat(Arrays.asList(out.toString().split(","))).first().isEqualTo("date");
    }
}
