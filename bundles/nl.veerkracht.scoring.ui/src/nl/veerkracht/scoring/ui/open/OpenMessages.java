package nl.veerkracht.scoring.ui.open;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the signal-map wizard and its job: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}.
 */
final class OpenMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.scoring.ui.open.messages"; //$NON-NLS-1$

	public static String Wizard_title;
	public static String Files_title;
	public static String Files_description;
	public static String Files_kwbGroup;
	public static String Files_kwbFilter;
	public static String Files_allFiles;
	public static String Files_kwbHint;
	public static String Files_boundaryGroup;
	public static String Files_fromLayer;
	public static String Files_fromFile;
	public static String Files_browse;
	public static String Files_boundaryDialog;
	public static String Files_noLayer;
	public static String Files_layerItem;
	public static String Files_boundaryHint;
	public static String Files_noKwb;
	public static String Files_missingFile;
	public static String Files_noBoundaries;
	public static String Preview_title;
	public static String Preview_description;
	public static String Preview_reading;
	public static String Preview_readingFile;
	public static String Preview_columnFile;
	public static String Preview_columnKind;
	public static String Preview_columnYears;
	public static String Preview_columnBuurten;
	public static String Preview_columnMissing;
	public static String Preview_kindBoundaries;
	public static String Preview_unusable;
	public static String Preview_gemeente;
	public static String Preview_allBuurten;
	public static String Preview_gemeenteItem;
	public static String Preview_chooseGemeente;
	public static String Preview_summary;
	public static String Preview_columnIndicator;
	public static String Preview_columnRole;
	public static String Preview_columnStatus;
	public static String Preview_computed;
	public static String Preview_dropped;
	public static String Preview_messages;
	public static String Preview_noMessages;
	public static String Preview_missingValues;
	public static String Preview_droppedMessage;
	public static String Preview_warning;
	public static String Preview_skipped;
	public static String Preview_problem;
	public static String Preview_moreMessages;
	public static String Preview_replaces;
	public static String Preview_cancelled;
	public static String Settings_title;
	public static String Settings_year;
	public static String Settings_reference;
	public static String Settings_referenceGemeente;
	public static String Settings_referenceAll;
	public static String Settings_method;
	public static String Settings_methodZScore;
	public static String Settings_methodRank;
	public static String Settings_coverage;
	public static String Settings_coverageUnit;
	public static String Settings_coverageHint;
	public static String Kind_statLine;
	public static String Kind_kwbXlsx;
	public static String Kind_wbk;
	public static String Kind_series;
	public static String Role_kwetsbaarheid;
	public static String Role_drager;
	public static String Role_vrager;
	public static String Role_context;
	public static String Missing_unknownOrSecret;
	public static String Missing_secret;
	public static String Missing_nihil;
	public static String Missing_notYetPublished;
	public static String Missing_suppressed;
	public static String Missing_blank;
	public static String Missing_notDerivable;
	public static String Problem_position;
	public static String Problem_unreadable;
	public static String Problem_noLayer;
	public static String Problem_noAttributes;
	public static String Problem_noCodes;
	public static String Problem_noBuurten;
	public static String Problem_noCommonData;
	public static String Problem_allGemeenten;
	public static String Problem_prepare;
	public static String Job_name;
	public static String Job_prepare;
	public static String Job_score;
	public static String Job_failedTitle;
	public static String Job_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, OpenMessages.class);
	}

	private OpenMessages() {
	}
}
