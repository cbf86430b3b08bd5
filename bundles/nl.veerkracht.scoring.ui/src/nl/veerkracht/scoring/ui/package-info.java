/**
 * The signaleringskaart in the workbench: the {@link nl.veerkracht.scoring.ui.SignalMapSession} that shows a
 * scored signal map as layers in the Map view and rescores it when weights or the year change, and the
 * selection helpers the Buurtprofiel and Indicatoren views use.
 */
package nl.veerkracht.scoring.ui;
