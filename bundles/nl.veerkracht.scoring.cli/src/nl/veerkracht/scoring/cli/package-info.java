/**
 * The headless commands: {@code score} reads KWB files and buurt boundaries, scores them with the registered
 * indicators and writes {@code scores.csv} and {@code signaleringskaart.gpkg}; {@code quickscan} writes the same
 * and the QuickScan report ({@code quickscan.pdf}, {@code quickscan.html}) built by
 * {@link nl.veerkracht.scoring.cli.QuickScanContentBuilder}. They run as the Eclipse applications
 * {@code nl.veerkracht.scoring.cli.score} and {@code nl.veerkracht.scoring.cli.quickscan}, without a display.
 */
package nl.veerkracht.scoring.cli;
