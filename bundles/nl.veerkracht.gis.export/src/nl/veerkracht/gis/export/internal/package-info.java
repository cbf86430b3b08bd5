/**
 * The writers of the export formats. Not API: use {@link nl.veerkracht.gis.export.MapExport}.
 */
package nl.veerkracht.gis.export.internal;
