package nl.veerkracht.gis.core.style.sld;

/** The namespaces and fixed names of SLD 1.0.0, Filter Encoding 1.0.0 and Symbology Encoding 1.1.0. */
final class SldNames {

	/** Styled Layer Descriptor 1.0.0 (and the SLD 1.1.0 wrapper elements). */
	static final String SLD = "http://www.opengis.net/sld";

	/** Filter Encoding. */
	static final String OGC = "http://www.opengis.net/ogc";

	/** Symbology Encoding 1.1.0, which SLD 1.1.0 (as QGIS writes it) uses for styles. */
	static final String SE = "http://www.opengis.net/se";

	/** XML Schema instance, for the schema location. */
	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	/** Where the SLD 1.0.0 schema is published. */
	static final String SCHEMA_LOCATION = SLD + " http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd";

	/** The version this package writes. */
	static final String VERSION = "1.0.0";

	private SldNames() {
	}
}
