/**
 * The Buurten page of the wijkschets editor: the buurten of the sketched area with their class, kwetsbaarheid,
 * coverage, trend and early warning from the signal map open in the workbench, for reference.
 */
package nl.veerkracht.wijkschets.ui.buurten;
