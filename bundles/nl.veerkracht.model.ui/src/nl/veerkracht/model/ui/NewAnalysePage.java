package nl.veerkracht.model.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.ui.internal.Messages;

/** The one page of the new-analysis wizard: project, gemeente, reference year and the CBS file. */
final class NewAnalysePage extends WizardPage {

	/** Prefix of this page's widget ids. */
	static final String ID_PREFIX = "veerkracht.new.analyse"; //$NON-NLS-1$

	private Text project;
	private Text gemeenteCode;
	private Text gemeenteName;
	private Spinner year;
	private Text cbsFile;

	NewAnalysePage() {
		super("newAnalyse"); //$NON-NLS-1$
		setTitle(Messages.NewAnalyse_pageTitle);
		setDescription(Messages.NewAnalyse_pageDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		project = text(composite, Messages.NewAnalyse_project, ".project"); //$NON-NLS-1$
		gemeenteCode = text(composite, Messages.NewAnalyse_gemeenteCode, ".gemeenteCode"); //$NON-NLS-1$
		gemeenteName = text(composite, Messages.NewAnalyse_gemeenteName, ".gemeenteName"); //$NON-NLS-1$
		new Label(composite, SWT.NONE).setText(Messages.NewAnalyse_year);
		year = WidgetKeys.set(new Spinner(composite, SWT.BORDER), ID_PREFIX + ".year"); //$NON-NLS-1$
		year.setValues(Year.now().getValue() - 1, 2000, 2100, 0, 1, 5);
		cbsFile = text(composite, Messages.NewAnalyse_cbsFile, ".cbsFile"); //$NON-NLS-1$
		Label hint = new Label(composite, SWT.WRAP);
		hint.setText(Messages.NewAnalyse_cbsFileHint);
		GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(hint);
		setControl(composite);
	}

	private Text text(Composite parent, String label, String idSuffix) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = WidgetKeys.set(new Text(parent, SWT.BORDER | SWT.SINGLE), ID_PREFIX + idSuffix);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	private void validate() {
		String problem = null;
		if (getProjectName().isEmpty()) {
			problem = Messages.NewAnalyse_projectMissing;
		} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(getProjectName()).exists()) {
			problem = NLS.bind(Messages.NewAnalyse_projectExists, getProjectName());
		} else if (!getGemeenteCode().matches("GM\\d{4}")) { //$NON-NLS-1$
			problem = Messages.NewAnalyse_badCode;
		} else if (getGemeenteName().isEmpty()) {
			problem = Messages.NewAnalyse_nameMissing;
		} else if (getCbsFile().filter(file -> !Files.isRegularFile(file)).isPresent()) {
			problem = NLS.bind(Messages.NewAnalyse_fileMissing, getCbsFile().get());
		}
		setErrorMessage(getProjectName().isEmpty() ? null : problem);
		setPageComplete(problem == null);
	}

	String getProjectName() {
		return project.getText().strip();
	}

	String getGemeenteCode() {
		return gemeenteCode.getText().strip().toUpperCase();
	}

	String getGemeenteName() {
		return gemeenteName.getText().strip();
	}

	int getYear() {
		return year.getSelection();
	}

	Optional<Path> getCbsFile() {
		String text = cbsFile.getText().strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text).toAbsolutePath());
	}
}
