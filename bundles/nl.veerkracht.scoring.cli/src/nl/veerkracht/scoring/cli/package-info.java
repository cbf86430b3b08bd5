/**
 * The headless {@code score} command: reads KWB files and buurt boundaries, scores them with the
 * registered indicators and writes {@code scores.csv} and {@code signaleringskaart.gpkg}. Runs as the
 * Eclipse application {@code nl.veerkracht.scoring.cli.score}, without a display.
 */
package nl.veerkracht.scoring.cli;
