package nl.veerkracht.scoring.engine;

import java.util.List;

/**
 * The scores of all regions of a table in one year: composite kwetsbaarheid, coverage, class and draagkracht.
 * Regions are addressed by their table index ({@link IndicatorTable#regionIndexOf(String)}).
 */
public final class YearScores {

	private final int year;
	private final List<RegionInfo> regions;
	private final double[] composite;
	private final double[] coverage;
	private final Klasse[] klasse;
	private final double[] draagkracht;

	YearScores(int year, List<RegionInfo> regions, double[] composite, double[] coverage, Klasse[] klasse,
			double[] draagkracht) {
		this.year = year;
		this.regions = regions;
		this.composite = composite;
		this.coverage = coverage;
		this.klasse = klasse;
		this.draagkracht = draagkracht;
	}

	/** @return the year scored */
	public int year() {
		return year;
	}

	/** @return the regions, in table order */
	public List<RegionInfo> regions() {
		return regions;
	}

	/**
	 * @param region the region index
	 * @return the composite kwetsbaarheid (higher = more vulnerable), NaN for geen gegevens
	 */
	public double composite(int region) {
		return composite[region];
	}

	/**
	 * @param region the region index
	 * @return the share of the total kwetsbaarheid weight that was available, in [0, 1]
	 */
	public double coverage(int region) {
		return coverage[region];
	}

	/**
	 * @param region the region index
	 * @return the class
	 */
	public Klasse klasse(int region) {
		return klasse[region];
	}

	/**
	 * @param region the region index
	 * @return the drager/vrager ratio, NaN for geen gegevens
	 */
	public double draagkracht(int region) {
		return draagkracht[region];
	}

	/** @return a copy of the composites in table order */
	public double[] composites() {
		return composite.clone();
	}

	/** @return a copy of the classes in table order */
	public Klasse[] klassen() {
		return klasse.clone();
	}
}
