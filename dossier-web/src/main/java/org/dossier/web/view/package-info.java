/**
 * What the HTML templates show: plain records built from query results and stored records, so templates only lay
 * them out (jte escapes every value). Builders here cut article text into highlighted pieces and place events on a
 * time axis.
 */
package org.dossier.web.view;
