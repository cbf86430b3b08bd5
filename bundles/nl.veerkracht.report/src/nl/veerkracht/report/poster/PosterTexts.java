package nl.veerkracht.report.poster;

/**
 * The Dutch labels printed on the poster. The poster is a Dutch document for Dutch workshops, so its labels are
 * constants rather than translatable UI texts.
 */
public final class PosterTexts {

	/** Heading of the problem analysis. */
	public static final String PROBLEEMANALYSE = "Probleemanalyse";

	/** Heading of the success definition. */
	public static final String DEFINITIE_VAN_SUCCES = "Definitie van succes";

	/** Heading of the status notes. */
	public static final String STATUS = "Status van de wijk";

	/** Heading of the key projects. */
	public static final String SLEUTELPROJECTEN = "Sleutelprojecten";

	/** Heading of the 2x2 mix of handelingsperspectieven. */
	public static final String PERSPECTIEFMIX = "Mix van handelingsperspectieven";

	/** Heading of the dilemmas. */
	public static final String DILEMMA = "Dilemma";

	/** Heading of the map. */
	public static final String KAART = "Kaart";

	/** Heading of the signal-map inset. */
	public static final String SIGNALERINGSKAART = "Signaleringskaart";

	/** Heading of the photo. */
	public static final String FOTO = "Foto";

	/** Label before the participants. */
	public static final String DEELNEMERS = "Deelnemers";

	/** Label before the date. */
	public static final String DATUM = "Datum";

	/** Axis label of the mens row of the matrix. */
	public static final String MENS = "mens";

	/** Axis label of the fysiek row of the matrix. */
	public static final String FYSIEK = "fysiek";

	/** Axis label of the omgaan-met column of the matrix. */
	public static final String OMGAAN_MET = "omgaan met";

	/** Axis label of the tegengaan-van column of the matrix. */
	public static final String TEGENGAAN_VAN = "tegengaan van";

	/** Shown in a quadrant whose perspective the wijkschets does not rate. */
	public static final String NIET_INGEVULD = "niet ingevuld";

	/** Shown where a section has no content. */
	public static final String GEEN = "\u2013";

	/** Shown in the photo frame when there is no photo. */
	public static final String GEEN_FOTO = "geen foto";

	/** Shown in the map frame when there is no map. */
	public static final String GEEN_KAART = "geen kaart";

	/** Ends a box whose text continues on the continuation page of the PDF. */
	public static final String VERVOLG = "\u2026 vervolg op pagina 2";

	/** Ends a box whose text is cut in a single-page export (PNG). */
	public static final String INGEKORT = "\u2026 tekst ingekort, zie PDF";

	/** Title prefix of the continuation page. */
	public static final String VERVOLG_TITEL = "Vervolg van de wijkschets";

	/** Attribution for the fictional demo data. */
	public static final String FICTIEF = "Gegevens fictief (demo)";

	private PosterTexts() {
	}
}
