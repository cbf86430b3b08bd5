/**
 * Text fitting and page drawing helpers of the poster. Not API: use
 * {@link nl.veerkracht.report.poster.PosterExport}.
 */
package nl.veerkracht.report.internal;
