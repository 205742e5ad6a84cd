package org.dossier.web.view;

/** One labelled value of a record shown beside the article text. */
public record Field(String name, String value) {
}
