package nl.veerkracht.scoring.engine;

/**
 * The five classes of the signaleringskaart, from resilient to very vulnerable, plus <em>geen gegevens</em>
 * for regions whose composite could not be computed (too little coverage). See {@link ClassRule}.
 */
public enum Klasse {
	/** Clearly less vulnerable than the reference. */
	VEERKRACHTIG("veerkrachtig"),
	/** Somewhat less vulnerable than the reference. */
	EERDER_VEERKRACHTIG("eerder veerkrachtig"),
	/** Around the reference. */
	GEMIDDELD("gemiddeld"),
	/** Somewhat more vulnerable than the reference. */
	KWETSBAAR("kwetsbaar"),
	/** Clearly more vulnerable than the reference. */
	ZEER_KWETSBAAR("zeer kwetsbaar"),
	/** No composite: too few indicators available (never shown as a score of zero). */
	GEEN_GEGEVENS("geen gegevens");

	private final String label;

	Klasse(String label) {
		this.label = label;
	}

	/** @return the Dutch label, e.g. {@code "zeer kwetsbaar"} */
	public String label() {
		return label;
	}
}
