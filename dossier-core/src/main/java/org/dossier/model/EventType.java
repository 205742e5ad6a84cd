package org.dossier.model;

/** Coarse news event types, each mapped to a CAMEO root code (GDELT compatibility). */
public enum EventType {
    STATEMENT("01"), REQUEST("02"), INTENT("03"), MEETING("04"), VISIT("042"), COOPERATION("05"), AID("07"),
    CONCESSION("08"), INVESTIGATION("09"), DEMAND("10"), CRITICISM("11"), REJECTION("12"), THREAT("13"),
    PROTEST("14"), MILITARY_POSTURE("15"), REDUCTION("16"), COERCION("17"), ATTACK("18"), OTHER(null);

    private final String cameo;

    EventType(String cameo) {
        this.cameo = cameo;
    }

    /** The CAMEO root code of this type, or {@code null} for {@link #OTHER}. */
    public String cameo() {
        return cameo;
    }
}
