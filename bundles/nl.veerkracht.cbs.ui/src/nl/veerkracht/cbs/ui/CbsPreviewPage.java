package nl.veerkracht.cbs.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.io.ImportPreview;
import nl.veerkracht.cbs.join.BoundaryJoin;
import nl.veerkracht.cbs.join.JoinResult;
import nl.veerkracht.cbs.ui.internal.CbsReading;
import nl.veerkracht.cbs.ui.internal.JoinReportText;
import nl.veerkracht.cbs.ui.internal.JoinedMissingValues;
import nl.veerkracht.cbs.ui.internal.Messages;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * Second page of the CBS import: per file its kind, years, regions, variables and missing values
 * (or why it cannot be read), and for the chosen year how the figures join to the boundaries.
 */
final class CbsPreviewPage extends WizardPage {

	private final CbsFilesPage filesPage;
	private Table files;
	private Combo year;
	private Text report;
	private List<Object> readFor = List.of();
	private CbsReading reading;
	private JoinResult join;

	CbsPreviewPage(CbsFilesPage filesPage) {
		super("cbsPreview"); //$NON-NLS-1$
		this.filesPage = filesPage;
		setTitle(Messages.CbsImport_previewTitle);
		setDescription(Messages.CbsImport_previewDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		files = WidgetKeys.set(new Table(composite, SWT.BORDER | SWT.FULL_SELECTION), CbsFilesPage.ID_PREFIX + ".files.preview"); //$NON-NLS-1$
		files.setHeaderVisible(true);
		for (String title : List.of(Messages.CbsImport_columnFile, Messages.CbsImport_columnKind, Messages.CbsImport_columnYears,
				Messages.CbsImport_columnRegions, Messages.CbsImport_columnVariables, Messages.CbsImport_columnMissing)) {
			TableColumn column = new TableColumn(files, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.equals(Messages.CbsImport_columnFile) ? 250 : 110);
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(720, 120).applyTo(files);
		new Label(composite, SWT.NONE).setText(Messages.CbsImport_year);
		year = WidgetKeys.set(new Combo(composite, SWT.READ_ONLY), CbsFilesPage.ID_PREFIX + ".year"); //$NON-NLS-1$
		GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(year);
		year.addListener(SWT.Selection, e -> joinSelectedYear());
		report = WidgetKeys.set(new Text(composite, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL),
				CbsFilesPage.ID_PREFIX + ".join"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(720, 160).applyTo(report);
		setControl(composite);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		List<Object> input = List.of(filesPage.getFiles(), filesPage.getBoundaryFile());
		if (visible && !input.equals(readFor)) {
			readAll(input);
		}
	}

	private void readAll(List<Object> input) {
		CbsReading next = new CbsReading(filesPage.getFiles(), filesPage.getBoundaryFile());
		try {
			getContainer().run(true, true, next);
			reading = next;
			readFor = input;
		} catch (InvocationTargetException e) {
			setErrorMessage(String.valueOf(e.getCause()));
			return;
		} catch (InterruptedException e) {
			readFor = List.of();
			return;
		}
		showFiles();
		showYears();
		joinSelectedYear();
	}

	private void showFiles() {
		files.removeAll();
		for (ImportPreview preview : reading.previews()) {
			TableItem item = new TableItem(files, SWT.NONE);
			Map<RegionLevel, Integer> regions = preview.regionCounts();
			item.setText(new String[] { preview.file().getFileName().toString(), Messages.of(preview.kind()), years(preview.years()),
					regions.getOrDefault(RegionLevel.GEMEENTE, 0) + "/" + regions.getOrDefault(RegionLevel.WIJK, 0) + "/" //$NON-NLS-1$ //$NON-NLS-2$
							+ regions.getOrDefault(RegionLevel.BUURT, 0),
					Integer.toString(preview.variableIds().size()),
					Long.toString(preview.missingCounts().values().stream().mapToLong(Long::longValue).sum()) });
		}
		for (Map.Entry<Path, String> error : reading.errors().entrySet()) {
			TableItem item = new TableItem(files, SWT.NONE);
			item.setText(0, error.getKey().getFileName().toString());
			item.setText(1, NLS.bind(Messages.CbsImport_unreadable, error.getValue().replace('\n', ' ')));
			item.setForeground(files.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}

	private static String years(SortedSet<Integer> years) {
		return years.isEmpty() ? "" : years.size() == 1 ? years.first().toString() : years.first() + "\u2013" + years.last(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void showYears() {
		List<String> years = reading.data().years().stream().map(String::valueOf).toList();
		year.setItems(years.toArray(String[]::new));
		if (!years.isEmpty()) {
			year.select(years.size() - 1);
		}
	}

	private void joinSelectedYear() {
		CbsData data = reading.data();
		Optional<FeatureCollection> boundaries = reading.boundaries();
		join = null;
		if (reading.previews().isEmpty()) {
			report.setText(""); //$NON-NLS-1$
			setErrorMessage(Messages.CbsImport_nothingRead);
		} else if (boundaries.isEmpty()) {
			report.setText(""); //$NON-NLS-1$
			setErrorMessage(Messages.CbsImport_noBoundaries);
		} else if (year.getSelectionIndex() >= 0) {
			join = BoundaryJoin.join(boundaries.get(), data, Integer.parseInt(year.getText()));
			JoinedMissingValues.register(join, data);
			report.setText(JoinReportText.of(join.report(), data.warnings()));
			setErrorMessage(null);
		}
		setPageComplete(join != null);
	}

	/** @return the boundaries with the figures of the chosen year, or {@code null} before the preview */
	JoinResult getJoin() {
		return join;
	}

	/** @return a name for the boundaries joined to */
	String boundaryName() {
		return filesPage.getBoundaryFile().map(file -> file.getFileName().toString())
				.orElseGet(() -> reading.previews().stream().filter(p -> p.boundaries().isPresent()).findFirst()
						.map(p -> p.file().getFileName().toString()).orElse("")); //$NON-NLS-1$
	}

	/** @return the CBS file names, for the layer title */
	String fileNames() {
		return reading.previews().stream().map(p -> p.file().getFileName().toString()).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
