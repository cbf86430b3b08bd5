package nl.veerkracht.gis.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.SignalMapInputs;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.testsupport.SharedData;

/**
 * The Rotterdam signal map of the "done means" — KWB 2014–2016 with the buurt boundaries, gemeente
 * GM0599, default parameters and the registered indicator plug-ins — shown without the wizard, for tests of
 * the views that work on a signal map (the wizard has its own test).
 */
final class SignalMapFixture {

	static final String GEMEENTE = "GM0599";
	static final List<String> KWB = List.of("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv",
			"rotterdam/Kerncijfers_wijken_en_buurten_2015.csv", "rotterdam/Kerncijfers_wijken_en_buurten_2016.csv");

	private SignalMapFixture() {
	}

	/** @return the inputs of the Rotterdam signal map */
	static SignalMapInputs rotterdamInputs() {
		List<Path> kwb = KWB.stream().map(SharedData::file).toList();
		return new SignalMapInputs(kwb, SharedData.file(MapTestBase.ROTTERDAM), Optional.of(GEMEENTE),
				ScoringParameters.defaults());
	}

	/**
	 * Scores the Rotterdam signal map (the latest year, default weights) and shows it in the Map view. Call on
	 * the UI thread; scoring blocks it for a second or two, which a test may do.
	 *
	 * @param view the Map view
	 * @return the session
	 * @throws Exception when the shared data cannot be read
	 */
	static SignalMapSession showRotterdam(MapView view) throws Exception {
		return show(view, rotterdamInputs());
	}

	/**
	 * Scores a signal map (the latest year, default weights) and shows it in the Map view. Call on the UI
	 * thread.
	 *
	 * @param view   the Map view
	 * @param inputs the KWB files (StatLine CSV), a GeoJSON boundary file, gemeente and parameters
	 * @return the session
	 * @throws Exception when a file cannot be read
	 */
	static SignalMapSession show(MapView view, SignalMapInputs inputs) throws Exception {
		CbsData data = new CbsImport().readAll(inputs.kwbFiles());
		FeatureCollection buurten = new GeoJsonReader().read(inputs.boundaries());
		ScoringRun run = ScoringRun.prepare(data, buurten, IndicatorRegistry.getDefault(), inputs.gemeente(),
				inputs.parameters());
		int[] years = run.years();
		ScoringState state = ScoringState.compute(run, run.weights(), years[years.length - 1], buurten.getCrs());
		return SignalMapSession.show(view, inputs, state);
	}
}
