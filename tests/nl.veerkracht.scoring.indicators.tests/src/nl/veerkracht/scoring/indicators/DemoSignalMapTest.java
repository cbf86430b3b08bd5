package nl.veerkracht.scoring.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.demo.DemoKerncijferFiles;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.DroppedIndicator;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.YearResult;

/**
 * The built-in demo (invented figures, written as Wijk- en Buurtkaart files) scores like real data: five
 * years, every class, trends and early warnings in the wijk that slides, and the indicator the demo lacks
 * dropped with its reason.
 */
class DemoSignalMapTest {

	@TempDir
	Path folder;

	@Test
	void theDemoFilesGiveASignalMapWithClassesTrendsAndEarlyWarnings() throws Exception {
		DemoGemeente demo = DemoGemeente.generate();
		List<Path> files = DemoKerncijferFiles.write(demo, folder);
		FeatureCollection buurten = new GeoJsonReader().read(files.get(files.size() - 1));
		ScoringRun run = ScoringRun.prepare(new CbsImport().readAll(files), buurten, IndicatorRegistry.getDefault(),
				Optional.of(DemoGemeente.CODE), ScoringParameters.defaults());
		assertEquals(DemoGemeente.BUURT_COUNT, run.table().regionCount());
		assertEquals(List.of(2020, 2021, 2022, 2023, 2024), java.util.Arrays.stream(run.years()).boxed().toList());
		Set<String> dropped = run.dropped().stream().map(DroppedIndicator::id).collect(Collectors.toSet());
		assertTrue(dropped.contains("laag_inkomen"), "the demo has no p_hh_lkk: " + dropped);

		YearResult result = run.score(DemoGemeente.YEAR);
		assertTrue(result.classCounts().keySet().containsAll(
				Set.of(Klasse.VEERKRACHTIG, Klasse.GEMIDDELD, Klasse.ZEER_KWETSBAAR, Klasse.GEEN_GEGEVENS)),
				result.classCounts().toString());
		long warnings = run.table().regions().stream()
				.filter(region -> result.trend(region.code()).map(t -> t.earlyWarning()).orElse(false)).count();
		assertTrue(warnings > 0, "the sliding wijk raises early warnings");
	}
}
