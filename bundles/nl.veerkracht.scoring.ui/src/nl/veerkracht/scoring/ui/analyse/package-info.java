/**
 * The signaleringskaart kept in an analysis: "Signaleringskaart bewaren in analyse" stores the current
 * signal map's files, gemeente, parameters, year and weights in the analysis (undoable, saved at once), and
 * the Project Explorer opens a kept signaleringskaart again, computed afresh from its files.
 */
package nl.veerkracht.scoring.ui.analyse;
