/**
 * Implementation of the GeoPackage format: geometry encoding, column types, table reading and writing.
 * Not API.
 */
package nl.veerkracht.gis.geopackage.internal;
