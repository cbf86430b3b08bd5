package nl.veerkracht.scoring.ui.open;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.run.DroppedIndicator;
import nl.veerkracht.scoring.run.ScoringRun;

/**
 * The preview's table of indicators: each indicator the signal map will compute, with its role, and each
 * registered indicator that is dropped because the data has no value for it, with the reason.
 */
final class IndicatorsPreviewTable {

	private final Table table;

	/**
	 * @param parent the composite, with a grid layout
	 */
	IndicatorsPreviewTable(Composite parent) {
		table = WidgetKeys.set(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL),
				SignalMapWizardKeys.INDICATORS);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(800, table.getHeaderHeight() + table.getItemHeight() * 6).applyTo(table);
		column(OpenMessages.Preview_columnIndicator, 370);
		column(OpenMessages.Preview_columnRole, 140);
		column(OpenMessages.Preview_columnStatus, 560);
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	/**
	 * Shows the indicators of a prepared run.
	 *
	 * @param run      the run
	 * @param registry the registered indicators, for the roles of the dropped ones
	 */
	void show(ScoringRun run, IndicatorRegistry registry) {
		table.removeAll();
		for (IndicatorSpec spec : run.table().indicators()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { spec.label(), PreviewTexts.role(spec.role()), OpenMessages.Preview_computed });
		}
		for (DroppedIndicator dropped : run.dropped()) {
			TableItem item = new TableItem(table, SWT.NONE);
			String role = registry.indicator(dropped.id()).map(d -> PreviewTexts.role(d.role())).orElse(""); //$NON-NLS-1$
			item.setText(new String[] { dropped.label(), role, OpenMessages.bind(OpenMessages.Preview_dropped, dropped.reason()) });
			item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}

	/** Empties the table. */
	void clear() {
		table.removeAll();
	}
}
