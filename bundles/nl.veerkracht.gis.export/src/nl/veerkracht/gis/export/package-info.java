/**
 * Map export without a user interface: a map with its title, legend, scale bar, north arrow and
 * attribution laid out on a page and written as PNG (raster, with its resolution recorded), SVG or PDF
 * (vector). Start with {@link nl.veerkracht.gis.export.MapExport}.
 */
package nl.veerkracht.gis.export;
