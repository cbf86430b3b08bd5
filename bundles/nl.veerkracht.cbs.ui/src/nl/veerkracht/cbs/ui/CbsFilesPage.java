package nl.veerkracht.cbs.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.cbs.ui.internal.Messages;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.imports.FileDialogFilters;
import nl.veerkracht.gis.ui.imports.FileListPart;

/** First page of the CBS import: the CBS files, and the boundaries to join them to. */
final class CbsFilesPage extends WizardPage {

	/** Prefix of this page's widget ids. */
	static final String ID_PREFIX = "veerkracht.import.cbs"; //$NON-NLS-1$

	private static final String[] CBS_EXTENSIONS = { "*.csv;*.xlsx;*.geojson;*.json", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$

	private FileListPart fileList;
	private Text boundaries;

	CbsFilesPage() {
		super("cbsFiles"); //$NON-NLS-1$
		setTitle(Messages.CbsImport_filesTitle);
		setDescription(Messages.CbsImport_filesDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		Composite files = new Composite(composite, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(files);
		fileList = new FileListPart(files, ID_PREFIX,
				new FileDialogFilters(CBS_EXTENSIONS, new String[] { "CBS (*.csv, *.xlsx, *.geojson, *.json)", "*.*" })); //$NON-NLS-1$ //$NON-NLS-2$
		fileList.addChangeListener(this::validate);
		createBoundaryField(composite);
		setControl(composite);
	}

	private void createBoundaryField(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(row);
		new Label(row, SWT.NONE).setText(Messages.CbsImport_boundaries);
		boundaries = WidgetKeys.set(new Text(row, SWT.BORDER | SWT.SINGLE), ID_PREFIX + ".boundaries"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(boundaries);
		boundaries.addListener(SWT.Modify, e -> validate());
		Button browse = WidgetKeys.set(new Button(row, SWT.PUSH), ID_PREFIX + ".boundaries.browse"); //$NON-NLS-1$
		browse.setText(nl.veerkracht.gis.ui.internal.Messages.Import_browse);
		browse.addListener(SWT.Selection, e -> browseBoundaries());
		Label hint = new Label(row, SWT.WRAP);
		hint.setText(Messages.CbsImport_boundariesHint);
		GridDataFactory.fillDefaults().span(3, 1).hint(480, SWT.DEFAULT).applyTo(hint);
	}

	private void browseBoundaries() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		FileDialogFilters filters = FileDialogFilters.of(DataFormatRegistry.getDefault());
		dialog.setFilterExtensions(filters.extensions());
		dialog.setFilterNames(filters.names());
		String chosen = dialog.open();
		if (chosen != null) {
			boundaries.setText(chosen);
		}
	}

	private void validate() {
		List<Path> toCheck = new ArrayList<>(fileList.getFiles());
		getBoundaryFile().ifPresent(toCheck::add);
		String problem = fileList.getFiles().isEmpty() ? Messages.CbsImport_noFiles
				: toCheck.stream().filter(file -> !Files.isRegularFile(file)).findFirst()
						.map(file -> NLS.bind(Messages.CbsImport_missingFile, file)).orElse(null);
		setErrorMessage(fileList.getFiles().isEmpty() ? null : problem);
		setPageComplete(problem == null);
	}

	/** @return the CBS files */
	List<Path> getFiles() {
		return fileList.getFiles();
	}

	/** @return the boundary file, when one was given */
	Optional<Path> getBoundaryFile() {
		String text = boundaries.getText().strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text).toAbsolutePath().normalize());
	}
}
