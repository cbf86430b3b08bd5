/**
 * Streaming GeoJSON (RFC 7946) reader producing feature collections.
 */
package nl.veerkracht.gis.core.io.geojson;
