package nl.veerkracht.scoring.ui.profile;

import java.util.List;

import nl.veerkracht.scoring.run.BuurtProfile;
import nl.veerkracht.scoring.run.CompositeSeries;
import nl.veerkracht.scoring.run.IndicatorSeries;
import nl.veerkracht.scoring.run.ScoringState;

/**
 * What the Buurtprofiel shows of one buurt, computed off the UI thread.
 *
 * @param state      the scored state of the signal map it was computed from
 * @param profile    the buurt's profile in the state's year
 * @param composite  the kwetsbaarheid of the buurt and its gemeente over the years, on one scale
 * @param indicators the raw values of every indicator of the buurt and its gemeente over the years, in
 *                   table order
 */
record ProfileData(ScoringState state, BuurtProfile profile, CompositeSeries composite,
		List<IndicatorSeries> indicators) {

	/**
	 * Copies the list.
	 */
	ProfileData {
		indicators = List.copyOf(indicators);
	}
}
