/**
 * Maps kept in an analysis: a map's layers, their styles (as SLD) and the view, captured into a
 * {@link nl.veerkracht.model.KaartInstelling} and restored from it by re-reading the layers' data files.
 * UI-free.
 */
package nl.veerkracht.model.maps;
