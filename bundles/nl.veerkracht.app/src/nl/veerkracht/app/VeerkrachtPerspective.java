package nl.veerkracht.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.veerkracht.gis.ui.layers.LayersView;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.gis.ui.table.AttributeTableView;

/**
 * The "Veerkracht" perspective: the map in the middle; the analyses (Project Explorer) and the map's
 * layers on the left; Properties, Problems and the attribute table below.
 */
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
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("nl.veerkracht.app.bottom", IPageLayout.BOTTOM, 0.78f, MapView.ID); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(AttributeTableView.ID);
		layout.getViewLayout(MapView.ID).setCloseable(false);
		layout.addNewWizardShortcut("nl.veerkracht.model.ui.newAnalyse"); //$NON-NLS-1$
		layout.addShowViewShortcut(MapView.ID);
		layout.addShowViewShortcut(LayersView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(AttributeTableView.ID);
	}
}
