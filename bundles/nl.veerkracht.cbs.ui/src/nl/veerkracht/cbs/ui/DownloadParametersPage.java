package nl.veerkracht.cbs.ui;

import java.net.URI;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.cbs.online.CbsODataClient;
import nl.veerkracht.cbs.online.PdokFeaturesClient;
import nl.veerkracht.cbs.online.RegionLevel;
import nl.veerkracht.cbs.ui.internal.Messages;
import nl.veerkracht.gis.ui.WidgetKeys;

/** First page of the download: which gemeente, year and regions, and from which addresses. */
final class DownloadParametersPage extends WizardPage {

	/** Prefix of this page's widget ids. */
	static final String ID_PREFIX = "veerkracht.import.download"; //$NON-NLS-1$

	private static final List<RegionLevel> LEVELS = List.of(RegionLevel.BUURT, RegionLevel.WIJK, RegionLevel.GEMEENTE);

	private Text gemeente;
	private Combo year;
	private Combo level;
	private Text cbsAddress;
	private Text pdokAddress;

	DownloadParametersPage() {
		super("downloadParameters"); //$NON-NLS-1$
		setTitle(Messages.Download_parametersTitle);
		setDescription(Messages.Download_parametersDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		gemeente = text(composite, Messages.Download_gemeente, ".gemeente", ""); //$NON-NLS-1$ //$NON-NLS-2$
		new Label(composite, SWT.NONE).setText(Messages.Download_year);
		year = WidgetKeys.set(new Combo(composite, SWT.READ_ONLY), ID_PREFIX + ".year"); //$NON-NLS-1$
		PdokFeaturesClient.years().stream().sorted((a, b) -> b - a).map(String::valueOf).forEach(year::add);
		year.select(0);
		new Label(composite, SWT.NONE).setText(Messages.Download_level);
		level = WidgetKeys.set(new Combo(composite, SWT.READ_ONLY), ID_PREFIX + ".level"); //$NON-NLS-1$
		LEVELS.forEach(l -> level.add(levelName(l)));
		level.select(0);
		cbsAddress = text(composite, Messages.Download_cbsAddress, ".cbs", CbsODataClient.DEFAULT_BASE_URI.toString()); //$NON-NLS-1$
		pdokAddress = text(composite, Messages.Download_pdokAddress, ".pdok", PdokFeaturesClient.DEFAULT_SERVICE_TEMPLATE); //$NON-NLS-1$
		setControl(composite);
	}

	private Text text(Composite parent, String label, String idSuffix, String initial) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = WidgetKeys.set(new Text(parent, SWT.BORDER | SWT.SINGLE), ID_PREFIX + idSuffix);
		text.setText(initial);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	static String levelName(RegionLevel level) {
		return switch (level) {
		case BUURT -> Messages.Level_BUURT;
		case WIJK -> Messages.Level_WIJK;
		case GEMEENTE -> Messages.Level_GEMEENTE;
		};
	}

	private void validate() {
		boolean valid = getGemeente().matches("GM\\d{4}"); //$NON-NLS-1$
		setErrorMessage(valid || getGemeente().isEmpty() ? null : Messages.Download_badGemeente);
		setPageComplete(valid && !cbsAddress.getText().isBlank() && !pdokAddress.getText().isBlank());
	}

	String getGemeente() {
		return gemeente.getText().strip().toUpperCase();
	}

	int getYear() {
		return Integer.parseInt(year.getText());
	}

	RegionLevel getLevel() {
		return LEVELS.get(level.getSelectionIndex());
	}

	URI getCbsAddress() {
		return URI.create(cbsAddress.getText().strip());
	}

	String getPdokAddress() {
		return pdokAddress.getText().strip();
	}
}
