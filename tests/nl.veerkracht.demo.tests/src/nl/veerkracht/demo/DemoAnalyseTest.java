package nl.veerkracht.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.persistence.AnalyseFiles;

/** The demo's analysis: valid, complete over the demo's regions, and saved and read back unchanged. */
class DemoAnalyseTest {

	private final DemoGemeente demo = DemoGemeente.generate();

	@Test
	void holdsEveryRegionOfTheDemoAndTwoValidWijkschetsen() {
		Analyse analyse = DemoAnalyse.create(demo);
		assertEquals(List.of(), Diagnostician.INSTANCE.validate(analyse).getChildren().stream()
				.filter(d -> d.getSeverity() >= Diagnostic.WARNING).map(Diagnostic::getMessage).toList());
		assertEquals(DemoGemeente.CODE, analyse.getGemeenten().get(0).getCode());
		assertEquals(6, analyse.getGemeenten().get(0).getWijken().size());
		assertEquals(DemoGemeente.BUURT_COUNT, analyse.getGemeenten().get(0).getWijken().stream()
				.mapToInt(wijk -> wijk.getBuurten().size()).sum());
		assertEquals(List.of("Molenkamp", "Vlietlanden"),
				analyse.getWijkschetsen().stream().map(Wijkschets::getName).toList());
		assertEquals(List.of(DemoAnalyse.MOLENKAMP, DemoAnalyse.VLIETLANDEN),
				analyse.getWijkschetsen().stream().map(s -> ((CbsRegio) s.getGebied()).getCode()).toList());
		Wijkschets molenkamp = analyse.getWijkschetsen().get(0);
		assertEquals(4, intensity(molenkamp, Handelingsperspectief.HERPOSITIONERING));
		assertTrue(molenkamp.getBevolking().contains("Fictief"));
		assertEquals(3, analyse.getPrestatieafspraken().size());
	}

	@Test
	void isTheSameOnEveryCallAndSurvivesSaving(@TempDir Path folder) throws Exception {
		Analyse first = DemoAnalyse.create(demo);
		assertTrue(EcoreUtil.equals(first, DemoAnalyse.create(DemoGemeente.generate())));
		Path file = folder.resolve(DemoAnalyse.FILE_NAME);
		AnalyseFiles.save(first, file);
		Analyse read = AnalyseFiles.load(file);
		assertEquals(2, read.getWijkschetsen().size());
		assertEquals(DemoAnalyse.MOLENKAMP, ((CbsRegio) read.getWijkschetsen().get(0).getGebied()).getCode());
		assertEquals(first.getPrestatieafspraken().get(0).getTitle(), read.getPrestatieafspraken().get(0).getTitle());
	}

	private static int intensity(Wijkschets schets, Handelingsperspectief perspective) {
		return schets.getPerspectiefMix().stream().filter(i -> i.getPerspective() == perspective)
				.mapToInt(PerspectiefInzet::getIntensity).findFirst().orElseThrow();
	}
}
