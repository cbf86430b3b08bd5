package nl.veerkracht.scoring.ui.quickscan;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the QuickScan export: Dutch in {@code messages_nl.properties}, English as the fallback in
 * {@code messages.properties}. Public only because NLS fills public fields; not API.
 */
public final class QuickScanMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.scoring.ui.quickscan.messages"; //$NON-NLS-1$

	public static String QuickScan_title;
	public static String QuickScan_pageTitle;
	public static String QuickScan_pageDescription;
	public static String QuickScan_signalMap;
	public static String QuickScan_noSignalMap;
	public static String QuickScan_folder;
	public static String QuickScan_browse;
	public static String QuickScan_folderMissing;
	public static String QuickScan_folderIsFile;
	public static String QuickScan_parentMissing;
	public static String QuickScan_replaces;
	public static String QuickScan_job;
	public static String QuickScan_sources;
	public static String QuickScan_content;
	public static String QuickScan_writing;
	public static String QuickScan_failed;
	public static String QuickScan_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, QuickScanMessages.class);
	}

	private QuickScanMessages() {
	}
}
