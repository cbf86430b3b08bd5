/**
 * The QuickScan Veerkracht: a readable report on a gemeente's signal map, made from the data alone. A
 * {@link nl.veerkracht.report.quickscan.QuickScanContent} holds what the report shows (made by whoever ran the
 * scoring); {@link nl.veerkracht.report.quickscan.QuickScanPdf} and
 * {@link nl.veerkracht.report.quickscan.QuickScanHtml} render the same content and sections as a paginated PDF and
 * as one self-contained HTML file. UI-free; needs no display.
 */
package nl.veerkracht.report.quickscan;
