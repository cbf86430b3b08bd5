package nl.veerkracht.wijkschets.ui.editor;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The workshop's perspective: the wijkschets editor in the middle, large enough for its forms; the Project
 * Explorer and Lagen on the left; the map with the signal map, the Buurtprofiel and the Gewichten on the
 * right; Properties and Problems below the editor. Opening a wijkschets switches to it; Window &gt;
 * Perspectief openen switches back to the signal map.
 */
public final class WijkschetsPerspective implements IPerspectiveFactory {

	/** The perspective's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.wijkschets.ui.perspective"; //$NON-NLS-1$

	private static final String MAP_VIEW = "nl.veerkracht.gis.ui.mapView"; //$NON-NLS-1$
	private static final String LAYERS_VIEW = "nl.veerkracht.gis.ui.layersView"; //$NON-NLS-1$
	private static final String PROFILE_VIEW = "nl.veerkracht.scoring.ui.profileView"; //$NON-NLS-1$
	private static final String WEIGHTS_VIEW = "nl.veerkracht.scoring.ui.weightsView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("nl.veerkracht.wijkschets.ui.left", IPageLayout.LEFT, 0.15f, editorArea); //$NON-NLS-1$
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		left.addView(LAYERS_VIEW);
		IFolderLayout right = layout.createFolder("nl.veerkracht.wijkschets.ui.right", IPageLayout.RIGHT, 0.76f, editorArea); //$NON-NLS-1$
		right.addView(MAP_VIEW);
		right.addView(PROFILE_VIEW);
		right.addPlaceholder(WEIGHTS_VIEW);
		IFolderLayout bottom = layout.createFolder("nl.veerkracht.wijkschets.ui.bottom", IPageLayout.BOTTOM, 0.82f, editorArea); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addPerspectiveShortcut("nl.veerkracht.app.perspective"); //$NON-NLS-1$
		layout.addShowViewShortcut(MAP_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(PROFILE_VIEW);
	}
}
