package nl.veerkracht.notitie;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.demo.DemoAnalyse;
import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.demo.DemoKerncijferFiles;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.stad.CbsCityInput;
import nl.veerkracht.stad.CityComparisonRun;
import nl.veerkracht.stad.CityInput;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.ModelScenarios;
import nl.veerkracht.stad.RunProgress;
import nl.veerkracht.stad.Scenario;
import nl.veerkracht.stad.SensitivitySpec;
import nl.veerkracht.stad.ShareClassifier;

/**
 * The demo analysis of Veerhaven (two wijkschetsen, three prestatieafspraken) and a comparison of "niets extra
 * doen" with the mix of its wijkschetsen, run on the demo's KWB files written into a folder with the default
 * parameters calibrated to the city, as the Stadsbalans runs it.
 *
 * @param analyse the analysis
 * @param comparison the baseline and the scenario {@value #SCENARIO}
 * @param geometries the demo's buurt boundaries by code, in RD New, as the demo signal map draws them
 */
record DemoNotitie(Analyse analyse, ComparisonResult comparison, Map<String, Geometry> geometries) {

	/** The scenario's name. */
	static final String SCENARIO = "mix uit de wijkschetsen";
	/** The years simulated. */
	static final int HORIZON = 10;

	/**
	 * @param folder where the KWB files go
	 * @return the analysis and its comparison
	 */
	static DemoNotitie create(Path folder) throws Exception {
		DemoGemeente demo = DemoGemeente.generate();
		Analyse analyse = DemoAnalyse.create(demo);
		CityInput city = new CbsCityInput(ModelParameters.defaults())
				.read(new CbsImport().readAll(DemoKerncijferFiles.write(demo, folder)), Optional.of(DemoGemeente.CODE),
						DemoGemeente.YEAR);
		CityComparisonRun run = new CityComparisonRun(city, ModelParameters.defaults(), ShareClassifier.defaultRule(),
				Optional.empty(), new SensitivitySpec(24, 11, 0.25, 0.25, 0.5));
		Scenario scenario = run.scenario(ModelScenarios.fromWijkschetsen(SCENARIO, analyse.getWijkschetsen()));
		ComparisonResult comparison = run.run(List.of(Scenario.baseline(), scenario), HORIZON, RunProgress.NONE)
				.comparison();
		Map<String, Geometry> geometries = new LinkedHashMap<>();
		for (Feature buurt : demo.buurten().getFeatures()) {
			geometries.put((String) buurt.getAttribute("gwb_code"), buurt.getGeometry());
		}
		return new DemoNotitie(analyse, comparison, geometries);
	}

	/** @return the notitie of the demo without maps, dated 1 March 2026 */
	NotitieContent content() {
		return builder().build();
	}

	/** @return the notitie of the demo with its maps, dated 1 March 2026 */
	NotitieContent contentWithMaps() {
		return builder().buurtGeometries(geometries).build();
	}

	private NotitieBuilder builder() {
		return new NotitieBuilder(analyse, SCENARIO, comparison).cityName(DemoGemeente.NAME)
				.madeOn(LocalDate.of(2026, 3, 1));
	}
}
