package nl.veerkracht.stad.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * "Impact op de stad": the Stadsbalans view takes most of the window; the Project Explorer (where the analyses
 * are) on its left and the map with the signal map on its right, narrow, so that the scenarios and the
 * comparison have room.
 */
public final class StadsbalansPerspective implements IPerspectiveFactory {

	/** The perspective's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.stad.ui.perspective"; //$NON-NLS-1$

	private static final String MAP_VIEW = "nl.veerkracht.gis.ui.mapView"; //$NON-NLS-1$
	private static final String LAYERS_VIEW = "nl.veerkracht.gis.ui.layersView"; //$NON-NLS-1$
	private static final String PROFILE_VIEW = "nl.veerkracht.scoring.ui.profileView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(StadsbalansView.ID, IPageLayout.TOP, 0.95f, editorArea);
		IFolderLayout left = layout.createFolder("nl.veerkracht.stad.ui.left", IPageLayout.LEFT, 0.14f, StadsbalansView.ID); //$NON-NLS-1$
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		left.addView(LAYERS_VIEW);
		IFolderLayout right = layout.createFolder("nl.veerkracht.stad.ui.right", IPageLayout.RIGHT, 0.78f, StadsbalansView.ID); //$NON-NLS-1$
		right.addView(MAP_VIEW);
		right.addPlaceholder(PROFILE_VIEW);
		layout.addPerspectiveShortcut("nl.veerkracht.app.perspective"); //$NON-NLS-1$
		layout.addShowViewShortcut(StadsbalansView.ID);
		layout.addShowViewShortcut(MAP_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(PROFILE_VIEW);
	}
}
