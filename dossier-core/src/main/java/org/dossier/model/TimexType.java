package org.dossier.model;

/** TimeML TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
