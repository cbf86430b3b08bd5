package nl.veerkracht.gis.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.ui.internal.Messages;

/** First page of the layer import: which files. */
final class LayerFilesPage extends WizardPage {

	/** Prefix of this page's widget ids. */
	static final String ID_PREFIX = "veerkracht.import.layers"; //$NON-NLS-1$

	private FileListPart fileList;

	LayerFilesPage() {
		super("files"); //$NON-NLS-1$
		setTitle(Messages.ImportLayers_filesTitle);
		setDescription(NLS.bind(Messages.ImportLayers_filesDescription, DataFormatRegistry.getDefault().supportedExtensions()));
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		fileList = new FileListPart(composite, ID_PREFIX, FileDialogFilters.of(DataFormatRegistry.getDefault()));
		fileList.addChangeListener(this::validate);
		setControl(composite);
	}

	private void validate() {
		List<Path> files = fileList.getFiles();
		String problem = files.isEmpty() ? Messages.ImportLayers_noFiles
				: files.stream().filter(file -> !Files.isRegularFile(file)).findFirst()
						.map(file -> NLS.bind(Messages.ImportLayers_missingFile, file)).orElse(null);
		setErrorMessage(files.isEmpty() ? null : problem);
		setPageComplete(problem == null);
	}

	/** @return the chosen files */
	List<Path> getFiles() {
		return fileList.getFiles();
	}
}
