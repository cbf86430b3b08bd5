/**
 * Streaming GeoJSON (RFC 7946) reader and writer for feature collections.
 */
package nl.veerkracht.gis.core.io.geojson;
