/**
 * Fetching pages and feeds over HTTP politely: a user agent that says who we are, connect and read timeouts, a
 * size cap, and a delay between two requests to the same host.
 */
package org.dossier.ingest.http;
