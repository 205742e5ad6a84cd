/**
 * RSS and Atom feeds (Rome) as articles: each item's page fetched when the item only summarizes it, or the item's
 * own content used when it carries the article; the raw date of each item is checked, so a date Rome cannot read
 * becomes a warning that names the item and the value.
 */
package org.dossier.ingest.feed;
