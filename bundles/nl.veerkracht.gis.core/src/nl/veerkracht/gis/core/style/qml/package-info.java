/**
 * Writes layer styles as QGIS style documents (QML, the format of QGIS's {@code .qml} files and of the
 * {@code styleQML} column of a GeoPackage's {@code layer_styles} table), so that QGIS draws our layers with
 * the same classes and colours.
 */
package nl.veerkracht.gis.core.style.qml;
