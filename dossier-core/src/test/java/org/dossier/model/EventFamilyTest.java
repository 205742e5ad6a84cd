package org.dossier.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventFamilyTest {

    @Test
    void interactionsFollowCameoQuadClasses() {
        for (EventType t : EventType.values()) {
            if (!t.interaction()) {
                continue;
            }
            int root = Integer.parseInt(t.cameo().substring(0, 2));
            EventFamily expected = root <= 5 ? EventFamily.VERBAL_COOPERATION
                    : root <= 8 ? EventFamily.MATERIAL_COOPERATION
                    : root <= 13 ? EventFamily.VERBAL_CONFLICT : EventFamily.MATERIAL_CONFLICT;
            assertEquals(expected, t.family(), t.name());
        }
    }

    @Test
    void newsBeats() {
        assertEquals(EventFamily.LIFE, EventType.DEATH.family());
        assertEquals(EventFamily.DISASTER, EventType.ACCIDENT.family());
        assertEquals(EventFamily.POLITICS, EventType.PERSONNEL.family());
        assertEquals(EventFamily.ECONOMY, EventType.TRANSACTION.family());
        assertEquals(EventFamily.OTHER, EventType.OTHER.family());
    }

    @Test
    void parsesWhatUsersType() {
        assertEquals(EventFamily.MATERIAL_CONFLICT, EventFamily.parse("material-conflict"));
        assertEquals(EventFamily.DISASTER, EventFamily.parse(" Disaster "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventFamily.parse("sport"));
        assertTrue(e.getMessage().contains("contest"), e.getMessage());
    }
}
