package nl.veerkracht.gis.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * Second page of the layer import: what each file holds — format, layers, feature counts, CRS,
 * geometry types and columns — or why it cannot be read, before anything is added to the map.
 */
final class LayerPreviewPage extends WizardPage {

	/** Id of the preview tree. */
	static final String PREVIEW_ID = "veerkracht.import.layers.preview"; //$NON-NLS-1$
	/** Id of the summary line. */
	static final String SUMMARY_ID = "veerkracht.import.layers.summary"; //$NON-NLS-1$

	private final LayerFilesPage filesPage;
	private final MapContent map;
	private TreeViewer viewer;
	private Label summary;
	private List<java.nio.file.Path> readFiles = List.of();
	private List<FileReadResult> results = List.of();

	LayerPreviewPage(LayerFilesPage filesPage, MapContent map) {
		super("preview"); //$NON-NLS-1$
		this.filesPage = filesPage;
		this.map = map;
		setTitle(Messages.ImportLayers_previewTitle);
		setDescription(Messages.ImportLayers_previewDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		viewer = new TreeViewer(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Tree tree = WidgetKeys.set(viewer.getTree(), PREVIEW_ID);
		tree.setHeaderVisible(true);
		addColumn(tree, Messages.ImportLayers_columnItem, 260);
		addColumn(tree, Messages.ImportLayers_columnDetails, 380);
		viewer.setContentProvider(new PreviewContentProvider());
		viewer.setLabelProvider(new PreviewLabelProvider(tree.getDisplay()));
		GridDataFactory.fillDefaults().grab(true, true).hint(660, 260).applyTo(tree);
		summary = WidgetKeys.set(new Label(composite, SWT.WRAP), SUMMARY_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		setControl(composite);
	}

	private static void addColumn(Tree tree, String title, int width) {
		TreeColumn column = new TreeColumn(tree, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !filesPage.getFiles().equals(readFiles)) {
			readAll();
		}
	}

	private void readAll() {
		LayerReading reading = new LayerReading(filesPage.getFiles(), map);
		try {
			getContainer().run(true, true, reading);
			readFiles = filesPage.getFiles();
			results = reading.results();
		} catch (InvocationTargetException e) {
			results = List.of();
			setErrorMessage(String.valueOf(e.getCause()));
		} catch (InterruptedException e) {
			results = List.of();
			readFiles = List.of();
		}
		show();
	}

	private void show() {
		viewer.setInput(results);
		viewer.expandToLevel(2);
		long readOk = results.stream().filter(FileReadResult::isRead).count();
		long layers = results.stream().mapToLong(result -> result.layers().size()).sum();
		long failed = results.size() - readOk;
		summary.setText(failed == 0 ? NLS.bind(Messages.ImportLayers_summary, layers, readOk)
				: NLS.bind(Messages.ImportLayers_summaryWithFailures, new Object[] { layers, readOk, failed }));
		summary.getParent().layout();
		setErrorMessage(layers == 0 && !results.isEmpty() ? Messages.ImportLayers_nothingToImport : null);
		setPageComplete(layers > 0);
	}

	/** @return what the files gave, as last previewed */
	List<FileReadResult> getResults() {
		return results;
	}
}
