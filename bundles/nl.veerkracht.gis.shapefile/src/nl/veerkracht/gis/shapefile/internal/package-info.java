/**
 * Implementation of the shapefile reader on the H2GIS drivers: sidecar files, encoding, CRS, zip safety.
 */
package nl.veerkracht.gis.shapefile.internal;
