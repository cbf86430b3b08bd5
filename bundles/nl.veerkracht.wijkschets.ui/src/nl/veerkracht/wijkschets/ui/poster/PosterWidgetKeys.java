package nl.veerkracht.wijkschets.ui.poster;

/**
 * The ids of the poster export's command and of the controls of its dialog, under the key
 * {@code org.eclipse.swtbot.widget.key}.
 */
public final class PosterWidgetKeys {

	/** The command "Poster exporteren…". */
	public static final String COMMAND_ID = "nl.veerkracht.wijkschets.ui.commands.exportPoster"; //$NON-NLS-1$

	/** The id of the command's item in the editor's header tool bar (the contribution item's id). */
	public static final String HEADER_ITEM = "nl.veerkracht.wijkschets.ui.header.exportPoster"; //$NON-NLS-1$

	/** The dialog's shell. */
	public static final String DIALOG = "wijkschets.poster.dialog"; //$NON-NLS-1$

	/** The target file (text). */
	public static final String FILE = "wijkschets.poster.file"; //$NON-NLS-1$

	/** The button that opens the file chooser. */
	public static final String BROWSE = "wijkschets.poster.browse"; //$NON-NLS-1$

	/** The format, PDF or PNG (combo). */
	public static final String FORMAT = "wijkschets.poster.format"; //$NON-NLS-1$

	/** The date of the workshop (date field). */
	public static final String DATE = "wijkschets.poster.date"; //$NON-NLS-1$

	/** The participants, one per line (multi-line text). */
	public static final String PARTICIPANTS = "wijkschets.poster.participants"; //$NON-NLS-1$

	/** The resolution of a PNG in dots per inch (spinner). */
	public static final String DPI = "wijkschets.poster.dpi"; //$NON-NLS-1$

	private PosterWidgetKeys() {
	}
}
