/**
 * Readers for CBS files (StatLine CSV, kwb xlsx, Wijk- en Buurtkaart GeoJSON, yearly series JSON) that map
 * columns through the {@link nl.veerkracht.cbs.catalogue.VariableCatalogue}, and the {@link nl.veerkracht.cbs.io.CbsImport}
 * facade that recognises a file and reads it for a preview.
 */
package nl.veerkracht.cbs.io;
