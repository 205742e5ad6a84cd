package org.dossier.model;

/**
 * A temporal expression and its TIMEX3 normalization.
 *
 * @param value TIMEX3 value ({@code 2024-12-18}, {@code P2D}, {@code 2024-12-18/2024-12-19}, {@code PAST_REF}, ...)
 */
public record Timex(String id, Span span, TimexType type, String value) {
}
