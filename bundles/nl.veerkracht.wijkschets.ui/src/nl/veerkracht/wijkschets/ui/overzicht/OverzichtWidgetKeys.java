package nl.veerkracht.wijkschets.ui.overzicht;

import java.util.Locale;

import nl.veerkracht.model.StatusAspect;

/**
 * Stable ids of the Overzicht page's controls under the key {@code org.eclipse.swtbot.widget.key}, for tests
 * and users' SWTBot suites. The map's own controls are in
 * {@link nl.veerkracht.wijkschets.ui.map.MapWidgetKeys}.
 */
public final class OverzichtWidgetKeys {

	/** The name of the wijkschets. */
	public static final String NAME = "wijkschets.overzicht.name"; //$NON-NLS-1$
	/** The check box "compleet". */
	public static final String COMPLETE = "wijkschets.overzicht.complete"; //$NON-NLS-1$
	/** The canvas showing the photo. */
	public static final String PHOTO = "wijkschets.overzicht.photo"; //$NON-NLS-1$
	/** The button that chooses a photo. */
	public static final String PHOTO_CHOOSE = "wijkschets.overzicht.photo.choose"; //$NON-NLS-1$
	/** The button that removes the photo. */
	public static final String PHOTO_REMOVE = "wijkschets.overzicht.photo.remove"; //$NON-NLS-1$
	/** The population notes. */
	public static final String BEVOLKING = "wijkschets.overzicht.bevolking"; //$NON-NLS-1$
	/** The table of sleutelprojecten. */
	public static final String PROJECTS = "wijkschets.overzicht.projects"; //$NON-NLS-1$
	/** Adds a project. */
	public static final String PROJECT_ADD = "wijkschets.overzicht.projects.add"; //$NON-NLS-1$
	/** Removes the selected project. */
	public static final String PROJECT_REMOVE = "wijkschets.overzicht.projects.remove"; //$NON-NLS-1$
	/** Moves the selected project up. */
	public static final String PROJECT_UP = "wijkschets.overzicht.projects.up"; //$NON-NLS-1$
	/** Moves the selected project down. */
	public static final String PROJECT_DOWN = "wijkschets.overzicht.projects.down"; //$NON-NLS-1$

	private OverzichtWidgetKeys() {
	}

	/**
	 * @param aspect a status aspect
	 * @return the id of its rating combo
	 */
	public static String rating(StatusAspect aspect) {
		return "wijkschets.overzicht.rating." + aspect.getName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/**
	 * @param aspect a status aspect
	 * @return the id of its note field
	 */
	public static String note(StatusAspect aspect) {
		return "wijkschets.overzicht.note." + aspect.getName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
