/**
 * Named entities: groups named-entity mentions into one entity per real-world referent in the article, with its
 * fullest name, aliases, titles and every mention (names, pronouns, descriptions) resolved to it.
 */
package org.dossier.extract.entity;
