/**
 * The run of the Stadsbalans: the horizon and the Berekenen button, the background job that reads the open
 * signal map's CBS figures, builds the city input, converts the checked scenarios and runs the comparison, the
 * account of skipped and estimated buurten, and the prompt to open a signal map when none is open.
 */
package nl.veerkracht.stad.ui.run;
