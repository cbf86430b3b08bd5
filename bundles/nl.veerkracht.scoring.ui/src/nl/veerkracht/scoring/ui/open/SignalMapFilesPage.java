package nl.veerkracht.scoring.ui.open;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.imports.FileDialogFilters;
import nl.veerkracht.gis.ui.imports.FileListPart;

/**
 * First page of the signal-map wizard: the KWB files (a list, one file per year) and the buurt
 * boundaries, either a layer already in the Map view or a file in any format the workbench opens.
 */
final class SignalMapFilesPage extends WizardPage {

	private static final String[] KWB_EXTENSIONS = { "*.csv;*.xlsx", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final List<VectorLayer> buurtLayers;
	private FileListPart kwbList;
	private Button fromLayer;
	private Combo layer;
	private Button fromFile;
	private Text file;
	private Button browse;

	/**
	 * @param buurtLayers the Map view's layers that can serve as boundaries, top first
	 */
	SignalMapFilesPage(List<VectorLayer> buurtLayers) {
		super("signalMapFiles"); //$NON-NLS-1$
		this.buurtLayers = List.copyOf(buurtLayers);
		setTitle(OpenMessages.Files_title);
		setDescription(OpenMessages.Files_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		createKwbGroup(composite);
		createBoundaryGroup(composite);
		setControl(composite);
		chooseFromLayer(!buurtLayers.isEmpty());
		validate();
	}

	private void createKwbGroup(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(OpenMessages.Files_kwbGroup);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		GridLayoutFactory.swtDefaults().applyTo(group);
		Composite list = new Composite(group, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
		kwbList = new FileListPart(list, SignalMapWizardKeys.KWB,
				new FileDialogFilters(KWB_EXTENSIONS, new String[] { OpenMessages.Files_kwbFilter, OpenMessages.Files_allFiles }));
		kwbList.addChangeListener(this::validate);
		hint(group, OpenMessages.Files_kwbHint, 1);
	}

	private void createBoundaryGroup(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(OpenMessages.Files_boundaryGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);

		fromLayer = WidgetKeys.set(new Button(group, SWT.RADIO), SignalMapWizardKeys.BOUNDARIES_FROM_LAYER);
		fromLayer.setText(OpenMessages.Files_fromLayer);
		fromLayer.setEnabled(!buurtLayers.isEmpty());
		layer = WidgetKeys.set(new Combo(group, SWT.READ_ONLY), SignalMapWizardKeys.BOUNDARIES_LAYER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(layer);
		if (buurtLayers.isEmpty()) {
			layer.add(OpenMessages.Files_noLayer);
		} else {
			buurtLayers.forEach(l -> layer.add(OpenMessages.bind(OpenMessages.Files_layerItem, l.getTitle(),
					l.getSource().orElseThrow().getFileName())));
		}
		layer.select(0);
		layer.addListener(SWT.Selection, e -> validate());

		fromFile = WidgetKeys.set(new Button(group, SWT.RADIO), SignalMapWizardKeys.BOUNDARIES_FROM_FILE);
		fromFile.setText(OpenMessages.Files_fromFile);
		file = WidgetKeys.set(new Text(group, SWT.BORDER | SWT.SINGLE), SignalMapWizardKeys.BOUNDARIES_FILE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		file.addListener(SWT.Modify, e -> validate());
		browse = WidgetKeys.set(new Button(group, SWT.PUSH), SignalMapWizardKeys.BOUNDARIES_BROWSE);
		browse.setText(OpenMessages.Files_browse);
		browse.addListener(SWT.Selection, e -> browseBoundaries());

		fromLayer.addListener(SWT.Selection, e -> chooseFromLayer(fromLayer.getSelection()));
		fromFile.addListener(SWT.Selection, e -> chooseFromLayer(!fromFile.getSelection()));
		hint(group, OpenMessages.Files_boundaryHint, 3);
	}

	private static void hint(Composite parent, String text, int span) {
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(560, SWT.DEFAULT).applyTo(hint);
	}

	private void chooseFromLayer(boolean useLayer) {
		fromLayer.setSelection(useLayer);
		fromFile.setSelection(!useLayer);
		layer.setEnabled(useLayer);
		file.setEnabled(!useLayer);
		browse.setEnabled(!useLayer);
		validate();
	}

	private void browseBoundaries() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(OpenMessages.Files_boundaryDialog);
		FileDialogFilters filters = FileDialogFilters.of(DataFormatRegistry.getDefault());
		dialog.setFilterExtensions(filters.extensions());
		dialog.setFilterNames(filters.names());
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void validate() {
		if (kwbList == null || file == null) {
			return;
		}
		String problem = problem();
		setErrorMessage(kwbList.getFiles().isEmpty() ? null : problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (kwbList.getFiles().isEmpty()) {
			return OpenMessages.Files_noKwb;
		}
		for (Path kwb : kwbList.getFiles()) {
			if (!Files.isRegularFile(kwb)) {
				return OpenMessages.bind(OpenMessages.Files_missingFile, kwb);
			}
		}
		if (fromFile.getSelection()) {
			Optional<Path> chosen = typedFile();
			if (chosen.isEmpty()) {
				return OpenMessages.Files_noBoundaries;
			}
			if (!Files.isRegularFile(chosen.get())) {
				return OpenMessages.bind(OpenMessages.Files_missingFile, chosen.get());
			}
		}
		return null;
	}

	private Optional<Path> typedFile() {
		String text = file.getText().strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(text).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** @return the KWB files, in the order they were added */
	List<Path> kwbFiles() {
		return kwbList.getFiles();
	}

	/** @return the boundaries chosen; call only when the page is complete */
	BoundarySource boundarySource() {
		if (fromLayer.getSelection()) {
			return BoundarySource.ofLayer(buurtLayers.get(layer.getSelectionIndex()));
		}
		return BoundarySource.ofFile(typedFile().orElseThrow());
	}
}
