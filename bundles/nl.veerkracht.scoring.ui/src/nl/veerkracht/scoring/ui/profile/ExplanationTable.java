package nl.veerkracht.scoring.ui.profile;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.Contribution;
import nl.veerkracht.scoring.engine.Explanation;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.Role;
import nl.veerkracht.scoring.run.BuurtProfile;
import nl.veerkracht.scoring.run.GemeenteComparison;

/**
 * The explanation of a buurt's score as a table: per indicator its raw value with unit and year, the
 * gemeente's value, the source (CBS variables and file; the full trace in the tooltip), the normalised
 * value, the analyst's weight, its share after re-normalisation over the available indicators, and the
 * contribution; why a value is missing or an indicator does not count. The last row sums the shares and
 * contributions: the sum of the contributions is the kwetsbaarheid. Each indicator row holds its
 * {@link Contribution} as data, the sum row the {@link Explanation}.
 */
final class ExplanationTable {

	/** Column of the indicator's label. */
	static final int INDICATOR = 0;
	/** Column of the raw value. */
	static final int VALUE = 1;
	/** Column of the gemeente's raw value. */
	static final int GEMEENTE = 2;
	/** Column of the unit. */
	static final int UNIT = 3;
	/** Column of the year. */
	static final int YEAR = 4;
	/** Column of the source. */
	static final int SOURCE = 5;
	/** Column of the normalised value. */
	static final int NORMALISED = 6;
	/** Column of the analyst's weight. */
	static final int WEIGHT = 7;
	/** Column of the share of the weight. */
	static final int SHARE = 8;
	/** Column of the contribution. */
	static final int CONTRIBUTION = 9;
	/** Column of the explanatory note. */
	static final int NOTE = 10;

	private static final int MAX_SOURCE_WIDTH = 280;
	private static final int MAX_NOTE_WIDTH = 360;
	/** The columns that give way when the table is narrower than its content, in this order, to these widths. */
	private static final int[][] SHRINKING = { { SOURCE, 90 }, { INDICATOR, 220 }, { NOTE, 180 } };

	private final Table table;
	private final Color vulnerable;
	private final Color resilient;
	private final Color muted;
	private int[] preferred = new int[0];

	/**
	 * Creates the table.
	 *
	 * @param parent the profile's content
	 */
	ExplanationTable(Composite parent) {
		table = WidgetKeys.set(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL), ProfileWidgetKeys.EXPLANATION_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(table);
		String[] titles = { ProfileMessages.Explain_indicator, ProfileMessages.Explain_value, ProfileMessages.Explain_gemeente,
				ProfileMessages.Explain_unit, ProfileMessages.Explain_year, ProfileMessages.Explain_source,
				ProfileMessages.Explain_normalised, ProfileMessages.Explain_weight, ProfileMessages.Explain_share,
				ProfileMessages.Explain_contribution, ProfileMessages.Explain_note };
		for (int c = 0; c < titles.length; c++) {
			boolean numeric = c == VALUE || c == GEMEENTE || c == YEAR || c >= NORMALISED && c <= CONTRIBUTION;
			TableColumn column = new TableColumn(table, numeric ? SWT.RIGHT : SWT.LEFT);
			column.setText(titles[c]);
		}
		vulnerable = new Color(new RGB(0xB2, 0x18, 0x2B));
		resilient = new Color(new RGB(0x21, 0x66, 0xAC));
		muted = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		table.addListener(SWT.MouseHover, this::updateToolTip);
		table.addListener(SWT.Resize, event -> fitColumns());
		Menu menu = new Menu(table);
		MenuItem copy = new MenuItem(menu, SWT.PUSH);
		copy.setText(ProfileMessages.Explain_copy);
		copy.addListener(SWT.Selection, event -> copy());
		table.setMenu(menu);
		table.addListener(SWT.KeyDown, event -> {
			if (event.character == 0x03 || (event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'c' || event.keyCode == 'C')) {
				copy();
			}
		});
	}

	/** Copies the table, headers included, as tab-separated text (for a spreadsheet or a memo). */
	private void copy() {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < table.getColumnCount(); c++) {
			text.append(c == 0 ? "" : "\t").append(table.getColumn(c).getText()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (TableItem item : table.getItems()) {
			text.append(System.lineSeparator());
			for (int c = 0; c < table.getColumnCount(); c++) {
				String cell = c == SOURCE && item.getData() instanceof Contribution line ? line.input().sourceColumn() : item.getText(c);
				text.append(c == 0 ? "" : "\t").append(cell.replace('\t', ' ')); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** @return the table */
	Table table() {
		return table;
	}

	/**
	 * Shows the explanation of a buurt.
	 *
	 * @param profile the profile
	 */
	void show(BuurtProfile profile) {
		Explanation explanation = profile.explanation();
		List<GemeenteComparison> comparisons = profile.comparisons();
		table.setRedraw(false);
		try {
			table.removeAll();
			double shares = 0;
			for (int i = 0; i < explanation.contributions().size(); i++) {
				Contribution line = explanation.contributions().get(i);
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(line);
				item.setText(row(line, comparisons.get(i).gemeente(), profile.hasNoData()));
				if (line.input().isMissing() || !line.contributes()) {
					item.setForeground(muted);
				}
				if (line.contributes()) {
					shares += line.weight();
					item.setForeground(CONTRIBUTION, line.contribution() > 0 ? vulnerable : resilient);
				}
			}
			TableItem sum = new TableItem(table, SWT.NONE);
			sum.setData(explanation);
			sum.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
			String[] cells = new String[NOTE + 1];
			java.util.Arrays.fill(cells, ""); //$NON-NLS-1$
			cells[INDICATOR] = ProfileMessages.Explain_sum;
			if (profile.hasNoData()) {
				cells[SHARE] = DutchNumbers.MISSING;
				cells[CONTRIBUTION] = DutchNumbers.MISSING;
				cells[NOTE] = NLS.bind(ProfileMessages.Explain_sumNoData, profile.noDataReason());
			} else {
				cells[SHARE] = DutchNumbers.percent(shares);
				cells[CONTRIBUTION] = DutchNumbers.signed(explanation.sumOfContributions(), 3);
				cells[NOTE] = NLS.bind(ProfileMessages.Explain_sumNote, DutchNumbers.decimal(explanation.composite(), 3));
			}
			sum.setText(cells);
			preferred = new int[table.getColumnCount()];
			for (int c = 0; c < preferred.length; c++) {
				table.getColumn(c).pack();
				preferred[c] = table.getColumn(c).getWidth();
			}
			preferred[SOURCE] = Math.min(preferred[SOURCE], MAX_SOURCE_WIDTH);
			preferred[NOTE] = Math.min(preferred[NOTE], MAX_NOTE_WIDTH);
			fitColumns();
		} finally {
			table.setRedraw(true);
		}
		int height = table.getHeaderHeight() + table.getItemCount() * table.getItemHeight() + 2 * table.getBorderWidth()
				+ table.getHorizontalBar().getSize().y + 2;
		((GridData) table.getLayoutData()).heightHint = height;
	}

	/**
	 * Gives the columns their packed widths, and when the table is narrower than that, narrows the source,
	 * the indicator and the note (their full texts are in the tooltip) so that every column stays in view.
	 */
	private void fitColumns() {
		if (preferred.length == 0) {
			return;
		}
		int[] widths = preferred.clone();
		int excess = java.util.Arrays.stream(widths).sum() - table.getClientArea().width;
		for (int[] shrinking : SHRINKING) {
			if (excess <= 0) {
				break;
			}
			int column = shrinking[0];
			int give = Math.max(0, Math.min(excess, widths[column] - shrinking[1]));
			widths[column] -= give;
			excess -= give;
		}
		for (int c = 0; c < widths.length; c++) {
			if (table.getColumn(c).getWidth() != widths[c]) {
				table.getColumn(c).setWidth(widths[c]);
			}
		}
	}

	private static String[] row(Contribution line, IndicatorValue gemeente, boolean noData) {
		IndicatorValue input = line.input();
		String[] cells = new String[NOTE + 1];
		cells[INDICATOR] = line.spec().label();
		cells[VALUE] = input.isMissing() ? ProfileMessages.Explain_missing : DutchNumbers.upToOneDecimal(input.value());
		cells[GEMEENTE] = gemeente.isMissing() ? ProfileMessages.Explain_missing : DutchNumbers.upToOneDecimal(gemeente.value());
		cells[UNIT] = line.spec().unit();
		cells[YEAR] = Integer.toString(input.year());
		cells[SOURCE] = input.sourceColumn().isEmpty() ? DutchNumbers.MISSING : SourceText.shortForm(input.sourceColumn());
		cells[NORMALISED] = DutchNumbers.decimal(line.normalised(), 2);
		cells[WEIGHT] = line.spec().role() == Role.KWETSBAARHEID || line.userWeight() > 0 ? DutchNumbers.upToOneDecimal(line.userWeight())
				: DutchNumbers.MISSING;
		cells[SHARE] = line.contributes() ? DutchNumbers.percentOneDecimal(line.weight()) : DutchNumbers.MISSING;
		cells[CONTRIBUTION] = line.contributes() ? DutchNumbers.signed(line.contribution(), 3) : DutchNumbers.MISSING;
		cells[NOTE] = note(line, noData);
		return cells;
	}

	private static String note(Contribution line, boolean noData) {
		if (line.input().isMissing()) {
			return NLS.bind(ProfileMessages.Explain_noteMissing, line.input().missingReason());
		}
		return switch (line.spec().role()) {
		case CONTEXT -> ProfileMessages.Explain_noteContext;
		case DRAAGKRACHT_DRAGER -> ProfileMessages.Explain_noteDrager;
		case DRAAGKRACHT_VRAGER -> ProfileMessages.Explain_noteVrager;
		case KWETSBAARHEID -> line.userWeight() == 0 ? ProfileMessages.Explain_noteNoWeight
				: noData ? ProfileMessages.Explain_noteNoScore : ""; //$NON-NLS-1$
		};
	}

	private void updateToolTip(Event event) {
		TableItem item = table.getItem(new Point(event.x, event.y));
		String text = null;
		if (item != null && item.getData() instanceof Contribution line) {
			for (int c = 0; c < table.getColumnCount(); c++) {
				if (item.getBounds(c).contains(event.x, event.y)) {
					text = c == SOURCE ? line.input().sourceColumn() : c == INDICATOR ? line.spec().label() + " (" + line.spec().id() + ")" //$NON-NLS-1$ //$NON-NLS-2$
							: item.getText(c);
				}
			}
		}
		table.setToolTipText(text == null || text.isEmpty() ? null : text);
	}
}
