/**
 * Map export from the workbench: the export wizard (File &gt; Export &gt; Kaartafbeelding and the Map
 * view's toolbar) and the background job that writes the file through {@code nl.veerkracht.gis.export}.
 */
package nl.veerkracht.gis.ui.export;
