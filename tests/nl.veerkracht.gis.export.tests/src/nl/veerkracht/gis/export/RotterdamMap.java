package nl.veerkracht.gis.export;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.ProjectedFeature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.testsupport.SharedData;

/**
 * The test map: the 78 real Rotterdam buurten (CBS, CC BY 4.0) on an RD New map, categorized by wijk:
 * three wijken in Dark2 colours, the others in the "overige waarden" colour, opaque so that pixels can be
 * compared exactly; optionally labelled with the buurt names.
 */
final class RotterdamMap {

	static final String TITLE = "Rotterdam: buurten per wijk";
	static final String STADSDRIEHOEK = "BU05990110";
	static final Color CENTRUM = new Color(0x1b, 0x9e, 0x77);
	static final Color DELFSHAVEN = new Color(0xd9, 0x5f, 0x02);
	static final Color OVERSCHIE = new Color(0x75, 0x70, 0xb3);
	static final Color OTHER = new Color(0xf0, 0xe6, 0xc8);

	final MapContent map = new MapContent(Crs.RD_NEW);
	final VectorLayer buurten;

	/** The map without labels. */
	RotterdamMap() throws Exception {
		this(false);
	}

	/**
	 * The map, with or without the buurt names as labels.
	 *
	 * @param labelled whether to label the buurten with their names
	 */
	RotterdamMap(boolean labelled) throws Exception {
		FeatureCollection features = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		SimpleStyle base = new SimpleStyle(Color.WHITE, new Color(0x44, 0x44, 0x44), 0.5f, 1, 6);
		CategorizedStyle style = new CategorizedStyle("wijkcode",
				List.of(new Category("WK059901", "WK059901", base.withFill(CENTRUM)),
						new Category("WK059903", "WK059903", base.withFill(DELFSHAVEN)),
						new Category("WK059904", "WK059904", base.withFill(OVERSCHIE))),
				base.withFill(OTHER), base.withFill(NoDataStyle.COLOUR), labelled ? LabelStyle.of("buurtnaam") : null);
		buurten = new VectorLayer("Buurten 2017", features, null, style);
		map.addLayer(buurten);
	}

	/** Settings for the whole of Rotterdam with all decorations and the test title. */
	MapExportSettings settings(PageSize page) {
		return MapExportSettings.of(map, map.getEnvelope(), page).withTitle(TITLE);
	}

	/** Returns a point inside the Stadsdriehoek buurt, in RD New. */
	Coordinate insideStadsdriehoek() {
		for (ProjectedFeature buurt : buurten.query(Crs.RD_NEW, new Envelope(map.getEnvelope()))) {
			if (STADSDRIEHOEK.equals(buurt.feature().getAttribute("buurtcode"))) {
				return buurt.geometry().getInteriorPoint().getCoordinate();
			}
		}
		throw new AssertionError("no Stadsdriehoek in the data");
	}

	/** Keeps a copy of an exported file with the build's test artefacts, for people to look at. */
	static void keep(Path file) throws IOException {
		String folder = System.getProperty("veerkracht.test.artifacts");
		if (folder != null) {
			Path target = Path.of(folder).resolve("export");
			Files.createDirectories(target);
			Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
