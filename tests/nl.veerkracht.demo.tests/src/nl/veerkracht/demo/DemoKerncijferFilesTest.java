package nl.veerkracht.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.Feature;

class DemoKerncijferFilesTest {

	private final DemoGemeente demo = DemoGemeente.generate();

	@TempDir
	Path folder;

	@Test
	void theLastYearIsTheDemoAsShownAndEarlierYearsDiffer() {
		assertEquals(demo.buurten(), demo.buurten(DemoGemeente.YEAR));
		Feature buurt2024 = demo.buurten().getFeatures().get(3);
		Feature buurt2020 = demo.buurten(DemoGemeente.FIRST_YEAR).getFeatures().get(3);
		assertEquals(buurt2024.getId(), buurt2020.getId());
		assertEquals(buurt2024.getGeometry(), buurt2020.getGeometry());
		assertEquals(2020L, buurt2020.getAttribute("jaar"));
		assertEquals(demo.buurten(2021).getFeatures().get(5).getAttribute("a_inw"),
				DemoGemeente.generate().buurten(2021).getFeatures().get(5).getAttribute("a_inw"), "the same every time");
	}

	@Test
	void theFilesAreReadByTheCbsImportAsFiveYearsOfKerncijfers() throws Exception {
		List<Path> files = DemoKerncijferFiles.write(demo, folder.resolve("cbs"));
		assertEquals(5, files.size());
		CbsData data = new CbsImport().readAll(files);
		assertEquals(List.of(2020, 2021, 2022, 2023, 2024), List.copyOf(data.years()));
		Feature first = demo.buurten().getFeatures().get(0);
		RegionCode code = RegionCode.parse(first.getId()).orElseThrow();
		assertEquals(((Number) first.getAttribute("p_hh_li")).doubleValue(),
				data.observation(code, "p_hh_li", 2024).map(Observation::value).orElseThrow().orElseThrow(), 1e-9,
				"a figure comes back as written");
		long households = (Long) first.getAttribute("a_hh");
		long onePerson = (Long) first.getAttribute("a_1p_hh");
		assertEquals(Math.round(1000.0 * onePerson / households) / 10.0,
				data.observation(code, "p_1p_hh", 2024).map(Observation::value).orElseThrow().orElseThrow(), 1e-9);
		Feature businessPark = demo.buurten().getFeatures().stream()
				.filter(f -> "Bedrijvenpark De Veer".equals(f.getAttribute("regio"))).findFirst().orElseThrow();
		OptionalDouble suppressed = data.observation(RegionCode.parse(businessPark.getId()).orElseThrow(), "p_hh_li", 2024)
				.map(Observation::value).orElseThrow();
		assertTrue(suppressed.isEmpty(), "a suppressed figure stays missing, never 0");
	}

	@Test
	void existingFilesAreKept() throws Exception {
		Path cbs = folder.resolve("cbs");
		Files.createDirectories(cbs);
		Path changed = cbs.resolve(String.format(DemoKerncijferFiles.FILE_NAME, 2022));
		Files.writeString(changed, "{}");
		DemoKerncijferFiles.write(demo, cbs);
		assertEquals("{}", Files.readString(changed), "a file the analyst has is never overwritten");
	}
}
