package nl.veerkracht.scoring.ui.quickscan;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.cli.QuickScanCommand;

/**
 * The page of the QuickScan export: which signal map is reported, and the folder to write into. Complete when
 * there is a signal map and the folder is an existing folder or a new one in an existing folder.
 */
final class QuickScanExportPage extends WizardPage {

	private final Optional<String> signalMap;
	private Text folder;

	/**
	 * @param signalMap the description of the open signal map, or empty when none is open
	 */
	QuickScanExportPage(Optional<String> signalMap) {
		super("quickscan"); //$NON-NLS-1$
		this.signalMap = signalMap;
		setTitle(QuickScanMessages.QuickScan_pageTitle);
		setDescription(QuickScanMessages.QuickScan_pageDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		Label description = WidgetKeys.set(new Label(body, SWT.WRAP), QuickScanWidgetKeys.SIGNAL_MAP);
		description.setText(signalMap.orElse(QuickScanMessages.QuickScan_noSignalMap));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(description);
		new Label(body, SWT.NONE).setText(QuickScanMessages.QuickScan_folder);
		folder = WidgetKeys.set(new Text(body, SWT.BORDER | SWT.SINGLE), QuickScanWidgetKeys.FOLDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = WidgetKeys.set(new Button(body, SWT.PUSH), QuickScanWidgetKeys.BROWSE);
		browse.setText(QuickScanMessages.QuickScan_browse);
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		folder.addListener(SWT.Modify, event -> validate());
		folder.setEnabled(signalMap.isPresent());
		browse.setEnabled(signalMap.isPresent());
		setControl(body);
		validate();
	}

	private void validate() {
		if (signalMap.isEmpty()) {
			setErrorMessage(QuickScanMessages.QuickScan_noSignalMap);
			setPageComplete(false);
			return;
		}
		Optional<Path> chosen = folder();
		String error = null;
		if (chosen.isEmpty()) {
			error = QuickScanMessages.QuickScan_folderMissing;
		} else if (Files.exists(chosen.get()) && !Files.isDirectory(chosen.get())) {
			error = NLS.bind(QuickScanMessages.QuickScan_folderIsFile, chosen.get());
		} else if (chosen.get().getParent() == null || !Files.isDirectory(chosen.get().getParent())) {
			error = NLS.bind(QuickScanMessages.QuickScan_parentMissing, chosen.get().getParent());
		}
		setErrorMessage(error);
		boolean replaces = error == null && Files.exists(chosen.get().resolve(QuickScanCommand.PDF));
		setMessage(replaces ? QuickScanMessages.QuickScan_replaces : null, IMessageProvider.WARNING);
		setPageComplete(error == null);
	}

	/** @return the chosen folder as an absolute path, or empty when none (or no valid path) is given */
	Optional<Path> folder() {
		String text = folder == null ? "" : folder.getText().strip(); //$NON-NLS-1$
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(text).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}
}
