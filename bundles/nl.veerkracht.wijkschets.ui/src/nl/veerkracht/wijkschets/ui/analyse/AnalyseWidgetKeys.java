package nl.veerkracht.wijkschets.ui.analyse;

/**
 * The stable ids (key {@code org.eclipse.swtbot.widget.key}) of the Analyse page's controls.
 */
public final class AnalyseWidgetKeys {

	/** The styled text of the probleemanalyse. */
	public static final String PROBLEEMANALYSE = "wijkschets.analyse.probleemanalyse"; //$NON-NLS-1$
	/** The styled text of the definitie van succes. */
	public static final String DEFINITIE_VAN_SUCCES = "wijkschets.analyse.definitieVanSucces"; //$NON-NLS-1$
	/** The table of dilemmas. */
	public static final String DILEMMAS = "wijkschets.analyse.dilemmas"; //$NON-NLS-1$
	/** The button that adds a dilemma. */
	public static final String DILEMMA_ADD = "wijkschets.analyse.dilemma.add"; //$NON-NLS-1$
	/** The button that removes the selected dilemma. */
	public static final String DILEMMA_REMOVE = "wijkschets.analyse.dilemma.remove"; //$NON-NLS-1$
	/** The title field of the selected dilemma. */
	public static final String DILEMMA_TITLE = "wijkschets.analyse.dilemma.title"; //$NON-NLS-1$
	/** The styled text of the selected dilemma's description. */
	public static final String DILEMMA_DESCRIPTION = "wijkschets.analyse.dilemma.description"; //$NON-NLS-1$

	private AnalyseWidgetKeys() {
	}

	/**
	 * @param textKey the id of a workshop text field's styled text
	 * @return the id of its Opsomming toggle button
	 */
	public static String bullets(String textKey) {
		return textKey + ".opsomming"; //$NON-NLS-1$
	}
}
