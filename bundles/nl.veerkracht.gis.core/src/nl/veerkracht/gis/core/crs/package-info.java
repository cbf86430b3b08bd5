/**
 * Coordinate reference systems identified by EPSG codes, and reprojection of JTS geometries (backed by proj4j).
 */
package nl.veerkracht.gis.core.crs;
