package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.KaartLaag;
import nl.veerkracht.model.persistence.AnalyseFiles;

/** Files of earlier model versions load as they are. */
class OlderVersionsTest {

	/** An analysis as model version 2 wrote it: a map with a styled layer, no signal map. */
	private static final String VERSION_2 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<veerkracht:Analyse xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:veerkracht="http://veerkracht.nl/model/1.0"
			    xmi:id="_a1" name="Rotterdam 2016" modelVersion="2" referenceYear="2016">
			  <gemeenten xmi:id="_g1" name="Rotterdam" code="GM0599"/>
			  <kaarten xmi:id="_k1" name="Signaleringskaart 2016" crsCode="EPSG:28992" scale="25000.0" signaalkaartInset="false">
			    <lagen xmi:id="_l1" title="Buurten" sourceUri="data/buurten.geojson" layerName="buurten" visible="true"
			        opacity="0.8" style="&lt;StyledLayerDescriptor version=&quot;1.0.0&quot;/>"/>
			  </kaarten>
			</veerkracht:Analyse>
			""";

	@TempDir
	Path folder;

	@Test
	void aVersionTwoFileLoadsWithoutASignalMap() throws Exception {
		Path file = folder.resolve("rotterdam.veerkracht");
		Files.writeString(file, VERSION_2, StandardCharsets.UTF_8);

		Analyse analyse = AnalyseFiles.load(file);

		assertEquals(2, analyse.getModelVersion());
		assertEquals("Rotterdam 2016", analyse.getName());
		assertEquals("GM0599", analyse.getGemeenten().get(0).getCode());
		KaartLaag laag = analyse.getKaarten().get(0).getLagen().get(0);
		assertEquals("data/buurten.geojson", laag.getSourceUri());
		assertEquals(0.8, laag.getOpacity());
		assertEquals("<StyledLayerDescriptor version=\"1.0.0\"/>", laag.getStyle());
		assertNull(analyse.getSignaleringskaart());
		assertEquals(List.of(), Diagnostician.INSTANCE.validate(analyse).getChildren().stream().map(Diagnostic::getMessage).toList());
	}

	@Test
	void aVersionTwoFileIsSavedAsTheCurrentVersion() throws Exception {
		Path file = folder.resolve("rotterdam.veerkracht");
		Files.writeString(file, VERSION_2, StandardCharsets.UTF_8);
		Analyse analyse = AnalyseFiles.load(file);
		analyse.setSignaleringskaart(FullAnalyse.signaleringskaart());

		AnalyseFiles.save(analyse, file);

		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("modelVersion=\"" + AnalyseFiles.MODEL_VERSION + "\""), xml);
		assertTrue(xml.contains("<signaleringskaart "), xml);
		assertEquals("GM0479", AnalyseFiles.load(file).getSignaleringskaart().getGemeenteCode());
	}
}
