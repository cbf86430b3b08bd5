package nl.veerkracht.stad.ui.parameters;

import org.eclipse.osgi.util.NLS;

/** Texts of the model parameters dialog. */
public final class ParameterMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.stad.ui.parameters.messages"; //$NON-NLS-1$

	public static String Dialog_title;
	public static String Dialog_heading;
	public static String Dialog_message;
	public static String Dialog_defaults;
	public static String Dialog_fileBroken;
	public static String Dialog_invalidNumber;
	public static String Dialog_writeFailed;
	public static String Intensities_group;
	public static String Intensities_perspective;
	public static String Intensities_explanation;
	public static String Segments_group;
	public static String Segments_turnover;
	public static String Segments_inflow;
	public static String Segments_replacement;
	public static String Coping_group;
	public static String Coping_exponent;
	public static String Coping_maximum;
	public static String Coping_rate;
	public static String Coping_explanation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ParameterMessages.class);
	}

	private ParameterMessages() {
	}
}
