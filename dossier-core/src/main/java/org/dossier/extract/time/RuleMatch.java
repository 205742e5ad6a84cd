package org.dossier.extract.time;

import org.dossier.annotate.Token;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A pattern match as rule readers see it: its groups, and the tokens around it for the checks that need
 * part-of-speech tags ("May" the modal verb, "second" the ordinal).
 */
final class RuleMatch {

    private final Matcher matcher;
    private final TokenIndex tokens;
    private final String text;

    RuleMatch(Matcher matcher, TokenIndex tokens, String text) {
        this.matcher = matcher;
        this.tokens = tokens;
        this.text = text;
    }

    int start() {
        return matcher.start();
    }

    int end() {
        return matcher.end();
    }

    /** Offset of group {@code name} in the text, or -1 when it did not take part in the match. */
    int start(String name) {
        return matcher.start(name);
    }

    /** The whole matched text. */
    String group() {
        return matcher.group();
    }

    /**
     * The text of group {@code name}, or {@code null} when it did not take part in the match or the rule's
     * pattern has no such group (readers are shared between rules with slightly different patterns).
     */
    String group(String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    boolean has(String name) {
        return group(name) != null;
    }

    /** Group {@code name} in lower case, or "" when absent. */
    String lower(String name) {
        String g = group(name);
        return g == null ? "" : g.toLowerCase(Locale.ROOT);
    }

    /** The token at the start of group {@code name}, or {@code null}. */
    Token tokenAt(String name) {
        TokenIndex.Located l = tokens.at(matcher.start(name));
        return l == null ? null : l.token();
    }

    /** The token the match starts in, or {@code null}. */
    Token token() {
        TokenIndex.Located l = tokens.at(matcher.start());
        return l == null ? null : l.token();
    }

    /** The token before the match, or {@code null}. */
    Token tokenBefore() {
        TokenIndex.Located l = tokens.before(matcher.start());
        return l == null ? null : l.token();
    }

    /** The token after the match, or {@code null}. */
    Token tokenAfter() {
        TokenIndex.Located l = tokens.after(matcher.end());
        return l == null ? null : l.token();
    }

    /** The lower-cased word before the match, or "". */
    String wordBefore() {
        Token t = tokenBefore();
        return t == null ? "" : t.word().toLowerCase(Locale.ROOT);
    }

    /** Up to {@code n} characters of text right after the match. */
    String textAfter(int n) {
        return text.substring(matcher.end(), Math.min(text.length(), matcher.end() + n));
    }

    /** Up to {@code n} characters of text right before the match. */
    String textBefore(int n) {
        return text.substring(Math.max(0, matcher.start() - n), matcher.start());
    }
}
