package nl.veerkracht.cbs.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.cbs.join.BoundaryJoin;
import nl.veerkracht.cbs.join.JoinResult;
import nl.veerkracht.cbs.ui.internal.Download;
import nl.veerkracht.cbs.ui.internal.JoinReportText;
import nl.veerkracht.cbs.ui.internal.JoinedMissingValues;
import nl.veerkracht.cbs.ui.internal.Messages;
import nl.veerkracht.gis.ui.WidgetKeys;

/** Second page of the download: runs it, then shows what came and how it joins. */
final class DownloadPreviewPage extends WizardPage {

	private final DownloadParametersPage parameters;
	private Label summary;
	private Text report;
	private List<Object> downloadedFor = List.of();
	private JoinResult join;

	DownloadPreviewPage(DownloadParametersPage parameters) {
		super("downloadPreview"); //$NON-NLS-1$
		this.parameters = parameters;
		setTitle(Messages.Download_previewTitle);
		setDescription(Messages.Download_previewDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		summary = WidgetKeys.set(new Label(composite, SWT.WRAP), DownloadParametersPage.ID_PREFIX + ".summary"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		report = WidgetKeys.set(new Text(composite, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL),
				DownloadParametersPage.ID_PREFIX + ".join"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 220).applyTo(report);
		setControl(composite);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		List<Object> input = List.of(parameters.getGemeente(), parameters.getYear(), parameters.getLevel(),
				parameters.getCbsAddress(), parameters.getPdokAddress());
		if (visible && !input.equals(downloadedFor)) {
			download(input);
		}
	}

	private void download(List<Object> input) {
		Download download = new Download(parameters.getGemeente(), parameters.getYear(), parameters.getLevel(),
				parameters.getCbsAddress(), parameters.getPdokAddress());
		join = null;
		try {
			getContainer().run(true, true, download);
		} catch (InvocationTargetException e) {
			show(NLS.bind(Messages.Download_failed, e.getCause()));
			return;
		} catch (InterruptedException e) {
			downloadedFor = List.of();
			show(""); //$NON-NLS-1$
			return;
		}
		if (download.failure() != null) {
			show(download.failure());
			return;
		}
		downloadedFor = input;
		join = BoundaryJoin.join(download.boundaries(), download.data(), parameters.getYear());
		JoinedMissingValues.register(join, download.data());
		summary.setText(NLS.bind(Messages.Download_summary, new Object[] { download.boundaries().size(),
				download.data().regions().size(), download.data().variableIds().size(), parameters.getGemeente() }));
		report.setText(JoinReportText.of(join.report(), download.data().warnings()));
		setErrorMessage(null);
		setPageComplete(true);
	}

	private void show(String failure) {
		summary.setText(""); //$NON-NLS-1$
		report.setText(""); //$NON-NLS-1$
		setErrorMessage(failure.isEmpty() ? null : failure);
		setPageComplete(false);
	}

	/** @return the downloaded boundaries with their figures, or {@code null} */
	JoinResult getJoin() {
		return join;
	}

	String describe() {
		return NLS.bind(Messages.Download_layerTitle, new Object[] { parameters.getYear(),
				DownloadParametersPage.levelName(parameters.getLevel()), parameters.getGemeente() });
	}
}
