/**
 * The Analyse page of the wijkschets editor: probleemanalyse, definitie van succes and the dilemmas, written in
 * workshop text fields (paragraphs and bulleted lists in the plain-text convention of {@link
 * nl.veerkracht.wijkschets.ui.analyse.WorkshopText}, the one the poster prints).
 */
package nl.veerkracht.wijkschets.ui.analyse;
