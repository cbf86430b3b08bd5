/**
 * The wijkschets poster: one A3 landscape page in the layout of the workshop leaflet, drawn headless into any
 * {@link java.awt.Graphics2D} and written as PDF or PNG.
 */
package nl.veerkracht.report.poster;
