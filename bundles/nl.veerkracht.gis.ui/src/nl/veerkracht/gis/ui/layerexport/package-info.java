/**
 * Exporting a layer of the map with its style: Exporteren als GeoPackage... in the Layers view writes the
 * layer's features and its style (as QGIS style and SLD, in QGIS's {@code layer_styles} table), so that QGIS
 * opens it drawn as in the workbench.
 */
package nl.veerkracht.gis.ui.layerexport;
