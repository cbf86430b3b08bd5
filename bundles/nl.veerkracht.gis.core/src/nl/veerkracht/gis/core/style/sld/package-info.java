/**
 * OGC Styled Layer Descriptor (SLD 1.0.0) interchange of layer styles, and style files beside data files.
 * <p>
 * {@link nl.veerkracht.gis.core.style.sld.SldWriter} writes single-symbol, categorized and graduated styles,
 * with their "no data" class and labels, as SLD 1.0.0 that other GIS software (QGIS, GeoServer, uDig) reads;
 * {@link nl.veerkracht.gis.core.style.sld.SldReader} reads such documents back, ours exactly and those of
 * other software as the nearest style (SLD 1.0.0 and the Symbology Encoding 1.1 elements QGIS writes).
 * {@link nl.veerkracht.gis.core.style.sld.SldSidecar} keeps a layer's style in {@code <name>.sld} beside its
 * data file. Only the JDK's XML support is used, with DTDs and external entities refused. UI-free.
 */
package nl.veerkracht.gis.core.style.sld;
