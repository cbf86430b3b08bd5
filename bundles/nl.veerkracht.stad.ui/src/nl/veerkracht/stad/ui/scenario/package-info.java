/**
 * The scenario side of the Stadsbalans view: the scenarios of an analysis (which to run, new from the
 * wijkschetsen, new, duplicate, rename, delete) and the mix table of the selected scenario, every edit an EMF
 * command on the analysis session's editing domain.
 */
package nl.veerkracht.stad.ui.scenario;
