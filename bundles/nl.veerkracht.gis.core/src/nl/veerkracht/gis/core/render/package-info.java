/**
 * Viewport navigation and headless Java2D rendering of map layers.
 */
package nl.veerkracht.gis.core.render;
