package nl.veerkracht.cbs.catalogue;

/**
 * The kinds of CBS file the catalogue knows column names for. Each has its own column of the catalogue
 * resource.
 */
public enum SourceFormat {

	/** StatLine "CSV met statistische symbolen" of Kerncijfers wijken en buurten: long Dutch headers. */
	STATLINE_CSV("statline"),

	/** CBS {@code kwb-YYYY.xlsx}: short codes such as {@code a_inw} and {@code p_hh_lkk}. */
	KWB_XLSX("kwb"),

	/** Wijk- en Buurtkaart up to about 2018: short shapefile names such as {@code aant_inw}. */
	WBK_CLASSIC("wbk_classic"),

	/** Wijk- en Buurtkaart 2024 (PDOK download): snake_case names such as {@code aantal_inwoners}. */
	WBK_SNAKE_CASE("wbk_snake"),

	/** Wijk- en Buurtkaart 2024 from the PDOK OGC API: camelCase names such as {@code aantalInwoners}. */
	WBK_CAMEL_CASE("wbk_camel"),

	/** The yearly series JSON of the Baarn dashboard: indicator keys such as {@code huishoudens_laag_inkomen}. */
	SERIES_JSON("series_json");

	private final String catalogueColumn;

	SourceFormat(String catalogueColumn) {
		this.catalogueColumn = catalogueColumn;
	}

	/**
	 * Returns the header of this format's column in the catalogue resource.
	 *
	 * @return for example {@code "statline"}
	 */
	public String catalogueColumn() {
		return catalogueColumn;
	}
}
