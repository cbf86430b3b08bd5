package nl.veerkracht.wijkschets.ui.poster;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * What the poster dialog remembers: the participants of each wijkschets (the model has no field for them), keyed by
 * the analysis file and the wijkschets's fragment in it, and the last PNG resolution.
 */
public final class PosterSettings {

	/** The resolution offered the first time, dots per inch. */
	public static final int DEFAULT_DPI = 150;

	private static final String SECTION = "nl.veerkracht.wijkschets.ui.poster"; //$NON-NLS-1$
	private static final String PARTICIPANTS = "participants"; //$NON-NLS-1$
	private static final String DPI = "dpi"; //$NON-NLS-1$

	private final IDialogSettings section;

	/**
	 * @param settings the dialog settings to keep the poster's section in
	 */
	public PosterSettings(IDialogSettings settings) {
		IDialogSettings existing = settings.getSection(SECTION);
		section = existing != null ? existing : settings.addNewSection(SECTION);
	}

	/** @return the settings of this bundle in the workbench's dialog settings */
	public static PosterSettings workbench() {
		return new PosterSettings(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(PosterSettings.class)).getDialogSettings());
	}

	/**
	 * @param analysis the analysis file
	 * @param fragment the wijkschets's URI fragment in it
	 * @return the participants entered last time for this wijkschets, or none
	 */
	public List<String> participants(IFile analysis, String fragment) {
		IDialogSettings schets = section.getSection(key(analysis, fragment));
		String[] names = schets == null ? null : schets.getArray(PARTICIPANTS);
		return names == null ? List.of() : Arrays.asList(names);
	}

	/**
	 * @param analysis     the analysis file
	 * @param fragment     the wijkschets's URI fragment in it
	 * @param participants the participants to offer next time
	 */
	public void setParticipants(IFile analysis, String fragment, List<String> participants) {
		String key = key(analysis, fragment);
		IDialogSettings schets = section.getSection(key);
		if (schets == null) {
			schets = section.addNewSection(key);
		}
		schets.put(PARTICIPANTS, participants.toArray(String[]::new));
	}

	/** @return the PNG resolution used last, or {@value #DEFAULT_DPI} */
	public int dpi() {
		try {
			return section.get(DPI) == null ? DEFAULT_DPI : section.getInt(DPI);
		} catch (NumberFormatException e) {
			return DEFAULT_DPI;
		}
	}

	/** @param dpi the PNG resolution to offer next time */
	public void setDpi(int dpi) {
		section.put(DPI, dpi);
	}

	private static String key(IFile analysis, String fragment) {
		return analysis.getFullPath().toPortableString() + "#" + fragment; //$NON-NLS-1$
	}
}
