/**
 * GeoPackage (OGC 12-128) reading and writing for the workbench's feature model, on mil.nga GeoPackage
 * and the SQLite JDBC driver; contributed as the data format {@code nl.veerkracht.gis.geopackage}.
 */
package nl.veerkracht.gis.geopackage;
