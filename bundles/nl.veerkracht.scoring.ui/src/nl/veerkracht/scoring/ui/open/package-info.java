/**
 * "Signaleringskaart maken…": the command, its wizard (KWB files and buurt boundaries, a preview of what
 * they hold and the scoring settings) and the background job that scores the chosen year and shows the
 * signal map in the Map view.
 */
package nl.veerkracht.scoring.ui.open;
