package nl.veerkracht.notitie;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.notitie.internal.AfsprakenChapter;
import nl.veerkracht.notitie.internal.BalanceChapter;
import nl.veerkracht.notitie.internal.MethodChapter;
import nl.veerkracht.notitie.internal.NotitieContext;
import nl.veerkracht.notitie.internal.SummaryChapter;
import nl.veerkracht.notitie.internal.WijkChapter;
import nl.veerkracht.notitie.internal.WijkschetsPhotos;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.poster.CbsBron;
import nl.veerkracht.stad.BuurtStart;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.ScenarioOutcome;

/**
 * Builds the stadsbrede notitie of an analysis from a comparison of a chosen scenario against the baseline:
 * 1 Samenvatting; 2 De stad in balans?; then a chapter per wijkschets; Prestatieafspraken; Bronnen en methode.
 * Every number comes from the {@link ComparisonResult}; nothing here runs the model. UI-free.
 */
public final class NotitieBuilder {

	/** The title of every notitie. */
	public static final String TITLE = "Stadsbrede notitie";

	private final Analyse analyse;
	private final String scenarioName;
	private final ComparisonResult comparison;
	private String cityName;
	private ModelParameters parameters = ModelParameters.defaults();
	private String bron;
	private LocalDate madeOn = LocalDate.now();
	private Path photoFolder;
	private Map<String, Geometry> geometries = Map.of();

	/**
	 * @param analyse the analysis with its wijkschetsen and prestatieafspraken
	 * @param scenarioName the name of the scenario to set against the baseline, one of the comparison's
	 * @param comparison the comparison, its baseline first
	 */
	public NotitieBuilder(Analyse analyse, String scenarioName, ComparisonResult comparison) {
		this.analyse = Objects.requireNonNull(analyse, "analyse");
		this.scenarioName = Objects.requireNonNull(scenarioName, "scenarioName");
		this.comparison = Objects.requireNonNull(comparison, "comparison");
	}

	/**
	 * @param value the city's name; by default the name of the analysis's first gemeente
	 * @return this builder
	 */
	public NotitieBuilder cityName(String value) {
		cityName = value;
		return this;
	}

	/**
	 * @param value the parameters the comparison ran with, printed in Bronnen en methode; by default
	 *        {@link ModelParameters#defaults()}
	 * @return this builder
	 */
	public NotitieBuilder parameters(ModelParameters value) {
		parameters = Objects.requireNonNull(value, "parameters");
		return this;
	}

	/**
	 * @param value the source line of the data; by default the CBS attribution of the Kerncijfers of the start year,
	 *        or for the built-in demo's invented buurten the demo's notice
	 * @return this builder
	 */
	public NotitieBuilder bron(String value) {
		bron = value;
		return this;
	}

	/**
	 * @param value the date printed on the title page; by default today
	 * @return this builder
	 */
	public NotitieBuilder madeOn(LocalDate value) {
		madeOn = Objects.requireNonNull(value, "madeOn");
		return this;
	}

	/**
	 * With the buurt boundaries, chapter 2 shows the signal map at the start and the scenario at the horizon with the
	 * buurten of the waterbed table numbered, and each wijk chapter a map of its buurten; without them the notitie
	 * has the same text and tables, and no maps.
	 *
	 * @param value the boundary of each buurt by code, in RD New (EPSG:28992) metres; buurten without one are left
	 *        off the maps
	 * @return this builder
	 */
	public NotitieBuilder buurtGeometries(Map<String, Geometry> value) {
		geometries = Map.copyOf(Objects.requireNonNull(value, "geometries"));
		return this;
	}

	/**
	 * With the folder of the analysis file, each wijk chapter shows its wijkschets's photo (its path is relative to
	 * that folder, or absolute), as the poster does; a named photo that cannot be read is left out with a warning in
	 * {@link NotitieContent#warnings()}. Without it no photos are looked for.
	 *
	 * @param value the folder of the analysis file
	 * @return this builder
	 */
	public NotitieBuilder photoFolder(Path value) {
		photoFolder = Objects.requireNonNull(value, "photoFolder");
		return this;
	}

	/**
	 * @return the notitie
	 * @throws IllegalArgumentException if the comparison has no scenario of that name, or it is the baseline
	 */
	public NotitieContent build() {
		ScenarioOutcome scenario = comparison.outcome(scenarioName).orElseThrow(() -> new IllegalArgumentException(
				"the comparison has no scenario \u201c" + scenarioName + "\u201d"));
		if (scenario == comparison.baseline()) {
			throw new IllegalArgumentException("choose a scenario other than the baseline \u201c" + scenarioName + "\u201d");
		}
		String city = cityName != null && !cityName.isBlank() ? cityName : defaultCityName();
		String source = bron != null && !bron.isBlank() ? bron : defaultBron();
		NotitieContext context = new NotitieContext(analyse, comparison, scenario, city, parameters, source,
				geometries);
		List<Chapter> chapters = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		chapters.add(SummaryChapter.build(chapters.size() + 1, context));
		chapters.add(BalanceChapter.build(chapters.size() + 1, context));
		for (Map.Entry<Wijkschets, Set<String>> entry : context.wijkschetsen().entrySet()) {
			Optional<BufferedImage> photo = photoFolder == null ? Optional.empty()
					: WijkschetsPhotos.read(entry.getKey(), photoFolder, warnings);
			chapters.add(WijkChapter.build(chapters.size() + 1, context, entry.getKey(), entry.getValue(), photo));
		}
		chapters.add(AfsprakenChapter.build(chapters.size() + 1, context));
		chapters.add(MethodChapter.build(chapters.size() + 1, context));
		return new NotitieContent(TITLE, city, scenario.scenario().name(), comparison.startYear(), comparison.endYear(),
				madeOn, chapters, warnings);
	}

	/** The CBS attribution of the start year's Kerncijfers, or the demo's notice when its buurten are invented. */
	private String defaultBron() {
		boolean invented = DemoGemeente.isInvented(comparison.input().buurten().stream().map(BuurtStart::code).toList());
		return invented ? DemoGemeente.SOURCE : CbsBron.kerncijfers(comparison.startYear());
	}

	private String defaultCityName() {
		for (Gemeente gemeente : analyse.getGemeenten()) {
			if (gemeente.getName() != null && !gemeente.getName().isBlank()) {
				return gemeente.getName();
			}
		}
		return analyse.getName() == null ? "" : analyse.getName();
	}
}
