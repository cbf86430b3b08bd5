package nl.veerkracht.report.poster;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.decor.Attribution;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.ProjectStatus;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.testsupport.SharedData;

/**
 * A complete wijkschets of Delfshaven (Rotterdam) on real CBS buurt boundaries, with the signal map scored on
 * KWB 2014-2016 as inset, for the poster tests.
 */
final class RotterdamPoster {

	static final String WIJK = "Delfshaven";
	static final String WIJKCODE = "WK059903";
	static final String PROJECT_1 = "Nieuwe Westen aan de Schie";
	static final String PROJECT_2 = "Wijkaanpak Bospolder-Tussendijken";
	static final String DILEMMA = "Investeren of spreiden";
	static final String GEMEENTE = "GM0599";
	static final List<String> KWB = List.of("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv",
			"rotterdam/Kerncijfers_wijken_en_buurten_2015.csv", "rotterdam/Kerncijfers_wijken_en_buurten_2016.csv");
	static final LocalDate DATE = LocalDate.of(2026, 11, 24);
	static final List<String> PARTICIPANTS = List.of("A. de Vries (gemeente)", "B. Yilmaz (Havensteder)",
			"C. Jansen (bewonersorganisatie)", "D. Bakker (welzijn)");

	private static final VeerkrachtFactory F = VeerkrachtFactory.eINSTANCE;

	private RotterdamPoster() {
	}

	static Wijkschets schets() {
		Gemeente rotterdam = F.createGemeente();
		rotterdam.setName("Rotterdam");
		rotterdam.setCode("GM0599");
		Wijk wijk = F.createWijk();
		wijk.setName(WIJK);
		wijk.setCode(WIJKCODE);
		rotterdam.getWijken().add(wijk);
		Wijkschets schets = F.createWijkschets();
		schets.setName("Wijkschets Delfshaven");
		schets.setGebied(wijk);
		schets.setProbleemanalyse("In Bospolder-Tussendijken en het Oude Westen wonen veel huishoudens met een laag "
				+ "inkomen in kleine, gehorige huurwoningen. De sociale samenhang is wisselend, de schuldenproblematiek "
				+ "groot. Tegelijk trekt de wijk jonge starters aan, wat spanning geeft op de woningmarkt.");
		schets.setDefinitieVanSucces("Over tien jaar voelen bewoners zich veilig, kunnen kinderen in de wijk "
				+ "opgroeien zonder achterstand en is de woningvoorraad gevarieerder.");
		schets.getStatusBeoordelingen().add(status(StatusAspect.FYSIEKE_KWALITEIT, Beoordeling.MATIG,
				"vooroorlogse blokken, achterstallig onderhoud bij particuliere verhuur"));
		schets.getStatusBeoordelingen().add(status(StatusAspect.SOCIALE_LEEFBAARHEID, Beoordeling.ZWAK,
				"overlast rond pleinen, weinig contact tussen groepen"));
		schets.getStatusBeoordelingen().add(status(StatusAspect.SOCIALE_INFRASTRUCTUUR, Beoordeling.VOLDOENDE,
				"sterke bewonersinitiatieven en een nieuw wijkcentrum"));
		schets.getSleutelprojecten().add(project(PROJECT_1, "Gemeente Rotterdam", ProjectStatus.LOPEND, 2021, 2030));
		schets.getSleutelprojecten().add(project(PROJECT_2, "Havensteder", ProjectStatus.GEPLAND, 2026, 2034));
		schets.getPerspectiefMix().add(inzet(Handelingsperspectief.SOCIALE_AANPAK, 4,
				"buurtcoaches achter de voordeur, schuldhulp dichtbij"));
		schets.getPerspectiefMix().add(inzet(Handelingsperspectief.LEEFOMGEVING, 2, "pleinen en groen opknappen"));
		schets.getPerspectiefMix().add(inzet(Handelingsperspectief.WONINGPROGRAMMA, 1,
				"enkele blokken samenvoegen tot gezinswoningen"));
		schets.getPerspectiefMix().add(inzet(Handelingsperspectief.HERPOSITIONERING, 3,
				"toewijzing met voorrang voor middeninkomens"));
		Dilemma dilemma = F.createDilemma();
		dilemma.setTitle(DILEMMA);
		dilemma.setDescription("Meer middeninkomens hier betekent minder sociale huur voor wie nu wacht.");
		schets.getDilemmas().add(dilemma);
		schets.setComplete(true);
		return schets;
	}

	static PosterContent content() throws Exception {
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		List<Feature> inWijk = new ArrayList<>();
		for (Feature buurt : buurten.getFeatures()) {
			if (WIJKCODE.equals(buurt.getAttribute("wijkcode"))) {
				inWijk.add(buurt);
			}
		}
		FeatureCollection wijkBuurten = new FeatureCollection(buurten.getSchema(), inWijk, buurten.getCrs());
		SimpleStyle base = new SimpleStyle(new Color(0xEE, 0xEB, 0xE2), new Color(0x88, 0x88, 0x88), 0.4f, 1, 6);
		MapContent map = new MapContent(Crs.RD_NEW);
		map.addLayer(new VectorLayer("Rotterdam", buurten, null, base));
		VectorLayer wijk = new VectorLayer(WIJK, wijkBuurten, null,
				new SingleSymbolStyle(base.withFill(new Color(0xF6, 0xD8, 0xA8)), LabelStyle.of("buurtnaam")));
		map.addLayer(wijk);
		MapContent signal = new MapContent(Crs.RD_NEW);
		signal.addLayer(new VectorLayer(PosterTexts.SIGNALERINGSKAART, signalMap(buurten).layer(), null,
				SignalMapStyles.klasse()));
		signal.addLayer(new VectorLayer(WIJK, wijkBuurten, null, new SimpleStyle(null, Color.BLACK, 1.2f, 1, 6)));
		Envelope context = new Envelope(wijk.getEnvelope(Crs.RD_NEW));
		context.expandBy(context.getWidth() * 1.2, context.getHeight() * 1.2);
		return PosterContent.of(schets(), DATE, PARTICIPANTS)
				.withMap(new PosterMap(map, wijk.getEnvelope(Crs.RD_NEW)))
				.withSignalMap(new PosterMap(signal, context))
				.withPhoto(photo())
				.withAttribution(Attribution.cbs(2017));
	}

	/**
	 * Scores the Rotterdam signal map on KWB 2014-2016 with the default indicators and weights, for the latest year.
	 */
	static ScoringState signalMap(FeatureCollection buurten) throws Exception {
		CbsData data = new CbsImport().readAll(KWB.stream().map(SharedData::file).toList());
		ScoringRun run = ScoringRun.prepare(data, buurten, IndicatorRegistry.getDefault(), Optional.of(GEMEENTE),
				ScoringParameters.defaults());
		int[] years = run.years();
		return ScoringState.compute(run, run.weights(), years[years.length - 1], buurten.getCrs());
	}

	static String longText(int sentences) {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= sentences; i++) {
			text.append("Observatie ").append(i).append(": de bewoners van blok ").append(i)
					.append(" noemen onderhoud, overlast en de afstand tot voorzieningen als grootste zorg. ");
		}
		return text.toString().strip();
	}

	static void keep(Path file) throws IOException {
		String folder = System.getProperty("veerkracht.test.artifacts");
		if (folder != null) {
			Path target = Path.of(folder).resolve("poster");
			Files.createDirectories(target);
			Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static BufferedImage photo() {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setPaint(new GradientPaint(0, 0, new Color(0x9C, 0xC9, 0xE8), 0, 400, new Color(0xE8, 0xF1, 0xF7)));
			g.fillRect(0, 0, 800, 600);
			int[] heights = { 260, 330, 300, 380, 240, 310, 350, 280 };
			for (int i = 0; i < heights.length; i++) {
				g.setColor(i % 2 == 0 ? new Color(0x8B, 0x4A, 0x36) : new Color(0xA8, 0x5D, 0x44));
				g.fillRect(i * 100, 600 - heights[i], 100, heights[i]);
				g.setColor(new Color(0xF4, 0xE9, 0xC8));
				for (int y = 600 - heights[i] + 20; y < 560; y += 40) {
					g.fillRect(i * 100 + 15, y, 25, 22);
					g.fillRect(i * 100 + 60, y, 25, 22);
				}
			}
		} finally {
			g.dispose();
		}
		return image;
	}

	private static StatusBeoordeling status(StatusAspect aspect, Beoordeling rating, String note) {
		StatusBeoordeling status = F.createStatusBeoordeling();
		status.setAspect(aspect);
		status.setRating(rating);
		status.setNote(note);
		return status;
	}

	private static Sleutelproject project(String name, String owner, ProjectStatus state, int start, int end) {
		Sleutelproject project = F.createSleutelproject();
		project.setName(name);
		project.setOwner(owner);
		project.setStatus(state);
		project.setStartYear(start);
		project.setEndYear(end);
		return project;
	}

	private static PerspectiefInzet inzet(Handelingsperspectief perspective, int intensity, String rationale) {
		PerspectiefInzet inzet = F.createPerspectiefInzet();
		inzet.setPerspective(perspective);
		inzet.setIntensity(intensity);
		inzet.setRationale(rationale);
		return inzet;
	}
}
