package nl.veerkracht.stad.ui.results;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.ui.BuurtReference;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ui.StadsbalansResult;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;

/**
 * The result side of the Stadsbalans view: the answer to "is the city with this mix still in balance, or does a
 * choice here force choices there?". A year slider with the year in large type drives the small-multiple maps
 * of the projected class per scenario (top left) and the balance table of figures per scenario with their
 * P10–P90 bands and differences to the baseline (top right); below, the time chart of a chosen figure and the
 * trajectory of the selected buurt (tabs) beside the waterbed list. Clicking a buurt on a map or choosing a
 * waterbed effect selects that buurt (and the effect's year); the selection is published as a
 * {@link BuurtReference}, so the Buurtprofiel can follow when a view makes this panel its selection provider.
 * <p>
 * Use on the UI thread only. Disposing the {@link #control()} (or its parent) frees everything.
 */
public final class ComparisonPanel implements ISelectionProvider {

	/** The panel width from which the maps sit beside the balance table. */
	private static final int WIDE = 1300;

	private final Composite root;
	private final StackLayout stack = new StackLayout();
	private final Label message;
	private final Composite content;
	private final Scale slider;
	private final Label firstYear;
	private final Label lastYear;
	private final Label yearLabel;
	private final Font yearFont;
	private final SashForm upper;
	private final ScenarioMaps maps;
	private final BalanceTable table;
	private final CTabFolder tabs;
	private final CTabItem cityTab;
	private final CTabItem buurtTab;
	private final TimeChart timeChart;
	private final TrajectoryChart trajectory;
	private final WaterbedList waterbed;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private StadsbalansResult result;
	private int year;
	private String selected;

	/**
	 * Creates the panel with the message that there is no result yet.
	 *
	 * @param parent where the panel goes; give it a fill layout or set the layout data of {@link #control()}
	 */
	public ComparisonPanel(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(stack);
		message = new Label(root, SWT.WRAP | SWT.CENTER);
		message.setText(ResultsMessages.Panel_noResult);

		content = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(content);

		Composite top = new Composite(content, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(10, 0).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		Label yearCaption = new Label(top, SWT.NONE);
		yearCaption.setText(ResultsMessages.Panel_year);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(yearCaption);
		yearLabel = new Label(top, SWT.NONE);
		FontData[] data = JFaceResources.getDialogFont().getFontData();
		for (FontData each : data) {
			each.setHeight(Math.round(each.getHeight() * 2f));
			each.setStyle(SWT.BOLD);
		}
		yearFont = new Font(parent.getDisplay(), data);
		yearLabel.setFont(yearFont);
		yearLabel.setText("0000"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(yearLabel.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 8, SWT.DEFAULT)
				.applyTo(yearLabel);
		firstYear = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(firstYear);
		slider = WidgetKeys.set(new Scale(top, SWT.HORIZONTAL), StadsbalansWidgetKeys.YEAR_SLIDER);
		slider.setToolTipText(ResultsMessages.Panel_yearTip);
		slider.setIncrement(1);
		slider.setPageIncrement(5);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(slider);
		slider.addListener(SWT.Selection, event -> setYear(slider.getSelection()));
		lastYear = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(lastYear);

		SashForm vertical = new SashForm(content, SWT.VERTICAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
		upper = new SashForm(vertical, SWT.HORIZONTAL | SWT.SMOOTH);
		maps = new ScenarioMaps(upper, this::selectBuurt);
		table = new BalanceTable(upper);
		upper.setWeights(40, 60);
		content.addListener(SWT.Resize, event -> arrange());
		SashForm lower = new SashForm(vertical, SWT.HORIZONTAL | SWT.SMOOTH);
		tabs = new CTabFolder(lower, SWT.BORDER | SWT.FLAT);
		timeChart = new TimeChart(tabs);
		cityTab = new CTabItem(tabs, SWT.NONE);
		cityTab.setText(ResultsMessages.Tab_city);
		cityTab.setControl(timeChart.control());
		trajectory = new TrajectoryChart(tabs);
		buurtTab = new CTabItem(tabs, SWT.NONE);
		buurtTab.setText(ResultsMessages.Tab_buurt);
		buurtTab.setControl(trajectory.control());
		tabs.setSelection(cityTab);
		waterbed = new WaterbedList(lower, this::selectEffect);
		lower.setWeights(50, 50);
		vertical.setWeights(60, 40);

		stack.topControl = message;
		root.addListener(SWT.Dispose, event -> yearFont.dispose());
	}

	/** @return the panel's control, a composite in the parent */
	public Control control() {
		return root;
	}

	/**
	 * Shows a result: the slider goes to the end year (the outlook), the trajectory waits for a buurt.
	 *
	 * @param shown the result of a comparison run
	 */
	public void show(StadsbalansResult shown) {
		result = Objects.requireNonNull(shown, "shown"); //$NON-NLS-1$
		ComparisonResult comparison = shown.comparison();
		slider.setMinimum(0);
		slider.setMaximum(Math.max(comparison.endYear(), comparison.startYear() + 1));
		slider.setMinimum(comparison.startYear());
		year = comparison.endYear();
		slider.setSelection(year);
		yearLabel.setText(Integer.toString(year));
		firstYear.setText(Integer.toString(comparison.startYear()));
		lastYear.setText(Integer.toString(comparison.endYear()));
		selected = null;
		maps.show(shown, year);
		table.show(comparison, year);
		timeChart.show(comparison, year);
		trajectory.show(comparison, year);
		waterbed.show(comparison);
		tabs.setSelection(cityTab);
		stack.topControl = content;
		root.layout(true, true);
		fireSelection();
	}

	/**
	 * Replaces the content by a message, e.g. while the scenarios run or when a run failed.
	 *
	 * @param text the message, in Dutch
	 */
	public void showMessage(String text) {
		message.setText(Objects.requireNonNull(text, "text")); //$NON-NLS-1$
		stack.topControl = message;
		root.layout(true, true);
	}

	/** @return the year shown by the slider, the table and the maps; 0 before the first result */
	public int year() {
		return year;
	}

	/** @return the result shown, if any (also while a message covers it) */
	public Optional<StadsbalansResult> result() {
		return Optional.ofNullable(result);
	}

	/** @return the code of the selected buurt, if any */
	public Optional<String> selectedBuurt() {
		return Optional.ofNullable(selected);
	}

	/**
	 * Where a buurt is drawn on a scenario's map, e.g. to point at it.
	 *
	 * @param scenario the position of the scenario in the comparison, the baseline 0
	 * @param code     a buurt code
	 * @return the display coordinates of the buurt's interior point, or empty when the map does not draw it
	 */
	public Optional<Point> buurtOnMap(int scenario, String code) {
		return result == null ? Optional.empty() : Optional.ofNullable(maps.locate(scenario, code));
	}

	/** Frees the panel's controls and resources. */
	public void dispose() {
		root.dispose();
	}

	/**
	 * Puts the maps beside the balance table when the panel is wide enough for both, else above it (e.g. when
	 * the view shares the window with the scenario side); then the table's note becomes its tooltip and the
	 * table gets a little more height than the maps, so that it shows most of its rows.
	 */
	private void arrange() {
		boolean wide = content.getClientArea().width >= WIDE;
		int orientation = wide ? SWT.HORIZONTAL : SWT.VERTICAL;
		if (upper.getOrientation() != orientation) {
			upper.setOrientation(orientation);
			upper.setWeights(wide ? new int[] { 40, 60 } : new int[] { 44, 56 });
			table.compact(!wide);
		}
	}

	private void setYear(int shownYear) {
		if (result == null || shownYear == year) {
			return;
		}
		year = shownYear;
		if (slider.getSelection() != shownYear) {
			slider.setSelection(shownYear);
		}
		yearLabel.setText(Integer.toString(shownYear));
		table.setYear(shownYear);
		maps.setYear(shownYear);
		timeChart.setYear(shownYear);
		trajectory.setYear(shownYear);
	}

	private void selectBuurt(String code) {
		selected = code;
		maps.select(code);
		trajectory.showBuurt(code);
		tabs.setSelection(buurtTab);
		fireSelection();
	}

	private void selectEffect(String code, int effectYear) {
		setYear(effectYear);
		selectBuurt(code);
	}

	// --- ISelectionProvider: the selected buurt as a BuurtReference

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	/** @return the selected buurt as a {@link BuurtReference}, or an empty selection */
	@Override
	public ISelection getSelection() {
		if (selected == null || result == null) {
			return StructuredSelection.EMPTY;
		}
		return new StructuredSelection(new BuurtReference(selected, result.comparison().buurtName(selected)));
	}

	/**
	 * Selects the buurt of the first {@link BuurtReference} (or buurt code) in a structured selection.
	 *
	 * @param selection the selection to show
	 */
	@Override
	public void setSelection(ISelection selection) {
		if (result == null || !(selection instanceof StructuredSelection structured) || structured.isEmpty()) {
			return;
		}
		Object first = structured.getFirstElement();
		String code = first instanceof BuurtReference reference ? reference.code() : first instanceof String text ? text : null;
		if (code != null && result.comparison().input().indexOf(code) >= 0) {
			selectBuurt(code);
		}
	}

	private void fireSelection() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
