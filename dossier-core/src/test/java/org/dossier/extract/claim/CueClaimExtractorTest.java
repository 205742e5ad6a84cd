package org.dossier.extract.claim;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.extract.quote.MarkedQuoteExtractor;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Timex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each construction of the issue on a short hand-parsed text of our own: sources, cues and contents, speakers of
 * quotes, via, hedges and dates. The parses are written the way CoreNLP parses such sentences, its mistakes
 * included where the extractor has to live with them.
 */
class CueClaimExtractorTest {

    private final CueClaimExtractor extractor = new CueClaimExtractor();
    private final MarkedQuoteExtractor quotes = new MarkedQuoteExtractor();

    private static String text(Claim c) {
        return c.content().text();
    }

    @Test
    void subjectSaysThatClause() {
        AnnotatedArticle a = new HandParsed().sentence("Anna Berg said the port would reopen.",
                "Anna _ NNP 2 compound PERSON", "Berg _ NNP 3 nsubj PERSON", "said say VBD 0 root",
                "the _ DT 5 det", "port _ NN 7 nsubj", "would _ MD 7 aux", "reopen _ VB 3 ccomp",
                ". . . 3 punct").build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg");
        List<Claim> claims = extractor.extract(a, List.of(anna), List.of());
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("C1");
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.sourceSpan().text()).isEqualTo("Anna Berg");
            assertThat(c.cue().text()).isEqualTo("said");
            assertThat(text(c)).isEqualTo("the port would reopen");
            assertThat(c.via()).isEmpty();
            assertThat(c.hedged()).isFalse();
        });
    }

    @Test
    void saidAfterTheQuotationWithTheSpeakerBehindIt() {
        AnnotatedArticle a = new HandParsed().sentence("“The port will reopen,” said Anna Berg.",
                "“ _ `` 8 punct", "The _ DT 3 det", "port _ NN 5 nsubj", "will _ MD 5 aux", "reopen _ VB 8 ccomp",
                ", , , 8 punct", "” _ '' 8 punct", "said say VBD 0 root", "Anna _ NNP 10 compound PERSON",
                "Berg _ NNP 8 nsubj PERSON", ". . . 8 punct").build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg");
        List<Claim> claims = extractor.extract(a, List.of(anna), List.of());
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(text(c)).isEqualTo("“The port will reopen,”");
        });
        assertThat(quotes.extract(a, claims)).singleElement().satisfies(q -> {
            assertThat(q.span().text()).isEqualTo("The port will reopen");
            assertThat(q.speaker()).isEqualTo("E1");
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.claim()).isEqualTo("C1");
        });
    }

    @Test
    void appositionStaysOutOfTheSource() {
        AnnotatedArticle a = new HandParsed().sentence("Bram Kok, a doctor at the city hospital, said the strike cost lives.",
                "Bram _ NNP 2 compound PERSON", "Kok _ NNP 11 nsubj PERSON", ", , , 2 punct", "a _ DT 5 det",
                "doctor _ NN 2 appos", "at _ IN 9 case", "the _ DT 9 det", "city _ NN 9 compound",
                "hospital _ NN 5 nmod", ", , , 2 punct", "said say VBD 0 root", "the _ DT 13 det",
                "strike _ NN 14 nsubj", "cost _ VBD 11 ccomp", "lives life NNS 14 obj", ". . . 11 punct").build();
        Entity bram = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Bram Kok", "Bram Kok");
        assertThat(extractor.extract(a, List.of(bram), List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("Bram Kok");
            assertThat(c.source()).isEqualTo("E1");
            assertThat(text(c)).isEqualTo("the strike cost lives");
        });
    }

    @Test
    void wroteOnSocialMedia() {
        AnnotatedArticle a = new HandParsed().sentence("“Talks went well,” Anna wrote on social media.",
                "“ _ `` 8 punct", "Talks talk NNS 3 nsubj", "went go VBD 8 ccomp", "well _ RB 3 advmod",
                ", , , 8 punct", "” _ '' 8 punct", "Anna _ NNP 8 nsubj PERSON", "wrote write VBD 0 root",
                "on _ IN 11 case", "social _ JJ 11 amod", "media _ NNS 8 obl", ". . . 8 punct").build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna", "Anna");
        assertThat(extractor.extract(a, List.of(anna), List.of())).singleElement().satisfies(c -> {
            assertThat(c.cue().text()).isEqualTo("wrote");
            assertThat(c.source()).isEqualTo("E1");
            assertThat(text(c)).isEqualTo("“Talks went well,”");
        });
    }

    @Test
    void accordingToNamesTheSourceOfTheClauseAround() {
        AnnotatedArticle a = new HandParsed().sentence("The strike delayed 120 ships, according to Portline Analytics.",
                "The _ DT 2 det", "strike _ NN 3 nsubj", "delayed delay VBD 0 root", "120 _ CD 5 nummod",
                "ships ship NNS 3 obj", ", , , 3 punct", "according accord VBG 10 case", "to _ IN 7 fixed",
                "Portline _ NNP 10 compound ORGANIZATION", "Analytics _ NNP 3 obl ORGANIZATION", ". . . 3 punct")
                .build();
        Entity firm = HandParsed.entity(a.text(), "E1", EntityType.ORGANIZATION, "Portline Analytics",
                "Portline Analytics");
        assertThat(extractor.extract(a, List.of(firm), List.of())).singleElement().satisfies(c -> {
            assertThat(c.cue().text()).isEqualTo("according to");
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.sourceSpan().text()).isEqualTo("Portline Analytics");
            assertThat(text(c)).isEqualTo("The strike delayed 120 ships");
        });
    }

    @Test
    void pronounAddingToAQuotationResolvesToTheEarlierSpeaker() {
        AnnotatedArticle a = new HandParsed()
                .sentence("Bram Kok said the talks failed.", "Bram _ NNP 2 compound PERSON", "Kok _ NNP 3 nsubj PERSON",
                        "said say VBD 0 root", "the _ DT 5 det", "talks talk NNS 6 nsubj", "failed fail VBD 3 ccomp",
                        ". . . 3 punct")
                .paragraph()
                .sentence("“We will strike again,” he added.", "“ _ `` 9 punct", "We _ PRP 4 nsubj", "will _ MD 4 aux",
                        "strike _ VB 9 ccomp", "again _ RB 4 advmod", ", , , 9 punct", "” _ '' 9 punct",
                        "he _ PRP 9 nsubj", "added add VBD 0 root", ". . . 9 punct")
                .build();
        Entity bram = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Bram Kok", "Bram Kok");
        List<Claim> claims = extractor.extract(a, List.of(bram), List.of());
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).sourceSpan().text()).isEqualTo("he");
        assertThat(claims.get(1).source()).isEqualTo("E1");
        assertThat(quotes.extract(a, claims)).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("E1");
            assertThat(q.cue()).isEqualTo("added");
        });
    }

    @Test
    void descriptionResolvesToTheEntityItDescribes() {
        AnnotatedArticle a = new HandParsed()
                .sentence("President Anna Berg visited Brussels.", "President _ NNP 3 compound TITLE",
                        "Anna _ NNP 3 compound PERSON", "Berg _ NNP 4 nsubj PERSON", "visited visit VBD 0 root",
                        "Brussels _ NNP 4 obj CITY", ". . . 4 punct")
                .sentence("The president said talks would resume.", "The _ DT 2 det", "president _ NN 3 nsubj",
                        "said say VBD 0 root", "talks talk NNS 6 nsubj", "would _ MD 6 aux", "resume _ VB 3 ccomp",
                        ". . . 3 punct")
                .build();
        List<Entity> entities = List.of(
                HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg"),
                HandParsed.entity(a.text(), "E2", EntityType.LOCATION, "Brussels", "Brussels"));
        assertThat(extractor.extract(a, entities, List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("The president");
            assertThat(c.source()).isEqualTo("E1");
        });
    }

    @Test
    void quotationOpeningTheNextParagraphContinuesTheSpeaker() {
        AnnotatedArticle a = new HandParsed()
                .sentence("“We did not want this,” Anna said.", "“ _ `` 10 punct", "We _ PRP 5 nsubj", "did do VBD 5 aux",
                        "not _ RB 5 advmod", "want _ VB 10 ccomp", "this _ DT 5 obj", ", , , 10 punct",
                        "” _ '' 10 punct", "Anna _ NNP 10 nsubj PERSON", "said say VBD 0 root", ". . . 10 punct")
                .paragraph()
                .sentence("“The port had no choice.”", "“ _ `` 4 punct", "The _ DT 3 det", "port _ NN 4 nsubj",
                        "had have VBD 0 root", "no _ DT 6 det", "choice _ NN 4 obj", ". . . 4 punct", "” _ '' 4 punct")
                .build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna", "Anna");
        List<Claim> claims = extractor.extract(a, List.of(anna), List.of());
        assertThat(claims).singleElement().satisfies(c -> assertThat(text(c)).endsWith("no choice.”"));
        List<Quote> found = quotes.extract(a, claims);
        assertThat(found).extracting(Quote::speaker).containsExactly("E1", "E1");
        assertThat(found).extracting(Quote::claim).containsExactly("C1", "C1");
    }

    @Test
    void quotationSplitByItsAttributionIsOneClaim() {
        AnnotatedArticle a = new HandParsed()
                .sentence("“The port is open,” Anna said.", "“ _ `` 9 punct", "The _ DT 3 det", "port _ NN 5 nsubj",
                        "is be VBZ 5 cop", "open _ JJ 9 ccomp", ", , , 9 punct", "” _ '' 9 punct",
                        "Anna _ NNP 9 nsubj PERSON", "said say VBD 0 root", ". . . 9 punct")
                .sentence("“The ships are late.”", "“ _ `` 5 punct", "The _ DT 3 det", "ships ship NNS 5 nsubj",
                        "are be VBP 5 cop", "late _ JJ 0 root", ". . . 5 punct", "” _ '' 5 punct")
                .build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna", "Anna");
        List<Claim> claims = extractor.extract(a, List.of(anna), List.of());
        assertThat(claims).singleElement().satisfies(c -> assertThat(text(c)).isEqualTo(a.text()));
        assertThat(quotes.extract(a, claims)).extracting(q -> q.span().text())
                .containsExactly("The port is open", "The ships are late.");
    }

    @Test
    void citingGivesTheVia() {
        AnnotatedArticle a = new HandParsed().sentence("The Journal reported, citing officials, that the deal collapsed.",
                "The _ DT 2 det", "Journal _ NNP 3 nsubj ORGANIZATION", "reported report VBD 0 root",
                ", , , 3 punct", "citing cite VBG 3 advcl", "officials official NNS 5 obj", ", , , 3 punct",
                "that _ IN 11 mark", "the _ DT 10 det", "deal _ NN 11 nsubj", "collapsed collapse VBD 3 ccomp",
                ". . . 3 punct").build();
        Entity wsj = HandParsed.entity(a.text(), "E1", EntityType.ORGANIZATION, "The Journal", "Journal");
        assertThat(extractor.extract(a, List.of(wsj), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.cue().text()).isEqualTo("reported");
            assertThat(text(c)).isEqualTo("the deal collapsed");
            assertThat(c.via()).containsExactly("officials");
        });
    }

    @Test
    void accordingToAfterReportedSpeechIsItsVia() {
        AnnotatedArticle a = new HandParsed().sentence("Anna said the talks failed, according to a journalist.",
                "Anna _ NNP 2 nsubj PERSON", "said say VBD 0 root", "the _ DT 4 det", "talks talk NNS 5 nsubj",
                "failed fail VBD 2 ccomp", ", , , 5 punct", "according accord VBG 10 case", "to _ IN 7 fixed",
                "a _ DT 10 det", "journalist _ NN 5 obl", ". . . 2 punct").build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna", "Anna");
        assertThat(extractor.extract(a, List.of(anna), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(text(c)).isEqualTo("the talks failed");
            assertThat(c.via()).containsExactly("a journalist");
        });
    }

    @Test
    void anonymousSourceKeepsItsWords() {
        AnnotatedArticle a = new HandParsed().sentence("An official familiar with the matter said the deal was off.",
                "An _ DT 2 det", "official _ NN 7 nsubj", "familiar _ JJ 2 amod", "with _ IN 6 case", "the _ DT 6 det",
                "matter _ NN 3 obl", "said say VBD 0 root", "the _ DT 9 det", "deal _ NN 11 nsubj",
                "was be VBD 11 cop", "off _ RB 7 ccomp", ". . . 7 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isNull();
            assertThat(c.sourceSpan().text()).isEqualTo("An official familiar with the matter");
            assertThat(text(c)).isEqualTo("the deal was off");
        });
    }

    @Test
    void cueFramesTakeTheirOwnKindOfContent() {
        AnnotatedArticle a = new HandParsed()
                .sentence("Trump promised to push for talks.", "Trump _ NNP 2 nsubj PERSON", "promised promise VBD 0 root",
                        "to _ TO 4 mark", "push _ VB 2 xcomp", "for _ IN 6 case", "talks talk NNS 4 obl", ". . . 2 punct")
                .paragraph()
                .sentence("The minister urged both sides to settle.", "The _ DT 2 det", "minister _ NN 3 nsubj",
                        "urged urge VBD 0 root", "both _ DT 5 det", "sides side NNS 3 obj", "to _ TO 7 mark",
                        "settle _ VB 3 xcomp", ". . . 3 punct")
                .paragraph()
                .sentence("The president called on allies to deliver air defense.", "The _ DT 2 det",
                        "president _ NN 3 nsubj", "called call VBD 0 root", "on _ IN 7 mark", "allies ally NNS 7 nsubj",
                        "to _ TO 7 mark", "deliver _ VB 3 advcl", "air _ NN 9 compound", "defense _ NN 7 obj",
                        ". . . 3 punct")
                .paragraph()
                .sentence("He hinted at cutting aid.", "He _ PRP 2 nsubj", "hinted hint VBD 0 root", "at _ IN 4 mark",
                        "cutting cut VBG 2 advcl", "aid _ NN 4 obj", ". . . 2 punct")
                .paragraph()
                .sentence("The ministry denied the report.", "The _ DT 2 det", "ministry _ NN 3 nsubj",
                        "denied deny VBD 0 root", "the _ DT 5 det", "report _ NN 3 obj", ". . . 3 punct")
                .build();
        List<Claim> claims = extractor.extract(a, List.of(), List.of());
        assertThat(claims).extracting(c -> c.cue().text())
                .containsExactly("promised", "urged", "called on", "hinted", "denied");
        assertThat(claims).extracting(CueClaimExtractorTest::text).containsExactly("to push for talks",
                "both sides to settle", "allies to deliver air defense", "cutting aid", "the report");
        assertThat(claims).extracting(c -> c.sourceSpan().text())
                .containsExactly("Trump", "The minister", "The president", "He", "The ministry");
    }

    @Test
    void hedgesAreMarked() {
        AnnotatedArticle a = new HandParsed()
                .sentence("The minister reportedly told aides that she would resign.", "The _ DT 2 det",
                        "minister _ NN 4 nsubj", "reportedly _ RB 4 advmod", "told tell VBD 0 root",
                        "aides aide NNS 4 obj", "that _ IN 9 mark", "she _ PRP 9 nsubj", "would _ MD 9 aux",
                        "resign _ VB 4 ccomp", ". . . 4 punct")
                .paragraph()
                .sentence("Officials warned that the dam may fail.", "Officials official NNS 2 nsubj",
                        "warned warn VBD 0 root", "that _ IN 7 mark", "the _ DT 5 det", "dam _ NN 7 nsubj",
                        "may _ MD 7 aux", "fail _ VB 2 ccomp", ". . . 2 punct")
                .paragraph()
                .sentence("Anna said the talks failed.", "Anna _ NNP 2 nsubj PERSON", "said say VBD 0 root",
                        "the _ DT 4 det", "talks talk NNS 5 nsubj", "failed fail VBD 2 ccomp", ". . . 2 punct")
                .build();
        List<Claim> claims = extractor.extract(a, List.of(), List.of());
        assertThat(claims).extracting(CueClaimExtractorTest::text)
                .containsExactly("she would resign", "the dam may fail", "the talks failed");
        assertThat(claims).extracting(Claim::hedged).containsExactly(true, true, false);
    }

    @Test
    void cueDatedByItsOwnTimeExpression() {
        AnnotatedArticle a = new HandParsed().sentence("Anna said on Dec. 9 that Ukraine may consider the offer.",
                "Anna _ NNP 2 nsubj PERSON", "said say VBD 0 root", "on _ IN 4 case", "Dec. _ NNP 2 obl DATE",
                "9 _ CD 4 nummod DATE", "that _ IN 9 mark", "Ukraine _ NNP 9 nsubj COUNTRY", "may _ MD 9 aux",
                "consider _ VB 2 ccomp", "the _ DT 11 det", "offer _ NN 9 obj", ". . . 2 punct").build();
        List<Timex> timexes = List.of(HandParsed.date(a.text(), "T1", "Dec. 9", "2024-12-09"));
        assertThat(extractor.extract(a, List.of(), timexes)).singleElement()
                .satisfies(c -> assertThat(c.date()).isEqualTo("2024-12-09"));
    }

    @Test
    void timeOfTheCueBetweenAddresseeAndInfinitiveDatesTheClaimButTheContentsOwnDoesNot() {
        AnnotatedArticle a = new HandParsed()
                .sentence("Anna urged allies on Monday to send aid.", "Anna _ NNP 2 nsubj PERSON",
                        "urged urge VBD 0 root", "allies ally NNS 2 obj", "on _ IN 5 case", "Monday _ NNP 2 obl DATE",
                        "to _ TO 7 mark", "send _ VB 2 xcomp", "aid _ NN 7 obj", ". . . 2 punct")
                .paragraph()
                .sentence("Bram said the strike ended Tuesday.", "Bram _ NNP 2 nsubj PERSON", "said say VBD 0 root",
                        "the _ DT 4 det", "strike _ NN 5 nsubj", "ended end VBD 2 ccomp",
                        "Tuesday _ NNP 5 obl:tmod DATE", ". . . 2 punct")
                .build();
        List<Timex> timexes = List.of(HandParsed.date(a.text(), "T1", "Monday", "2025-03-03"),
                HandParsed.date(a.text(), "T2", "Tuesday", "2025-03-04"));
        List<Claim> claims = extractor.extract(a, List.of(), timexes);
        assertThat(claims).extracting(CueClaimExtractorTest::text)
                .containsExactly("allies on Monday to send aid", "the strike ended Tuesday");
        assertThat(claims).extracting(Claim::date).as("Tuesday is when the strike ended")
                .containsExactly("2025-03-03", null);
    }

    @Test
    void occasionDatesTheCueItGovernsAndTheDiscourseCarriesItOn() {
        AnnotatedArticle a = new HandParsed()
                .sentence("During a briefing on Dec. 18, Anna repeated her view, adding that the country needs guarantees.",
                        "During _ IN 3 case", "a _ DT 3 det", "briefing _ NN 9 obl", "on _ IN 5 case",
                        "Dec. _ NNP 3 nmod DATE", "18 _ CD 5 nummod DATE", ", , , 9 punct", "Anna _ NNP 9 nsubj PERSON",
                        "repeated repeat VBD 0 root", "her _ PRP$ 11 nmod:poss", "view _ NN 9 obj", ", , , 9 punct",
                        "adding add VBG 9 advcl", "that _ IN 17 mark", "the _ DT 16 det", "country _ NN 17 nsubj",
                        "needs need VBZ 13 ccomp", "guarantees guarantee NNS 17 obj", ". . . 9 punct")
                .sentence("The president also called on allies to act.", "The _ DT 2 det", "president _ NN 4 nsubj",
                        "also _ RB 4 advmod", "called call VBD 0 root", "on _ IN 8 mark", "allies ally NNS 8 nsubj",
                        "to _ TO 8 mark", "act _ VB 4 advcl", ". . . 4 punct")
                .build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna", "Anna");
        List<Timex> timexes = List.of(HandParsed.date(a.text(), "T1", "Dec. 18", "2024-12-18"));
        List<Claim> claims = extractor.extract(a, List.of(anna), timexes);
        assertThat(claims).extracting(c -> c.cue().text()).containsExactly("adding", "called on");
        assertThat(claims).extracting(Claim::source).containsExactly("E1", "E1");
        assertThat(claims).extracting(Claim::date).containsExactly("2024-12-18", "2024-12-18");
    }

    @Test
    void nearestTimeExpressionOverTheCueWins() {
        AnnotatedArticle a = new HandParsed().sentence(
                        "Kyiv applied to join NATO in September 2022, and in July 2024, the alliance affirmed its support.",
                        "Kyiv _ NNP 2 nsubj CITY", "applied apply VBD 0 root", "to _ TO 4 mark", "join _ VB 2 xcomp",
                        "NATO _ NNP 4 obj ORGANIZATION", "in _ IN 7 case", "September _ NNP 4 obl DATE",
                        "2022 _ CD 7 nummod DATE", ", , , 4 punct", "and _ CC 17 cc", "in _ IN 12 case",
                        "July _ NNP 17 obl DATE", "2024 _ CD 12 nummod DATE", ", , , 17 punct", "the _ DT 16 det",
                        "alliance _ NN 17 nsubj", "affirmed affirm VBD 4 conj", "its _ PRP$ 19 nmod:poss",
                        "support _ NN 17 obj", ". . . 2 punct")
                .build();
        List<Entity> entities = List.of(
                HandParsed.entity(a.text(), "E1", EntityType.LOCATION, "Kyiv", "Kyiv"),
                HandParsed.entity(a.text(), "E2", EntityType.ORGANIZATION, "NATO", "NATO"));
        List<Timex> timexes = List.of(HandParsed.date(a.text(), "T1", "September 2022", "2022-09"),
                HandParsed.date(a.text(), "T2", "July 2024", "2024-07"));
        assertThat(extractor.extract(a, entities, timexes)).singleElement().satisfies(c -> {
            assertThat(c.cue().text()).isEqualTo("affirmed");
            assertThat(c.source()).isEqualTo("E2");
            assertThat(text(c)).isEqualTo("its support");
            assertThat(c.date()).isEqualTo("2024-07");
        });
    }

    @Test
    void whatASpeakerAttributesInsideHisQuotationIsNoClaimOfItsOwn() {
        AnnotatedArticle a = new HandParsed().sentence("“I think we will win,” Anna said.",
                "“ _ `` 10 punct", "I _ PRP 3 nsubj", "think _ VBP 10 ccomp", "we _ PRP 6 nsubj", "will _ MD 6 aux",
                "win _ VB 3 ccomp", ", , , 10 punct", "” _ '' 10 punct", "Anna _ NNP 10 nsubj PERSON",
                "said say VBD 0 root", ". . . 10 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement()
                .satisfies(c -> assertThat(c.cue().text()).isEqualTo("said"));
    }

    @Test
    void colonIntroducesTheQuotation() {
        AnnotatedArticle a = new HandParsed().sentence("Anna said: “The port is closed.”",
                "Anna _ NNP 2 nsubj PERSON", "said say VBD 0 root", ": : : 2 punct", "“ _ `` 8 punct",
                "The _ DT 6 det", "port _ NN 8 nsubj", "is be VBZ 8 cop", "closed _ JJ 2 parataxis",
                ". . . 8 punct", "” _ '' 8 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement()
                .satisfies(c -> assertThat(text(c)).isEqualTo("“The port is closed.”"));
    }

    @Test
    void nameAndColonHeadAQuotation() {
        AnnotatedArticle a = new HandParsed().sentence("Berg: “We stay.”",
                "Berg _ NNP 0 root PERSON", ": : : 1 punct", "“ _ `` 5 punct", "We _ PRP 5 nsubj",
                "stay _ VBP 1 parataxis", ". . . 5 punct", "” _ '' 5 punct").build();
        Entity berg = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Berg", "Berg");
        List<Claim> claims = extractor.extract(a, List.of(berg), List.of());
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.cue().text()).isEqualTo(":");
            assertThat(text(c)).isEqualTo("“We stay.”");
        });
        assertThat(quotes.extract(a, claims)).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("E1"));
    }

    @Test
    void headlineNameAndColonAttributeTheClause() {
        AnnotatedArticle a = new HandParsed().sentence("Sanders: Clinton Email Story Has Moved.",
                "Sanders _ NNP 0 root PERSON", ": : : 1 punct", "Clinton _ NNP 5 compound PERSON",
                "Email _ NNP 5 compound", "Story _ NNP 7 nsubj", "Has have VBZ 7 aux", "Moved move VBN 1 parataxis",
                ". . . 1 punct").build();
        List<Entity> entities = List.of(HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Sanders", "Sanders"),
                HandParsed.entity(a.text(), "E2", EntityType.PERSON, "Clinton", "Clinton"));
        assertThat(extractor.extract(a, entities, List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.cue().text()).isEqualTo(":");
            assertThat(text(c)).isEqualTo("Clinton Email Story Has Moved");
        });
    }

    @Test
    void questionClosingTheSentenceBeforeTheCueIsItsContent() {
        AnnotatedArticle a = new HandParsed()
                .sentence("“Who will pay for it?”", "“ _ `` 5 punct", "Who _ WP 3 nsubj", "will _ MD 3 aux",
                        "pay _ VB 0 root", "for _ IN 5 case", "it _ PRP 3 obl", "? ? . 3 punct", "” _ '' 3 punct")
                .sentence("Anna asked.", "Anna _ NNP 2 nsubj PERSON", "asked ask VBD 0 root", ". . . 2 punct")
                .build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(c.cue().text()).isEqualTo("asked");
            assertThat(text(c)).isEqualTo("“Who will pay for it?”");
        });
    }

    @Test
    void pronounTakesTheEntityAlreadyKnownByThatGender() {
        AnnotatedArticle a = new HandParsed()
                .sentence("Anna Berg thanked Bram Kok for his help.", "Anna _ NNP 2 compound PERSON",
                        "Berg _ NNP 3 nsubj PERSON", "thanked thank VBD 0 root", "Bram _ NNP 5 compound PERSON",
                        "Kok _ NNP 3 obj PERSON", "for _ IN 8 case", "his _ PRP$ 8 nmod:poss", "help _ NN 3 obl",
                        ". . . 3 punct")
                .sentence("Kok smiled at her.", "Kok _ NNP 2 nsubj PERSON", "smiled smile VBD 0 root",
                        "at _ IN 4 case", "her _ PRP 2 obl", ". . . 2 punct")
                .sentence("She said the talks failed.", "She _ PRP 2 nsubj", "said say VBD 0 root", "the _ DT 4 det",
                        "talks talk NNS 5 nsubj", "failed fail VBD 2 ccomp", ". . . 2 punct")
                .build();
        List<Entity> entities = List.of(
                HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg", "her"),
                HandParsed.entity(a.text(), "E2", EntityType.PERSON, "Bram Kok", "Bram Kok", "Kok", "his"));
        assertThat(extractor.extract(a, entities, List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("She");
            assertThat(c.source()).isEqualTo("E1");
        });
    }

    @Test
    void whatTheSourceAscribesToSomeoneElseIsTheSourcesClaim() {
        AnnotatedArticle a = new HandParsed().sentence("Anna said Bram supports the plan.",
                "Anna _ NNP 2 nsubj PERSON", "said say VBD 0 root", "Bram _ NNP 4 nsubj PERSON",
                "supports support VBZ 2 ccomp", "the _ DT 6 det", "plan _ NN 4 obj", ". . . 2 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("Anna");
            assertThat(text(c)).isEqualTo("Bram supports the plan");
        });
    }

    @Test
    void quotationBeforeAnInvertedCueIsTheContentWhateverTheParseHungOnTheCue() {
        // CoreNLP hangs the clause after the name on "said" and makes "Kirk" the subject of "becoming"
        AnnotatedArticle a = new HandParsed().sentence("“I cannot support him,” said Senator Mark Kirk, becoming the first.",
                "“ _ `` 4 punct", "I _ PRP 4 nsubj", "cannot can MD 4 aux", "support _ VB 8 dep", "him he PRP 4 obj",
                ", , , 8 punct", "” _ '' 8 punct", "said say VBD 0 root", "Senator _ NNP 12 compound",
                "Mark _ NNP 12 compound PERSON", "Kirk _ NNP 14 nsubj PERSON", ", , , 12 punct",
                "becoming become VBG 8 dep", "the _ DT 16 det", "first _ JJ 14 xcomp", ". . . 8 punct").build();
        Entity kirk = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Mark Kirk", "Mark Kirk");
        assertThat(extractor.extract(a, List.of(kirk), List.of())).singleElement().satisfies(c -> {
            assertThat(text(c)).isEqualTo("“I cannot support him,”");
            assertThat(c.sourceSpan().text()).isEqualTo("Senator Mark Kirk");
            assertThat(c.source()).isEqualTo("E1");
        });
    }

    @Test
    void nounAfterAnInvertedCueIsTheSourceWhenTheParseRanItIntoTheContent() {
        // "the base chief known as Bob" parsed as a second clausal complement of "said"
        AnnotatedArticle a = new HandParsed().sentence("“There was no order,” said the base chief known as Bob.",
                "“ _ `` 5 punct", "There there EX 5 expl", "was be VBD 5 cop", "no _ DT 5 det", "order _ NN 8 ccomp",
                ", , , 8 punct", "” _ '' 8 punct", "said say VBD 0 root", "the _ DT 11 det", "base _ NN 11 compound",
                "chief _ NN 12 nsubj", "known know VBN 8 ccomp", "as _ IN 14 case", "Bob _ NNP 12 obl PERSON",
                ". . . 8 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(text(c)).isEqualTo("“There was no order,”");
            assertThat(c.sourceSpan().text()).isEqualTo("the base chief");
        });
    }

    @Test
    void aTrailingParticipleKeepsItsOwnContentAndTheQuotationStaysWhole() {
        AnnotatedArticle a = new HandParsed().sentence("“It is over,” the mayor said, adding that talks failed.",
                "“ _ `` 9 punct", "It it PRP 4 nsubj", "is be VBZ 4 cop", "over _ RB 9 ccomp", ", , , 9 punct",
                "” _ '' 9 punct", "the _ DT 8 det", "mayor _ NN 9 nsubj", "said say VBD 0 root", ", , , 9 punct",
                "adding add VBG 9 advcl", "that _ IN 14 mark", "talks talk NNS 14 nsubj", "failed fail VBD 11 ccomp",
                ". . . 9 punct").build();
        List<Claim> claims = extractor.extract(a, List.of(), List.of());
        assertThat(claims).extracting(c -> c.cue().text() + ": " + c.sourceSpan().text() + ": " + text(c))
                .containsExactly("said: the mayor: “It is over,”", "adding: the mayor: talks failed");
    }

    @Test
    void noSourceIsTakenFromTheObjectOfAParticipleAfterAQuotation() {
        AnnotatedArticle a = new HandParsed().sentence("“Talks went well,” repeating the line.",
                "“ _ `` 3 punct", "Talks talk NNS 3 nsubj", "went go VBD 7 ccomp", "well _ RB 3 advmod",
                ", , , 7 punct", "” _ '' 7 punct", "repeating repeat VBG 0 root", "the _ DT 9 det",
                "line _ NN 7 obj", ". . . 7 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of()))
                .allSatisfy(c -> assertThat(c.sourceSpan()).isNull());
    }

    @Test
    void aTimeAfterAnInvertedCueIsNotTheSource() {
        AnnotatedArticle a = new HandParsed().sentence("“We will win,” said Tuesday on WTMJ.",
                "“ _ `` 4 punct", "We we PRP 4 nsubj", "will _ MD 4 aux", "win _ VB 7 ccomp", ", , , 7 punct",
                "” _ '' 7 punct", "said say VBD 0 root", "Tuesday _ NNP 7 nsubj DATE", "on _ IN 10 case",
                "WTMJ _ NNP 7 obl ORGANIZATION", ". . . 7 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(text(c)).isEqualTo("“We will win,”");
            assertThat(c.sourceSpan()).isNull();
        });
    }

    @Test
    void aNameInsideAModifierOfTheSourceIsNotTheSource() {
        AnnotatedArticle a = new HandParsed().sentence("A spokesman for Anna Berg said talks failed.",
                "A _ DT 2 det", "spokesman _ NN 6 nsubj", "for _ IN 5 case", "Anna _ NNP 5 compound PERSON",
                "Berg _ NNP 2 nmod PERSON", "said say VBD 0 root", "talks talk NNS 8 nsubj",
                "failed fail VBD 6 ccomp", ". . . 6 punct").build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg");
        assertThat(extractor.extract(a, List.of(anna), List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("A spokesman for Anna Berg");
            assertThat(c.source()).isNull();
        });
    }

    @Test
    void aNameAfterTheTitlesOfTheSourceIsTheSource() {
        AnnotatedArticle a = new HandParsed().sentence("Port economist and author Anna Berg said talks failed.",
                "Port _ NN 2 compound", "economist _ NN 7 nsubj", "and _ CC 4 cc", "author _ NN 2 conj",
                "Anna _ NNP 6 compound PERSON", "Berg _ NNP 4 appos PERSON", "said say VBD 0 root",
                "talks talk NNS 9 nsubj", "failed fail VBD 7 ccomp", ". . . 7 punct").build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg");
        assertThat(extractor.extract(a, List.of(anna), List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("Port economist and author Anna Berg");
            assertThat(c.source()).isEqualTo("E1");
        });
    }

    @Test
    void descriptionQualifiedByAPersonsNameIsNotTheOrganizationLastNamed() {
        AnnotatedArticle a = new HandParsed()
                .sentence("Portline Analytics counted 120 ships.", "Portline _ NNP 2 compound ORGANIZATION",
                        "Analytics _ NNP 3 nsubj ORGANIZATION", "counted count VBD 0 root", "120 _ CD 5 nummod",
                        "ships ship NNS 3 obj", ". . . 3 punct")
                .sentence("The Berg campaign said talks failed.", "The _ DT 3 det", "Berg _ NNP 3 compound PERSON",
                        "campaign _ NN 4 nsubj", "said say VBD 0 root", "talks talk NNS 6 nsubj",
                        "failed fail VBD 4 ccomp", ". . . 4 punct")
                .sentence("The firm said ships waited.", "The _ DT 2 det", "firm _ NN 3 nsubj", "said say VBD 0 root",
                        "ships ship NNS 5 nsubj", "waited wait VBD 3 ccomp", ". . . 3 punct")
                .build();
        Entity firm = HandParsed.entity(a.text(), "E1", EntityType.ORGANIZATION, "Portline Analytics",
                "Portline Analytics");
        assertThat(extractor.extract(a, List.of(firm), List.of()))
                .extracting(c -> c.sourceSpan().text() + " -> " + c.source())
                .containsExactly("The Berg campaign -> null", "The firm -> E1");
    }

    @Test
    void possessorOfAStatementNounIsTheSourceOfItsThatClause() {
        AnnotatedArticle a = new HandParsed().sentence("Berg's claim that the port was closed angered traders.",
                "Berg _ NNP 3 nmod:poss PERSON", "'s _ POS 1 case", "claim _ NN 9 nsubj", "that _ IN 8 mark",
                "the _ DT 6 det", "port _ NN 8 nsubj:pass", "was be VBD 8 aux:pass", "closed close VBN 3 acl",
                "angered anger VBD 0 root", "traders trader NNS 9 obj", ". . . 9 punct").build();
        Entity berg = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Berg", "Berg");
        assertThat(extractor.extract(a, List.of(berg), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.sourceSpan().text()).isEqualTo("Berg");
            assertThat(c.cue().text()).isEqualTo("claim");
            assertThat(text(c)).isEqualTo("the port was closed");
        });
    }

    @Test
    void aStatementNounNoOneIsNamedForIsNoClaim() {
        AnnotatedArticle a = new HandParsed().sentence("The claim that the port was closed angered traders.",
                "The _ DT 2 det", "claim _ NN 8 nsubj", "that _ IN 7 mark", "the _ DT 5 det",
                "port _ NN 7 nsubj:pass", "was be VBD 7 aux:pass", "closed close VBN 2 acl",
                "angered anger VBD 0 root", "traders trader NNS 8 obj", ". . . 8 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).isEmpty();
    }

    @Test
    void aRelativeClauseOnAStatementNounIsNoContent() {
        AnnotatedArticle a = new HandParsed().sentence("Berg's claim that Kok repeated was false.",
                "Berg _ NNP 3 nmod:poss PERSON", "'s _ POS 1 case", "claim _ NN 8 nsubj", "that _ WDT 6 obj",
                "Kok _ NNP 6 nsubj PERSON", "repeated repeat VBD 3 acl:relcl", "was be VBD 8 cop",
                "false _ JJ 0 root", ". . . 8 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).isEmpty();
    }

    @Test
    void subjectOfACopulaHoldsTheStanceOfItsAdjective() {
        AnnotatedArticle a = new HandParsed().sentence("Anna Berg was critical of the port plan.",
                "Anna _ NNP 2 compound PERSON", "Berg _ NNP 4 nsubj PERSON", "was be VBD 4 cop",
                "critical _ JJ 0 root", "of _ IN 8 case", "the _ DT 8 det", "port _ NN 8 compound",
                "plan _ NN 4 obl", ". . . 4 punct").build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg");
        assertThat(extractor.extract(a, List.of(anna), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.cue().text()).isEqualTo("critical");
            assertThat(text(c)).isEqualTo("the port plan");
        });
    }

    @Test
    void anAdjectiveWithoutItsComplementIsNoClaim() {
        AnnotatedArticle a = new HandParsed().sentence("Anna Berg was critical.",
                "Anna _ NNP 2 compound PERSON", "Berg _ NNP 4 nsubj PERSON", "was be VBD 4 cop",
                "critical _ JJ 0 root", ". . . 4 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).isEmpty();
    }

    @Test
    void subjectOfALightVerbOwnsTheNounItMakes() {
        AnnotatedArticle a = new HandParsed().sentence("Kok leveled criticism at the plan.",
                "Kok _ NNP 2 nsubj PERSON", "leveled level VBD 0 root", "criticism _ NN 2 obj", "at _ IN 6 case",
                "the _ DT 6 det", "plan _ NN 2 obl", ". . . 2 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).isEmpty(); // "at" is no preposition of criticism
        AnnotatedArticle b = new HandParsed().sentence("Kok made the claim that the plan failed.",
                "Kok _ NNP 2 nsubj PERSON", "made make VBD 0 root", "the _ DT 4 det", "claim _ NN 2 obj",
                "that _ IN 8 mark", "the _ DT 7 det", "plan _ NN 8 nsubj", "failed fail VBD 4 acl",
                ". . . 2 punct").build();
        Entity kok = HandParsed.entity(b.text(), "E1", EntityType.PERSON, "Kok", "Kok");
        assertThat(extractor.extract(b, List.of(kok), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.cue().text()).isEqualTo("claim");
            assertThat(text(c)).isEqualTo("the plan failed");
        });
    }

    @Test
    void aNounCueInsideAVerbCuesContentIsPartOfThatClaim() {
        AnnotatedArticle a = new HandParsed().sentence("Kok voiced criticism of the plan.",
                "Kok _ NNP 2 nsubj PERSON", "voiced voice VBD 0 root", "criticism _ NN 2 obj", "of _ IN 6 case",
                "the _ DT 6 det", "plan _ NN 3 nmod", ". . . 2 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(c.cue().text()).isEqualTo("voiced");
            assertThat(text(c)).isEqualTo("criticism of the plan");
        });
    }

    @Test
    void theSubjectOfAnyOtherVerbDoesNotOwnTheNoun() {
        AnnotatedArticle a = new HandParsed().sentence("Kok ignored criticism of the plan.",
                "Kok _ NNP 2 nsubj PERSON", "ignored ignore VBD 0 root", "criticism _ NN 2 obj", "of _ IN 6 case",
                "the _ DT 6 det", "plan _ NN 3 nmod", ". . . 2 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).isEmpty();
    }

    @Test
    void whatANounCueStatesKeepsItsOwnAttributions() {
        AnnotatedArticle a = new HandParsed().sentence("Berg's suggestion that Kok said no was wrong.",
                "Berg _ NNP 3 nmod:poss PERSON", "'s _ POS 1 case", "suggestion _ NN 9 nsubj", "that _ IN 6 mark",
                "Kok _ NNP 6 nsubj PERSON", "said say VBD 3 acl", "no _ UH 6 obj", "was be VBD 9 cop",
                "wrong _ JJ 0 root", ". . . 9 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).extracting(c -> c.cue().text())
                .containsExactly("suggestion", "said");
    }

    @Test
    void aQuestionPutToNoOneNamedIsAClaimWithoutASource() {
        AnnotatedArticle a = new HandParsed().sentence("Berg was asked about the strike.",
                "Berg _ NNP 3 nsubj:pass PERSON", "was be VBD 3 aux:pass", "asked ask VBN 0 root",
                "about _ IN 6 case", "the _ DT 6 det", "strike _ NN 3 obl", ". . . 3 punct").build();
        Entity berg = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Berg", "Berg");
        assertThat(extractor.extract(a, List.of(berg), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isNull();
            assertThat(c.sourceSpan()).isNull();
            assertThat(c.cue().text()).isEqualTo("asked");
            assertThat(text(c)).isEqualTo("the strike");
        });
    }

    @Test
    void saidToWithNoAgentIsTheWholeClauseOfNoOne() {
        AnnotatedArticle a = new HandParsed().sentence("Some aides are said to favor a deal.",
                "Some _ DT 2 det", "aides aide NNS 4 nsubj:pass", "are be VBP 4 aux:pass", "said say VBN 0 root",
                "to _ TO 6 mark", "favor _ VB 4 xcomp", "a _ DT 8 det", "deal _ NN 6 obj", ". . . 4 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isNull();
            assertThat(text(c)).isEqualTo("Some aides are said to favor a deal");
            assertThat(c.hedged()).isTrue();
        });
    }

    @Test
    void anExpectationWithNoAgentIsNoClaim() {
        // the founding article's convention: "Zelensky is expected to meet …" is the writer's own report
        AnnotatedArticle a = new HandParsed().sentence("Berg is expected to meet the unions.",
                "Berg _ NNP 3 nsubj:pass PERSON", "is be VBZ 3 aux:pass", "expected expect VBN 0 root",
                "to _ TO 5 mark", "meet _ VB 3 xcomp", "the _ DT 7 det", "unions union NNS 5 obj",
                ". . . 3 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).isEmpty();
        AnnotatedArticle b = new HandParsed().sentence("The plan was announced.",
                "The _ DT 2 det", "plan _ NN 4 nsubj:pass", "was be VBD 4 aux:pass", "announced announce VBN 0 root",
                ". . . 4 punct").build();
        assertThat(extractor.extract(b, List.of(), List.of())).isEmpty();
    }

    @Test
    void weighedInOnIsAPhrasalCueAndWeighingAloneIsNone() {
        AnnotatedArticle a = new HandParsed().sentence("Berg weighed in on the deal.",
                "Berg _ NNP 2 nsubj PERSON", "weighed weigh VBD 0 root", "in _ RP 2 compound:prt",
                "on _ IN 6 case", "the _ DT 6 det", "deal _ NN 2 obl", ". . . 2 punct").build();
        Entity berg = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Berg", "Berg");
        assertThat(extractor.extract(a, List.of(berg), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(text(c)).isEqualTo("the deal");
        });
        AnnotatedArticle b = new HandParsed().sentence("Berg weighed the deal.",
                "Berg _ NNP 2 nsubj PERSON", "weighed weigh VBD 0 root", "the _ DT 4 det", "deal _ NN 2 obj",
                ". . . 2 punct").build();
        assertThat(extractor.extract(b, List.of(), List.of())).isEmpty();
    }

    @Test
    void aStatementNounBeforeIsThatTakesTheClauseAfterIt() {
        AnnotatedArticle a = new HandParsed().sentence("Berg's view is that the port will reopen.",
                "Berg _ NNP 3 nmod:poss PERSON", "'s _ POS 1 case", "view _ NN 4 nsubj", "is be VBZ 0 root",
                "that _ IN 9 mark", "the _ DT 7 det", "port _ NN 9 nsubj", "will _ MD 9 aux", "reopen _ VB 4 ccomp",
                ". . . 4 punct").build();
        Entity berg = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Berg", "Berg");
        assertThat(extractor.extract(a, List.of(berg), List.of())).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("E1");
            assertThat(c.cue().text()).isEqualTo("view");
            assertThat(text(c)).isEqualTo("the port will reopen");
        });
        AnnotatedArticle b = new HandParsed().sentence("Berg's problem is that the port will reopen.",
                "Berg _ NNP 3 nmod:poss PERSON", "'s _ POS 1 case", "problem _ NN 4 nsubj", "is be VBZ 0 root",
                "that _ IN 9 mark", "the _ DT 7 det", "port _ NN 9 nsubj", "will _ MD 9 aux", "reopen _ VB 4 ccomp",
                ". . . 4 punct").build();
        assertThat(extractor.extract(b, List.of(), List.of())).isEmpty();
    }

    @Test
    void whatTheSourceCalledSomethingIsTheContentWithTheSourceInside() {
        AnnotatedArticle a = new HandParsed().sentence("Kok fled after what officials called a hate crime.",
                "Kok _ NNP 2 nsubj PERSON", "fled flee VBD 0 root", "after _ IN 6 mark", "what _ WP 6 obj",
                "officials official NNS 6 nsubj", "called call VBD 2 advcl", "a _ DT 9 det", "hate _ NN 9 compound",
                "crime _ NN 6 obj", ". . . 2 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("officials");
            assertThat(c.cue().text()).isEqualTo("called");
            assertThat(text(c)).isEqualTo("what officials called a hate crime");
        });
        AnnotatedArticle b = new HandParsed().sentence("Kok did what officials called for.",
                "Kok _ NNP 2 nsubj PERSON", "did do VBD 0 root", "what _ WP 5 obj", "officials official NNS 5 nsubj",
                "called call VBD 2 ccomp", "for _ IN 5 obl", ". . . 2 punct").build();
        assertThat(extractor.extract(b, List.of(), List.of())).isEmpty();
    }

    @Test
    void seeingSomethingAsSomethingIsAViewAndSeeingItAloneIsNone() {
        AnnotatedArticle a = new HandParsed().sentence("Voters see the strike as a mistake.",
                "Voters voter NNS 2 nsubj", "see _ VBP 0 root", "the _ DT 4 det", "strike _ NN 2 obj",
                "as _ IN 7 case", "a _ DT 7 det", "mistake _ NN 2 obl", ". . . 2 punct").build();
        assertThat(extractor.extract(a, List.of(), List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("Voters");
            assertThat(text(c)).isEqualTo("the strike as a mistake");
        });
        AnnotatedArticle b = new HandParsed().sentence("Voters saw the strike.",
                "Voters voter NNS 2 nsubj", "saw see VBD 0 root", "the _ DT 4 det", "strike _ NN 2 obj",
                ". . . 2 punct").build();
        assertThat(extractor.extract(b, List.of(), List.of())).isEmpty();
    }

    @Test
    void aNameCutOffByTheSplitterAtItsPartyAndStateIsTheSourceOfTheNextSentence() {
        AnnotatedArticle a = new HandParsed().sentence("Sen. Anna Berg (D-Mo.)",
                "Sen. _ NNP 3 compound", "Anna _ NNP 3 compound PERSON", "Berg _ NNP 0 root PERSON",
                "( _ -LRB- 3 punct", "D-Mo _ NNP 3 dep", ". . . 3 punct", ") _ -RRB- 3 punct")
                .sentence("said the port would reopen.",
                "said say VBD 0 root", "the _ DT 3 det", "port _ NN 5 nsubj", "would _ MD 5 aux",
                "reopen _ VB 1 ccomp", ". . . 1 punct").build();
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg");
        assertThat(extractor.extract(a, List.of(anna), List.of())).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("Sen. Anna Berg");
            assertThat(c.source()).isEqualTo("E1");
            assertThat(text(c)).isEqualTo("the port would reopen");
        });
        AnnotatedArticle b = new HandParsed().sentence("Sen. Anna Berg (D-Mo.)",
                "Sen. _ NNP 3 compound", "Anna _ NNP 3 compound PERSON", "Berg _ NNP 0 root PERSON",
                "( _ -LRB- 3 punct", "D-Mo _ NNP 3 dep", ". . . 3 punct", ") _ -RRB- 3 punct")
                .sentence("Kok said the port would reopen.",
                "Kok _ NNP 2 nsubj PERSON", "said say VBD 0 root", "the _ DT 4 det", "port _ NN 6 nsubj",
                "would _ MD 6 aux", "reopen _ VB 2 ccomp", ". . . 2 punct").build();
        assertThat(extractor.extract(b, List.of(), List.of())).singleElement()
                .satisfies(c -> assertThat(c.sourceSpan().text()).isEqualTo("Kok"));
    }
}
