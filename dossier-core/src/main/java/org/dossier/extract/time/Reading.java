package org.dossier.extract.time;

import org.dossier.model.TimexType;

/** How a rule reads one match: the TIMEX3 type and the meaning to normalize. */
record Reading(TimexType type, Meaning meaning) {

    static Reading date(Meaning m) {
        return new Reading(TimexType.DATE, m);
    }

    static Reading date(String value) {
        return date(new Meaning.Fixed(value));
    }

    static Reading time(Meaning m) {
        return new Reading(TimexType.TIME, m);
    }

    static Reading duration(String value) {
        return new Reading(TimexType.DURATION, new Meaning.Fixed(value));
    }

    static Reading set(String value) {
        return new Reading(TimexType.SET, new Meaning.Fixed(value));
    }
}
