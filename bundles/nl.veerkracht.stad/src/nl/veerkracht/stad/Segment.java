package nl.veerkracht.stad;

/**
 * A segment of the housing stock. Each segment has its own turnover rate and its own share of vulnerable
 * households in the inflow (see {@link ModelParameters}).
 */
public enum Segment {
	/** Social rent owned by a housing corporation ({@code In bezit woningcorporatie}). */
	CORPORATIE_HUUR("corporatiehuur"),
	/** Other rent: private landlords and institutional investors. */
	OVERIGE_HUUR("overige huur"),
	/** Owner-occupied dwellings ({@code Koopwoningen}). */
	KOOP("koop");

	private final String label;

	Segment(String label) {
		this.label = label;
	}

	/** @return the Dutch label, e.g. {@code "corporatiehuur"} */
	public String label() {
		return label;
	}
}
