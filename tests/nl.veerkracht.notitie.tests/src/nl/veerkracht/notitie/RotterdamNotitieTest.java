package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Wijkschetsen;
import nl.veerkracht.model.regions.RegionTree;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.quickscan.MapArea;
import nl.veerkracht.report.quickscan.MapFigure;
import nl.veerkracht.report.quickscan.ScanMap;
import nl.veerkracht.stad.CityComparison;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.RunProgress;
import nl.veerkracht.testsupport.SharedData;

/**
 * The notitie of Rotterdam (real KWB 2014–2016 and buurt boundaries in WGS 84 from the shared data) with
 * wijkschetsen of Delfshaven and Feijenoord: the boundaries, transformed to RD New, give the maps in metres, the
 * maps hold the buurten of the comparison, and the DOCX has a picture per map. The files are kept in
 * target/test-artifacts/rotterdam to be looked at.
 */
class RotterdamNotitieTest {

	private static final Path ARTIFACTS = Path.of("target", "test-artifacts", "rotterdam");
	private static final String SCENARIO = "mix Delfshaven en Feijenoord";

	private static ComparisonResult comparison;
	private static NotitieContent content;
	private static Map<String, Geometry> geometries;
	private static Path docx;

	@BeforeAll
	static void write() throws Exception {
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		CrsTransform toRd = new CrsTransform(buurten.getCrs(), Crs.RD_NEW);
		Map<String, String> names = new LinkedHashMap<>();
		geometries = new LinkedHashMap<>();
		for (Feature buurt : buurten.getFeatures()) {
			String code = String.valueOf(buurt.getAttribute("buurtcode"));
			names.put(code, String.valueOf(buurt.getAttribute("buurtnaam")));
			geometries.put(code, toRd.transform(buurt.getGeometry()));
		}
		Gemeente rotterdam = RegionTree.gemeente("GM0599", "Rotterdam", names);
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		analyse.setName("Rotterdam");
		analyse.getGemeenten().add(rotterdam);
		analyse.getWijkschetsen().add(schets(wijk(rotterdam, "WK059903", "Delfshaven"),
				"Veel huishoudens met een laag inkomen in oude particuliere en corporatiewoningen.",
				Map.of(Handelingsperspectief.SOCIALE_AANPAK, 3, Handelingsperspectief.HERPOSITIONERING, 3,
						Handelingsperspectief.LEEFOMGEVING, 1)));
		analyse.getWijkschetsen().add(schets(wijk(rotterdam, "WK059910", "Feijenoord"),
				"Grote corporatievoorraad naast nieuwbouw aan het water.",
				Map.of(Handelingsperspectief.WONINGPROGRAMMA, 3, Handelingsperspectief.LEEFOMGEVING, 2,
						Handelingsperspectief.SOCIALE_AANPAK, 2)));
		List<Path> kwb = List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2015.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv"));
		CityComparison run = NotitieExport.compare(analyse, SCENARIO, kwb, Optional.of("GM0599"), 2016, 10,
				RunProgress.NONE);
		comparison = run.comparison();
		content = new NotitieBuilder(analyse, SCENARIO, comparison).parameters(run.calibrated()).buurtGeometries(geometries)
				.madeOn(LocalDate.of(2026, 3, 1)).build();
		Files.createDirectories(ARTIFACTS);
		NotitieExport.write(content, ARTIFACTS);
		docx = ARTIFACTS.resolve(NotitieExport.DOCX);
	}

	@Test
	void theMapsAreInRdNewMetresAndHoldTheComparisonsBuurten() {
		List<MapFigure> city = figures(content.chapters().get(1));
		assertEquals(2, city.size(), "Rotterdam is wide: the start and the horizon each across the text width");
		ScanMap start = city.get(0).maps().get(0);
		Envelope extent = start.extent();
		assertTrue(extent.getWidth() > 10_000 && extent.getWidth() < 60_000,
				"Rotterdam's buurten span tens of kilometres in RD New: " + extent);
		assertTrue(extent.getMinX() > 50_000 && extent.getMaxY() < 460_000 && extent.getMinY() > 420_000,
				"RD New coordinates: " + extent);
		long drawn = start.areas().stream().filter(area -> comparison.input().indexOf(area.code()) >= 0).count();
		long withBoundary = comparison.input().buurten().stream().filter(b -> geometries.containsKey(b.code())).count();
		assertEquals(withBoundary, drawn, "every buurt of the comparison with a boundary is on the map");
		List<MapFigure> wijk = figures(content.chapters().get(2));
		assertEquals(1, wijk.size(), "a map of Delfshaven");
		ScanMap delfshaven = wijk.get(0).maps().get(0);
		for (MapArea area : delfshaven.areas()) {
			assertTrue(extent.contains(area.geometry().getEnvelopeInternal()), area.code());
		}
		assertTrue(delfshaven.extent().getWidth() < extent.getWidth() / 2, "the wijk map shows a detail of the city");
	}

	@Test
	void realCbsFiguresAreCreditedToCbs() {
		Chapter sources = content.chapters().get(content.chapters().size() - 1);
		assertTrue(sources.blocks().contains(new nl.veerkracht.report.document.Block.Paragraph(
				"Bron: CBS, Kerncijfers wijken en buurten 2016, CC BY 4.0")), "the CBS attribution of the start year");
	}

	@Test
	void theDocxHasAPicturePerMap() throws Exception {
		try (XWPFDocument document = NotitieFiles.docx(docx)) {
			assertEquals(figures().size(), document.getAllPictures().size());
		}
	}

	private static List<MapFigure> figures() {
		List<MapFigure> figures = new ArrayList<>();
		content.chapters().forEach(chapter -> figures.addAll(figures(chapter)));
		return figures;
	}

	private static List<MapFigure> figures(Chapter chapter) {
		return chapter.blocks().stream().filter(MapFigure.class::isInstance).map(MapFigure.class::cast).toList();
	}

	private static Wijk wijk(Gemeente gemeente, String code, String name) {
		Wijk wijk = gemeente.getWijken().stream().filter(w -> code.equals(w.getCode())).findFirst().orElseThrow();
		wijk.setName(name);
		return wijk;
	}

	private static Wijkschets schets(Wijk wijk, String bevolking, Map<Handelingsperspectief, Integer> mix) {
		Wijkschets schets = Wijkschetsen.nieuw(wijk);
		schets.setBevolking(bevolking + " (Voorbeeld voor de test, geen echte wijkschets.)");
		for (PerspectiefInzet inzet : schets.getPerspectiefMix()) {
			inzet.setIntensity(mix.getOrDefault(inzet.getPerspective(), 0));
		}
		return schets;
	}
}
