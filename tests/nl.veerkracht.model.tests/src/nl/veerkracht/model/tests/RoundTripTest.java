package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.IndicatorValue;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.persistence.ModelFileException;

class RoundTripTest {

	@TempDir
	Path folder;

	@Test
	void theFixtureHasEveryConcreteClassAndEveryFeatureSetSomewhere() {
		Analyse analyse = FullAnalyse.create();
		Set<String> set = new HashSet<>();
		List<EObject> objects = new ArrayList<>(List.of(analyse));
		analyse.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (object.eIsSet(feature)) {
					set.add(object.eClass().getName() + "." + feature.getName());
				}
			}
		}
		Set<String> missing = new TreeSet<>();
		for (var classifier : VeerkrachtPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
				for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
					String name = eClass.getName() + "." + feature.getName();
					// modelVersion keeps its default until saved
					if (!set.contains(name) && feature != VeerkrachtPackage.Literals.ANALYSE__MODEL_VERSION) {
						missing.add(name);
					}
				}
			}
		}
		assertEquals(Set.of(), missing);
	}

	@Test
	void savesAndLoadsAFullAnalysisUnchanged() throws ModelFileException, IOException {
		Analyse original = FullAnalyse.create();
		Path file = folder.resolve("zaanstad.veerkracht");
		AnalyseFiles.save(original, file);

		Analyse loaded = AnalyseFiles.load(file);

		assertNotSame(original, loaded);
		assertTrue(EcoreUtil.equals(original, loaded), "the loaded analysis equals the saved one");
		assertEquals(AnalyseFiles.MODEL_VERSION, loaded.getModelVersion());
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
		assertTrue(xml.contains("modelVersion=\"3\""), "the model version is written");
		assertTrue(xml.contains("Zaanstad 2024 — veerkracht") && xml.contains("foto's/poelenburg.jpg"), "UTF-8 text as is");
	}

	@Test
	void referencesAndMissingValuesSurviveTheRoundTrip() throws ModelFileException {
		Path file = folder.resolve("zaanstad.veerkracht");
		AnalyseFiles.save(FullAnalyse.create(), file);

		Analyse loaded = AnalyseFiles.load(file);

		Wijk poelenburg = loaded.getGemeenten().get(0).getWijken().get(0);
		Buurt noord = poelenburg.getBuurten().get(0);
		assertSame(poelenburg, noord.getWijk());
		assertSame(loaded.getGemeenten().get(0), poelenburg.getGemeente());
		IndicatorValue present = loaded.getIndicatorValues().get(0);
		IndicatorValue missing = loaded.getIndicatorValues().get(1);
		assertSame(noord, present.getRegio());
		assertEquals(18.4, present.getValue());
		assertNull(missing.getValue(), "a missing value stays missing, never zero");
		assertEquals("geheim (minder dan 100 huishoudens)", missing.getMissingReason());
		Wijkschets schets = loaded.getWijkschetsen().get(0);
		assertSame(poelenburg, schets.getGebied());
		assertSame(noord, schets.getPerspectiefMix().get(0).getBuurtVerfijningen().get(0).getBuurt());
		assertSame(loaded.getGebieden().get(0), loaded.getScenarios().get(0).getMixes().get(0).getGebied());
		assertTrue(schets.getStatusBeoordelingen().stream().allMatch(s -> s.isSetRating()));
		assertEquals("vol op het orgel", schets.getPerspectiefMix().get(0).getIntensityWord());
	}

	@Test
	void anUnratedStatusStaysUnratedAndNoGeometryIsStored() throws ModelFileException, IOException {
		Analyse analyse = FullAnalyse.create();
		analyse.getWijkschetsen().get(0).getStatusBeoordelingen().get(0).unsetRating();
		Path file = folder.resolve("a.veerkracht");
		AnalyseFiles.save(analyse, file);

		Analyse loaded = AnalyseFiles.load(file);

		assertFalse(loaded.getWijkschetsen().get(0).getStatusBeoordelingen().get(0).isSetRating());
		assertTrue(loaded.getWijkschetsen().get(0).getStatusBeoordelingen().get(1).isSetRating());
		for (EAttribute attribute : VeerkrachtPackage.Literals.GEOMETRY_REFERENCE.getEAllAttributes()) {
			assertEquals(String.class, attribute.getEType().getInstanceClass(), "a geometry reference only names a feature");
		}
		assertFalse(Files.readString(file).contains("POLYGON"));
	}
}
