/**
 * Map layers and the thread-safe, observable layer list of a map.
 */
package nl.veerkracht.gis.core.layer;
