package nl.veerkracht.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.veerkracht.gis.ui.layers.LayersView;
import nl.veerkracht.gis.ui.map.MapView;

/** The "Veerkracht" perspective: the map in the middle, its layers on the left. */
public final class VeerkrachtPerspective implements IPerspectiveFactory {

	/** The perspective's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(MapView.ID, IPageLayout.TOP, 0.95f, editorArea);
		IFolderLayout left = layout.createFolder("nl.veerkracht.app.left", IPageLayout.LEFT, 0.24f, MapView.ID); //$NON-NLS-1$
		left.addView(LayersView.ID);
		layout.getViewLayout(MapView.ID).setCloseable(false);
		layout.addShowViewShortcut(MapView.ID);
		layout.addShowViewShortcut(LayersView.ID);
	}
}
