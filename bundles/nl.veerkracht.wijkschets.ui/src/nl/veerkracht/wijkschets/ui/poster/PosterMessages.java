package nl.veerkracht.wijkschets.ui.poster;

import org.eclipse.osgi.util.NLS;

/** Texts of the poster export (Dutch with English fallback). */
public final class PosterMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.poster.messages"; //$NON-NLS-1$

	/** Text. */
	public static String Handler_noAnalyseTitle;
	/** Text. */
	public static String Handler_noAnalyse;
	/** Text. */
	public static String Dialog_title;
	/** Text. */
	public static String Dialog_message;
	/** Text. */
	public static String Dialog_file;
	/** Text. */
	public static String Dialog_browse;
	/** Text. */
	public static String Dialog_format;
	/** Text. */
	public static String Dialog_formatPdf;
	/** Text. */
	public static String Dialog_formatPng;
	/** Text. */
	public static String Dialog_date;
	/** Text. */
	public static String Dialog_participants;
	/** Text. */
	public static String Dialog_dpi;
	/** Text. */
	public static String Dialog_export;
	/** Text. */
	public static String Dialog_noFile;
	/** Text. */
	public static String Dialog_invalidPath;
	/** Text. */
	public static String Dialog_noFolder;
	/** Text. */
	public static String Dialog_wrongExtension;
	/** Text. */
	public static String Dialog_noSignalMap;
	/** Text. */
	public static String Dialog_areaNotInSignalMap;
	/** Text. */
	public static String Dialog_replaceTitle;
	/** Text. */
	public static String Dialog_replace;
	/** Text. */
	public static String Photo_missing;
	/** Text. */
	public static String Photo_unreadable;
	/** Text. */
	public static String Photo_notAnImage;
	/** Text. */
	public static String Job_name;
	/** Text. */
	public static String Job_photo;
	/** Text. */
	public static String Job_write;
	/** Text. */
	public static String Job_failed;
	/** Text. */
	public static String Done_written;
	/** Text. */
	public static String Done_warningTitle;
	/** Text. */
	public static String Page_title;
	/** Text. */
	public static String Page_hint;
	/** Text. */
	public static String Page_previewJob;
	/** Text. */
	public static String Done_warning;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PosterMessages.class);
	}

	private PosterMessages() {
	}
}
