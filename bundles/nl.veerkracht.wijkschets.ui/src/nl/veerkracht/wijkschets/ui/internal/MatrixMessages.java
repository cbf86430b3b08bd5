package nl.veerkracht.wijkschets.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the handelingsperspectieven matrix: Dutch in {@code messages_nl.properties}, English
 * as the fallback in {@code messages.properties}.
 */
public final class MatrixMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.internal.messages"; //$NON-NLS-1$

	public static String Matrix_mens;
	public static String Matrix_fysiek;
	public static String Matrix_omgaanMet;
	public static String Matrix_tegengaanVan;
	public static String Matrix_socialeAanpak;
	public static String Matrix_socialeAanpakDescription;
	public static String Matrix_leefomgeving;
	public static String Matrix_leefomgevingDescription;
	public static String Matrix_woningprogramma;
	public static String Matrix_woningprogrammaDescription;
	public static String Matrix_herpositionering;
	public static String Matrix_herpositioneringDescription;
	public static String Matrix_intensity;
	public static String Matrix_rationale;
	public static String Matrix_measures;
	public static String Matrix_addMeasure;
	public static String Matrix_removeMeasure;
	public static String Matrix_newMeasureHint;
	public static String Matrix_setIntensity;

	static {
		NLS.initializeMessages(BUNDLE_NAME, MatrixMessages.class);
	}

	private MatrixMessages() {
	}
}
