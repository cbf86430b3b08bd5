package nl.veerkracht.scoring.ui.table;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the Indicatoren view: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}.
 */
final class IndicatorTableMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.scoring.ui.table.messages"; //$NON-NLS-1$

	public static String View_empty;
	public static String View_mode;
	public static String View_modeTooltip;
	public static String View_filterHint;
	public static String View_status;
	public static String Mode_raw;
	public static String Mode_zScore;
	public static String Mode_rank;
	public static String Mode_contribution;
	public static String Action_copy;
	public static String Action_export;
	public static String Action_exportTooltip;
	public static String Export_dialogTitle;
	public static String Export_filterCsv;
	public static String Export_filterAll;
	public static String Export_job;
	public static String Export_task;
	public static String Export_failed;
	public static String Column_code;
	public static String Column_codeTooltip;
	public static String Column_name;
	public static String Column_nameTooltip;
	public static String Column_inhabitants;
	public static String Column_inhabitantsTooltip;
	public static String Column_kwetsbaarheid;
	public static String Column_kwetsbaarheidTooltip;
	public static String Column_klasse;
	public static String Column_klasseTooltip;
	public static String Column_dekking;
	public static String Column_dekkingTooltip;
	public static String Column_draagkracht;
	public static String Column_draagkrachtTooltip;
	public static String Column_trend;
	public static String Column_trendTooltip;
	public static String Column_vroegSignaal;
	public static String Column_vroegSignaalTooltip;
	public static String Column_hotSpot;
	public static String Column_hotSpotTooltip;
	public static String Column_robuustheid;
	public static String Column_robuustheidTooltip;
	public static String Header_rank;
	public static String Header_zScore;
	public static String Header_contribution;
	public static String Header_indicatorTooltip;
	public static String Header_noSources;
	public static String Direction_vulnerable;
	public static String Direction_resilient;
	public static String Role_kwetsbaarheid;
	public static String Role_drager;
	public static String Role_vrager;
	public static String Role_context;
	public static String Cell_missing;
	public static String Cell_source;
	public static String Cell_noData;
	public static String Cell_noDraagkracht;
	public static String Cell_noInhabitants;
	public static String Cell_coverage;
	public static String Cell_trendOneYear;
	public static String Cell_trendFewYears;
	public static String Cell_trend;
	public static String Cell_earlyWarning;
	public static String Cell_noUncertainty;
	public static String Cell_yes;
	public static String Cell_no;
	public static String Cell_pseudoP;
	public static String Cell_fragile;
	public static String Cell_robustness;
	public static String Contribution_otherRole;
	public static String Contribution_zeroWeight;
	public static String Contribution_noComposite;
	public static String Gemeente_row;
	public static String Gemeente_rowTooltip;
	public static String Info_summary;
	public static String Info_missing;
	public static String Info_missingOne;
	public static String Info_referenceGemeente;
	public static String Info_referenceAll;
	public static String Info_zScore;
	public static String Info_rank;
	public static String Info_show;
	public static String Info_hide;
	public static String Info_droppedHeading;
	public static String Info_droppedLine;
	public static String Info_problemsHeading;
	public static String Info_problemLine;

	static {
		NLS.initializeMessages(BUNDLE_NAME, IndicatorTableMessages.class);
	}

	private IndicatorTableMessages() {
	}
}
