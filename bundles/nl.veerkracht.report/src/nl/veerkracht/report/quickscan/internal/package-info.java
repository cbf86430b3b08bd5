/**
 * Page flow, map frames, number formats and escaping behind the QuickScan renderers. Not API: use
 * {@link nl.veerkracht.report.quickscan.QuickScanPdf} and {@link nl.veerkracht.report.quickscan.QuickScanHtml}.
 */
package nl.veerkracht.report.quickscan.internal;
