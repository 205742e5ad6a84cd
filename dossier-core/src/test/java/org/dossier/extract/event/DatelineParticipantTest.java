package org.dossier.extract.event;

import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The place a report was filed from ("SANTIAGO —" at the head of the article) takes no part in the events the
 * report tells, however the parse hangs it on the first clause; the same place named by a sentence still is one.
 */
class DatelineParticipantTest {

    @Test
    void aDatelinePlaceParsedAsTheSubjectIsNoParticipantButTheSameCityInASentenceIsAPlace() {
        ArticleFixture a = new ArticleFixture()
                .sentence("SANTIAGO/NNP//CITY —/: President/NNP Gabriel/NNP//PERSON Boric/NNP//PERSON met/VBD/meet"
                                + " with/IN opposition/NN senators/NNS on/IN Tuesday/NNP ./.",
                        // the parse a wire dateline often gets: the city as subject, the president beside it
                        "nsubj met SANTIAGO; punct SANTIAGO —; appos SANTIAGO Boric; compound Boric President;"
                                + " compound Boric Gabriel; root ROOT met; case senators with; compound senators opposition;"
                                + " obl met senators; case Tuesday on; obl:tmod met Tuesday; punct met .")
                .sentence("Boric/NNP//PERSON later/RB visited/VBD/visit students/NNS in/IN Santiago/NNP//CITY ./.",
                        "nsubj visited Boric; advmod visited later; root ROOT visited; obj visited students;"
                                + " case Santiago in; obl visited Santiago; punct visited .");
        String boric = a.entity(EntityType.PERSON, "Gabriel Boric", "Gabriel Boric", "Boric");
        String santiago = a.entity(EntityType.LOCATION, "Santiago", "SANTIAGO", "Santiago");

        Event met = a.event("met");
        assertThat(met.participants()).extracting(Participant::entity).doesNotContain(santiago);
        assertThat(met.participants()).contains(new Participant(boric, "source"));
        assertThat(met.location()).isNull();

        Event visited = a.event("visited");
        assertThat(visited.participants()).extracting(Participant::entity).doesNotContain(santiago);
        assertThat(visited.location()).isEqualTo(santiago);
    }
}
