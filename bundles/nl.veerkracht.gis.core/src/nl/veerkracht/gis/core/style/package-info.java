/**
 * Simple drawing styles and a palette of default styles for new layers.
 */
package nl.veerkracht.gis.core.style;
