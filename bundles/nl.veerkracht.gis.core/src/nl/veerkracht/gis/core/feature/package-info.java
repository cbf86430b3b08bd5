/**
 * Typed feature model on JTS geometries: schemas, features and immutable feature collections.
 */
package nl.veerkracht.gis.core.feature;
