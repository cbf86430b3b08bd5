/**
 * The Overzicht page of the wijkschets editor (issue 7, method.md phase 2):
 * {@link nl.veerkracht.wijkschets.ui.overzicht.OverzichtPage} with the photo, the live map of the wijk, the
 * population notes, the three status ratings and the sleutelprojecten.
 */
package nl.veerkracht.wijkschets.ui.overzicht;
