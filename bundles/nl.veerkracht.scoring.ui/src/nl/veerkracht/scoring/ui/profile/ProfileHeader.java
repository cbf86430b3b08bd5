package nl.veerkracht.scoring.ui.profile;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.style.Swatches;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.engine.Reference;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.engine.RegionTrend;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.Uncertainty;
import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;
import nl.veerkracht.scoring.run.BuurtProfile;
import nl.veerkracht.scoring.run.ClassStability;
import nl.veerkracht.scoring.run.HotSpotLabels;

/**
 * The top of the profile: the buurt's name, code, gemeente, inhabitants and year, and its key figures — the
 * class with its map colour, the kwetsbaarheid score (or why there is none), coverage, draagkracht, hot
 * spot, trend with the early warning and its doubts, and the robustness of the class.
 */
final class ProfileHeader {

	private static final int SWATCH_WIDTH = 22;
	private static final int SWATCH_HEIGHT = 14;

	private final Label title;
	private final Label subtitle;
	private final Label swatch;
	private final Label klasse;
	private final Label score;
	private final Label scale;
	private final Label reasonKey;
	private final Label reason;
	private final Label coverage;
	private final Label draagkracht;
	private final Label hotSpot;
	private final Label trendKey;
	private final Label trend;
	private final Label warning;
	private final Label robustness;
	private Image swatchImage;

	/**
	 * Creates the header in a one-column grid.
	 *
	 * @param parent the profile's content
	 */
	ProfileHeader(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		title = WidgetKeys.set(new Label(box, SWT.NONE), ProfileWidgetKeys.TITLE);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(title);
		subtitle = WidgetKeys.set(new Label(box, SWT.WRAP), ProfileWidgetKeys.SUBTITLE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).indent(0, 0).applyTo(subtitle);
		Label gap = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).hint(SWT.DEFAULT, 4).applyTo(gap);

		key(box, ProfileMessages.Header_klasse);
		Composite klasseBox = new Composite(box, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(klasseBox);
		swatch = new Label(klasseBox, SWT.NONE);
		klasse = WidgetKeys.set(new Label(klasseBox, SWT.NONE), ProfileWidgetKeys.KLASSE);
		klasse.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(klasseBox);

		key(box, ProfileMessages.Header_score);
		Composite scoreBox = new Composite(box, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(scoreBox);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scoreBox);
		score = WidgetKeys.set(new Label(scoreBox, SWT.NONE), ProfileWidgetKeys.SCORE);
		score.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		scale = new Label(scoreBox, SWT.WRAP);
		scale.setForeground(SectionTitle.secondary(box.getDisplay()));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(scale);
		reasonKey = key(box, ProfileMessages.Header_reason);
		reason = value(box, ProfileWidgetKeys.NO_DATA_REASON);
		key(box, ProfileMessages.Header_coverage);
		coverage = value(box, null);
		key(box, ProfileMessages.Header_draagkracht);
		draagkracht = value(box, null);
		key(box, ProfileMessages.Header_hotSpot);
		hotSpot = value(box, null);
		trendKey = key(box, ProfileMessages.Header_trend);
		trend = value(box, ProfileWidgetKeys.TREND);
		key(box, ProfileMessages.Header_warning);
		warning = value(box, null);
		key(box, ProfileMessages.Header_robustness);
		robustness = value(box, ProfileWidgetKeys.ROBUSTNESS);
		box.addDisposeListener(event -> disposeSwatch());
	}

	private static Label key(Composite box, String text) {
		Label label = new Label(box, SWT.NONE);
		label.setText(text);
		label.setForeground(SectionTitle.secondary(box.getDisplay()));
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		return label;
	}

	private static Label value(Composite box, String id) {
		Label label = new Label(box, SWT.WRAP);
		if (id != null) {
			WidgetKeys.set(label, id);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/**
	 * Shows a buurt.
	 *
	 * @param profile    the profile
	 * @param parameters the parameters the signal map was scored with
	 */
	void show(BuurtProfile profile, ScoringParameters parameters) {
		RegionInfo region = profile.region();
		title.setText(region.name());
		String inhabitants = region.inhabitants() == RegionInfo.UNKNOWN_INHABITANTS ? ProfileMessages.Header_inhabitantsUnknown
				: NLS.bind(ProfileMessages.Header_inhabitants, DutchNumbers.integer(region.inhabitants()));
		subtitle.setText(NLS.bind(ProfileMessages.Header_subtitle,
				new Object[] { region.code(), region.gemeenteCode(), inhabitants, Integer.toString(profile.year()) }));
		showKlasse(profile.klasse());
		boolean noData = profile.hasNoData();
		score.setText(noData ? Klasse.GEEN_GEGEVENS.label() : DutchNumbers.decimal(profile.composite(), 3));
		scale.setText(noData ? "" : scale(parameters)); //$NON-NLS-1$
		reason.setText(noData ? profile.noDataReason() : ""); //$NON-NLS-1$
		show(reasonKey, noData);
		show(reason, noData);
		coverage.setText(NLS.bind(ProfileMessages.Header_coverageValue, DutchNumbers.percent(profile.coverage()),
				DutchNumbers.percent(parameters.minCoverage())));
		draagkracht.setText(Double.isFinite(profile.draagkracht())
				? NLS.bind(ProfileMessages.Header_draagkrachtValue, DutchNumbers.decimal(profile.draagkracht(), 2))
				: ProfileMessages.Header_draagkrachtMissing);
		hotSpot.setText(hotSpotText(profile));
		showTrend(profile);
		showRobustness(profile);
		title.getParent().layout(true, true);
	}

	private void showKlasse(Klasse value) {
		klasse.setText(value.label());
		Image old = swatchImage;
		var symbol = KlasseColours.symbol(value);
		swatchImage = new Image(swatch.getDisplay(), (ImageDataProvider) zoom -> Swatches.symbol(symbol, SwatchShape.AREA,
				SWATCH_WIDTH, SWATCH_HEIGHT, zoom / 100.0));
		swatch.setImage(swatchImage);
		if (old != null) {
			old.dispose();
		}
	}

	private static String scale(ScoringParameters parameters) {
		boolean z = parameters.method() == NormalisationMethod.Z_SCORE;
		boolean gemeente = parameters.reference() == Reference.GEMEENTE;
		if (z) {
			return gemeente ? ProfileMessages.Header_scaleZGemeente : ProfileMessages.Header_scaleZAll;
		}
		return gemeente ? ProfileMessages.Header_scaleRankGemeente : ProfileMessages.Header_scaleRankAll;
	}

	private static String hotSpotText(BuurtProfile profile) {
		String label = HotSpotLabels.dutch(profile.hotSpot());
		if (profile.hotSpot() == HotSpotLabel.NO_DATA || profile.hotSpot() == HotSpotLabel.ISLAND
				|| !Double.isFinite(profile.hotSpotPseudoP())) {
			return label;
		}
		return NLS.bind(ProfileMessages.Header_hotSpotValue, label, DutchNumbers.decimal(profile.hotSpotPseudoP(), 3));
	}

	private void showTrend(BuurtProfile profile) {
		int[] years = profile.trendYears();
		trendKey.setText(years.length >= 2
				? NLS.bind(ProfileMessages.Header_trendYears, years[0] + "\u2013" + years[years.length - 1]) //$NON-NLS-1$
				: ProfileMessages.Header_trend);
		RegionTrend regionTrend = profile.trend().filter(t -> Double.isFinite(t.compositeSlope())).orElse(null);
		if (regionTrend == null) {
			trend.setText(years.length < 2 ? ProfileMessages.Header_trendOneYear : ProfileMessages.Header_trendNone);
			warning.setText(ProfileMessages.Header_warningNone);
			warning.setForeground(null);
			return;
		}
		trend.setText(NLS.bind(ProfileMessages.Header_trendValue, new Object[] {
				DutchNumbers.signed(regionTrend.compositeSlope(), 3), DutchNumbers.signed(regionTrend.gemeenteSlope(), 3),
				DutchNumbers.signed(regionTrend.relativeSlope(), 3), standardError(regionTrend) }));
		String doubts = regionTrend.uncertainties().isEmpty() ? ProfileMessages.Header_warningNoDoubts
				: NLS.bind(ProfileMessages.Header_warningDoubts, Arrays.stream(Uncertainty.values())
						.filter(regionTrend.uncertainties()::contains).map(Uncertainty::label).collect(Collectors.joining(", "))); //$NON-NLS-1$
		warning.setText(NLS.bind(regionTrend.earlyWarning() ? ProfileMessages.Header_warningYes : ProfileMessages.Header_warningNo,
				doubts));
		warning.setForeground(regionTrend.earlyWarning() ? warning.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
	}

	private static String standardError(RegionTrend trend) {
		return Double.isFinite(trend.slopeStandardError())
				? NLS.bind(ProfileMessages.Header_trendError, DutchNumbers.decimal(trend.slopeStandardError(), 3))
				: ""; //$NON-NLS-1$
	}

	private void showRobustness(BuurtProfile profile) {
		if (profile.hasNoData()) {
			robustness.setText(ProfileMessages.Header_robustnessNone);
			robustness.setForeground(null);
			return;
		}
		ClassStability stability = profile.stability();
		robustness.setText(NLS.bind(stability.fragile() ? ProfileMessages.Header_robustnessFragile : ProfileMessages.Header_robustnessValue,
				new Object[] { DutchNumbers.percent(stability.stability()), DutchNumbers.integer(stability.samples()),
						DutchNumbers.percent(stability.spread()) }));
		robustness.setForeground(stability.fragile() ? robustness.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
	}

	private static void show(Control control, boolean visible) {
		control.setVisible(visible);
		((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
	}

	private void disposeSwatch() {
		if (swatchImage != null) {
			swatchImage.dispose();
			swatchImage = null;
		}
	}
}
