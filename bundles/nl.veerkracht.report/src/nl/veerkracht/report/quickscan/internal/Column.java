package nl.veerkracht.report.quickscan.internal;

/**
 * A column of a report table.
 *
 * @param header the header text
 * @param width its share of the table width, relative to the other columns
 * @param numeric whether the column holds numbers (right-aligned)
 */
public record Column(String header, float width, boolean numeric) {
}
