package org.dossier.extract.entity;

import org.dossier.model.Span;

/**
 * A title or role attached to a person in the text.
 *
 * @param span the title as written ("NATO Secretary General", "Chairman and Chief Operating Officer of AirTran")
 * @param role   the title words alone ("Secretary General"), which may equal the span's text
 * @param prefix whether it is written right before the name, as part of how the person is named ("King Hussein"),
 *               rather than in apposition
 */
record Title(Span span, String role, boolean prefix) {
}
