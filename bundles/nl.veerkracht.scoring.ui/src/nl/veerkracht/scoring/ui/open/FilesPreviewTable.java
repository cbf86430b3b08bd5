package nl.veerkracht.scoring.ui.open;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.io.ImportPreview;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The preview's table of input files: per KWB file its kind, years, buurten and CBS missing values, a row
 * for the boundaries with their buurten, and a red row for every file that cannot be used, with the reason.
 */
final class FilesPreviewTable {

	private final Table table;

	/**
	 * @param parent the composite, with a grid layout
	 * @param span   the columns of the grid to span
	 */
	FilesPreviewTable(Composite parent, int span) {
		table = WidgetKeys.set(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL),
				SignalMapWizardKeys.PREVIEW_FILES);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(800, table.getHeaderHeight() + table.getItemHeight() * 5)
				.applyTo(table);
		column(OpenMessages.Preview_columnFile, 290);
		column(OpenMessages.Preview_columnKind, 150);
		column(OpenMessages.Preview_columnYears, 80);
		column(OpenMessages.Preview_columnBuurten, 70);
		column(OpenMessages.Preview_columnMissing, 150);
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	/**
	 * Shows what was read.
	 *
	 * @param reading the finished reading
	 */
	void show(SignalMapReading reading) {
		table.removeAll();
		for (ImportPreview preview : reading.previews()) {
			TableItem item = new TableItem(table, SWT.NONE);
			int[] years = preview.years().stream().mapToInt(Integer::intValue).toArray();
			long missing = preview.missingCounts().values().stream().mapToLong(Long::longValue).sum();
			item.setText(new String[] { preview.file().getFileName().toString(), PreviewTexts.kind(preview.kind()),
					PreviewTexts.years(years),
					PreviewTexts.number(preview.regionCounts().getOrDefault(RegionLevel.BUURT, 0)), PreviewTexts.number(missing) });
		}
		Path boundaryFile = reading.boundarySource().file();
		reading.buurten().filter(b -> !reading.errors().containsKey(boundaryFile)).ifPresent(buurten -> {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { reading.boundarySource().displayName(),
					OpenMessages.bind(OpenMessages.Preview_kindBoundaries, reading.boundaryFormat()), "", //$NON-NLS-1$
					PreviewTexts.number(buurten.buurtCount()), "" }); //$NON-NLS-1$
		});
		for (Map.Entry<Path, String> error : reading.errors().entrySet()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, error.getKey().getFileName().toString());
			item.setText(1, OpenMessages.Preview_unusable);
			item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
		table.deselectAll();
	}

	/** Empties the table, before a new reading. */
	void clear() {
		table.removeAll();
	}
}
