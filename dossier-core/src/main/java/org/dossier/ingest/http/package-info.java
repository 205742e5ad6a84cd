/**
 * Fetching pages and feeds over HTTP politely and safely: a user agent that says who we are, connect and read
 * timeouts, a size cap, a delay between two requests to the same host, and only public addresses
 * ({@link org.dossier.ingest.http.AddressPolicy}), checked on the resolved address that is then connected to, and
 * again on every redirect.
 */
package org.dossier.ingest.http;
