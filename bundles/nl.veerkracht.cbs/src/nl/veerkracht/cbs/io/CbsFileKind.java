package nl.veerkracht.cbs.io;

/**
 * The kinds of CBS file {@link CbsImport} recognises.
 */
public enum CbsFileKind {

	/** StatLine "CSV met statistische symbolen" of Kerncijfers wijken en buurten. */
	STATLINE_CSV,

	/** CBS {@code kwb-YYYY.xlsx}. */
	KWB_XLSX,

	/** Wijk- en Buurtkaart GeoJSON (boundaries with attributes). */
	WBK_GEOJSON,

	/** Yearly series JSON per buurt. */
	SERIES_JSON
}
