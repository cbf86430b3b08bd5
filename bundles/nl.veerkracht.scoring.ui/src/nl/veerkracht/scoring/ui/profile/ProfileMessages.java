package nl.veerkracht.scoring.ui.profile;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the Buurtprofiel view: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}.
 */
final class ProfileMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.scoring.ui.profile.messages"; //$NON-NLS-1$

	public static String Profile_job;
	public static String Profile_jobTask;
	public static String Profile_jobFailed;
	public static String Profile_noSignalMap;
	public static String Profile_chooseBuurt;
	public static String Profile_notInMap;
	public static String Profile_tooltip;
	public static String Header_subtitle;
	public static String Header_inhabitants;
	public static String Header_inhabitantsUnknown;
	public static String Header_klasse;
	public static String Header_score;
	public static String Header_scaleZGemeente;
	public static String Header_scaleZAll;
	public static String Header_scaleRankGemeente;
	public static String Header_scaleRankAll;
	public static String Header_reason;
	public static String Header_coverage;
	public static String Header_coverageValue;
	public static String Header_draagkracht;
	public static String Header_draagkrachtValue;
	public static String Header_draagkrachtMissing;
	public static String Header_hotSpot;
	public static String Header_hotSpotValue;
	public static String Header_trend;
	public static String Header_trendYears;
	public static String Header_trendValue;
	public static String Header_trendError;
	public static String Header_trendOneYear;
	public static String Header_trendNone;
	public static String Header_warning;
	public static String Header_warningYes;
	public static String Header_warningNo;
	public static String Header_warningNoDoubts;
	public static String Header_warningDoubts;
	public static String Header_warningNone;
	public static String Header_robustness;
	public static String Header_robustnessValue;
	public static String Header_robustnessFragile;
	public static String Header_robustnessNone;
	public static String Section_bars;
	public static String Section_barsDescription;
	public static String Bars_axisIndicator;
	public static String Bars_axisDifference;
	public static String Bars_unfavourable;
	public static String Bars_favourable;
	public static String Bars_context;
	public static String Bars_missing;
	public static String Bars_tipBuurt;
	public static String Bars_tipGemeente;
	public static String Bars_tipMissing;
	public static String Bars_tipDifference;
	public static String Value_missing;
	public static String Section_trend;
	public static String Section_trendYears;
	public static String Section_trendDescription;
	public static String Trend_show;
	public static String Trend_kwetsbaarheid;
	public static String Trend_axisYear;
	public static String Trend_axisKwetsbaarheidZ;
	public static String Trend_axisKwetsbaarheidRank;
	public static String Trend_axisIndicator;
	public static String Trend_buurtComposite;
	public static String Trend_gemeenteComposite;
	public static String Trend_gemeenteIndicator;
	public static String Trend_noteComposite;
	public static String Trend_noteIndicator;
	public static String Trend_missing;
	public static String Trend_missingComposite;
	public static String Trend_missingValue;
	public static String Trend_tip;
	public static String Trend_tipMissing;
	public static String Section_explanation;
	public static String Section_explanationDescription;
	public static String Explain_indicator;
	public static String Explain_value;
	public static String Explain_gemeente;
	public static String Explain_unit;
	public static String Explain_year;
	public static String Explain_source;
	public static String Explain_normalised;
	public static String Explain_weight;
	public static String Explain_share;
	public static String Explain_contribution;
	public static String Explain_note;
	public static String Explain_missing;
	public static String Explain_noteMissing;
	public static String Explain_noteContext;
	public static String Explain_noteDrager;
	public static String Explain_noteVrager;
	public static String Explain_noteNoWeight;
	public static String Explain_noteNoScore;
	public static String Explain_sum;
	public static String Explain_copy;
	public static String Explain_sumNote;
	public static String Explain_sumNoData;
	public static String Section_robustness;
	public static String Section_robustnessDescription;
	public static String Robustness_summary;
	public static String Robustness_fragile;
	public static String Robustness_noData;
	public static String Robustness_distribution;
	public static String Robustness_part;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ProfileMessages.class);
	}

	private ProfileMessages() {
	}
}
