/**
 * Quotes: finds the verbatim quotations of an article by their marks (straight and curly, nested single marks,
 * quotations split by their attribution or running over several paragraphs), tells speech from scare-quoted terms
 * and titles, and gives each quotation its speaker, cue and claim from the claims layer.
 */
package org.dossier.extract.quote;
