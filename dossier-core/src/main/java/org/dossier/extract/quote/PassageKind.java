package org.dossier.extract.quote;

/** What a stretch of text between quote marks looks like, judged from its own words. */
public enum PassageKind {
    /** Three words or more, not a title: quoted speech or writing. */
    SPEECH,
    /**
     * One or two words ("may consider", a scare-quoted "reform"): speech only when it stands inside what someone
     * is reported to say, otherwise a term set apart.
     */
    SHORT,
    /** Every word capitalized ("American Skin", "The Art of the Deal"): the name of a work, show or slogan. */
    TITLE
}
