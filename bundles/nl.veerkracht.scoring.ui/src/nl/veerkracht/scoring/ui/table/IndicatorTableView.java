package nl.veerkracht.scoring.ui.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.MapContentEvent;
import nl.veerkracht.gis.core.layer.MapContentListener;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.BuurtReference;
import nl.veerkracht.scoring.ui.SignalMapListener;
import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * The Indicatoren view: the current signal map as a table, one row per buurt of the run with its code,
 * name and inhabitants, one column per indicator and the scores of the year (kwetsbaarheid, klasse,
 * coverage, draagkracht, trend, early warning, hot spot, robustness). Above the buurten the gemeente's own
 * figures are pinned as the reference row.
 * <p>
 * The indicator cells show raw values, normalised values or contributions; any column sorts with a click on
 * its header; a filter keeps the buurten whose code or name contains a text. Selected rows are the view's
 * workbench selection ({@link BuurtReference}s, so that the Buurtprofiel follows) and the selection of the
 * signal map's klasse layer, both ways. A rescore (other weights, another year) updates the numbers in
 * place, keeping sort, filter and selection. Ctrl+C copies the selected rows for a spreadsheet, and
 * "Exporteer CSV…" writes the whole table (see {@link TableText} for both formats). The info line says
 * which indicators are missing from the run and why.
 */
public final class IndicatorTableView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.scoring.ui.indicatorTableView"; //$NON-NLS-1$

	private static final String BUNDLE_ID = "nl.veerkracht.scoring.ui"; //$NON-NLS-1$
	private static final int FILTER_DELAY_MS = 200;

	private final BuurtSelectionProvider selectionProvider = new BuurtSelectionProvider();
	private final SignalMapListener sessionListener = this::signalMapChanged;
	private final MapContentListener mapListener = this::mapChangedOnAnyThread;
	private StackLayout stack;
	private Composite emptyState;
	private Label empty;
	private Composite content;
	private Combo modeChoice;
	private Text filterText;
	private Label status;
	private RunInfoPanel info;
	private IndicatorTableViewer table;
	private SignalMapSession session;
	private Runnable pendingFilter;
	private IAction exportAction;
	private IAction copyAction;

	@Override
	public void createPartControl(Composite parent) {
		stack = new StackLayout();
		parent.setLayout(stack);
		emptyState = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(24, 24).applyTo(emptyState);
		empty = WidgetKeys.set(new Label(emptyState, SWT.WRAP), IndicatorTableKeys.EMPTY);
		empty.setText(IndicatorTableMessages.View_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(empty);
		content = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).spacing(8, 4).applyTo(content);

		new Label(content, SWT.NONE).setText(IndicatorTableMessages.View_mode);
		modeChoice = WidgetKeys.set(new Combo(content, SWT.READ_ONLY | SWT.DROP_DOWN), IndicatorTableKeys.MODE);
		modeChoice.setToolTipText(IndicatorTableMessages.View_modeTooltip);
		modeChoice.addListener(SWT.Selection, event -> modeChosen());
		filterText = WidgetKeys.set(new Text(content, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), IndicatorTableKeys.FILTER);
		filterText.setMessage(IndicatorTableMessages.View_filterHint);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(filterText);
		filterText.addListener(SWT.Modify, event -> scheduleFilter());
		status = WidgetKeys.set(new Label(content, SWT.NONE), IndicatorTableKeys.STATUS);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

		info = new RunInfoPanel(content);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(info.getControl());
		table = new IndicatorTableViewer(content, this::userSelected);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(table.getTable());

		getSite().setSelectionProvider(selectionProvider);
		createActions();
		installHandlers();
		SignalMapSession.addListener(sessionListener);
		signalMapChanged(SignalMapSession.current());
	}

	private void createActions() {
		exportAction = new Action(IndicatorTableMessages.Action_export) {
			@Override
			public void run() {
				chooseExportFile();
			}
		};
		exportAction.setToolTipText(IndicatorTableMessages.Action_exportTooltip);
		exportAction.setImageDescriptor(
				ResourceLocator.imageDescriptorFromBundle(BUNDLE_ID, "icons/export-csv.svg").orElse(null)); //$NON-NLS-1$
		copyAction = new Action(IndicatorTableMessages.Action_copy) {
			@Override
			public void run() {
				copySelectedRows();
			}
		};
		copyAction.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		copyAction.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
		IActionBars bars = getViewSite().getActionBars();
		bars.getToolBarManager().add(exportAction);
		bars.getMenuManager().add(copyAction);
		bars.getMenuManager().add(exportAction);

		MenuManager menu = new MenuManager();
		menu.add(copyAction);
		menu.add(exportAction);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		table.getTable().setMenu(menu.createContextMenu(table.getTable()));
		getSite().registerContextMenu(menu, selectionProvider);
	}

	private void installHandlers() {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_COPY, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				if (filterText.isFocusControl()) {
					filterText.copy();
				} else {
					copySelectedRows();
				}
				return null;
			}
		});
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_SELECT_ALL, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				if (filterText.isFocusControl()) {
					filterText.selectAll();
				} else {
					table.selectAll();
				}
				return null;
			}
		});
	}

	/** @return the scored state shown, or empty when there is no signal map */
	public Optional<ScoringState> getState() {
		return table.model() == null ? Optional.empty() : Optional.of(table.model().state());
	}

	/**
	 * Copies the selected rows (the gemeente row too, when selected) to the clipboard as tab-separated text
	 * with a header line, as the indicator cells show them (see {@link TableText}).
	 */
	public void copySelectedRows() {
		if (table.model() == null) {
			return;
		}
		List<Integer> rows = new ArrayList<>();
		if (table.isGemeenteSelected()) {
			rows.add(IndicatorTableColumn.GEMEENTE_ROW);
		}
		Arrays.stream(table.selectedRegions()).forEach(rows::add);
		if (rows.isEmpty()) {
			return;
		}
		String text = TableText.tsv(table.model(), columnsInScreenOrder(), table.mode(), table.gemeente(),
				rows.stream().mapToInt(Integer::intValue).toArray());
		Clipboard clipboard = new Clipboard(table.getTable().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private List<IndicatorTableColumn> columnsInScreenOrder() {
		List<IndicatorTableColumn> ordered = new ArrayList<>();
		for (int index : table.getTable().getColumnOrder()) {
			ordered.add(table.columns().get(index));
		}
		return ordered;
	}

	/**
	 * Writes the whole table — every buurt in the current sort order, all columns, raw values — to a CSV file
	 * for Dutch Excel, in a background job (see {@link CsvExportJob}).
	 *
	 * @param file the file to write; an existing file is replaced when the export is complete
	 * @return the scheduled job, or empty when there is no signal map
	 */
	public Optional<Job> exportCsv(Path file) {
		if (table.model() == null) {
			return Optional.empty();
		}
		int[] all = allRegionsInSortOrder();
		Job job = new CsvExportJob(table.model(), table.columns(), all, file);
		job.schedule();
		return Optional.of(job);
	}

	private int[] allRegionsInSortOrder() {
		RowOrder everything = new RowOrder();
		if (table.order().sortColumn() >= 0) {
			everything.clicked(table.order().sortColumn());
			if (!table.order().ascending()) {
				everything.clicked(table.order().sortColumn());
			}
		}
		everything.apply(table.model(), table.columns(), table.mode());
		return everything.regions();
	}

	private void chooseExportFile() {
		if (table.model() == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(IndicatorTableMessages.Export_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { IndicatorTableMessages.Export_filterCsv, IndicatorTableMessages.Export_filterAll });
		dialog.setFileName(defaultExportName(table.model().state()));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			exportCsv(Path.of(chosen));
		}
	}

	private String defaultExportName(ScoringState state) {
		String area = session != null ? session.inputs().gemeente().orElse("alle") : "alle"; //$NON-NLS-1$ //$NON-NLS-2$
		return "indicatoren_" + area + "_" + state.year() + ".csv"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	// --- following the signal map

	private void signalMapChanged(Optional<SignalMapSession> changed) {
		if (table == null || table.getTable().isDisposed()) {
			return;
		}
		SignalMapSession next = changed.orElse(null);
		if (next != session) {
			if (session != null) {
				session.map().removeListener(mapListener);
			}
			session = next;
			if (session != null) {
				session.map().addListener(mapListener);
			}
		}
		if (session == null) {
			table.clear();
			selectionProvider.set(List.of());
			stack.topControl = emptyState;
			emptyState.getParent().layout();
			updateActions();
			return;
		}
		showState(session.state());
	}

	private void showState(ScoringState state) {
		List<String> selectedCodes = selectedCodes();
		boolean sameRun = table.model() != null && table.model().state().run() == state.run();
		IndicatorTableModel model = IndicatorTableModel.of(state);
		List<IndicatorTableColumn> columns = IndicatorTableColumns.of(model, SourceVariables::describe);
		table.show(model, columns, referenceGemeente(state, selectedCodes));
		refreshModes(state);
		info.show(state, IndicatorRegistry.getDefault().problems());
		stack.topControl = content;
		content.getParent().layout();
		if (sameRun) {
			table.select(regionsOf(state, selectedCodes), false);
		} else {
			selectFromMap(false);
		}
		publishSelection();
		updateActions();
	}

	private void refreshModes(ScoringState state) {
		int index = Math.max(0, modeChoice.getSelectionIndex());
		modeChoice.setItems(Arrays.stream(CellMode.values())
				.map(mode -> mode.label(state.run().engine().parameters().method())).toArray(String[]::new));
		modeChoice.select(index);
		content.layout(new Control[] { modeChoice });
	}

	private void modeChosen() {
		int index = modeChoice.getSelectionIndex();
		if (index >= 0) {
			table.setMode(CellMode.values()[index]);
			updateStatus();
		}
	}

	private void scheduleFilter() {
		Display display = filterText.getDisplay();
		if (pendingFilter != null) {
			display.timerExec(-1, pendingFilter);
		}
		pendingFilter = () -> {
			pendingFilter = null;
			if (!table.getTable().isDisposed()) {
				table.filter(filterText.getText());
				updateStatus();
			}
		};
		display.timerExec(FILTER_DELAY_MS, pendingFilter);
	}

	private void mapChangedOnAnyThread(MapContentEvent event) {
		if (event.kind() != MapContentEvent.Kind.SELECTION_CHANGED) {
			return;
		}
		Display display = table.getTable().getDisplay();
		if (Display.getCurrent() == display) {
			mapSelectionChanged(event);
		} else if (!display.isDisposed()) {
			display.asyncExec(() -> mapSelectionChanged(event));
		}
	}

	private void mapSelectionChanged(MapContentEvent event) {
		if (table.getTable().isDisposed() || session == null || event.layer() != session.klasseLayer()
				|| table.model() == null) {
			return;
		}
		selectFromMap(true);
		publishSelection();
	}

	/** Selects the rows of the buurten selected on the map's klasse layer. */
	private void selectFromMap(boolean reveal) {
		if (session == null) {
			return;
		}
		List<String> codes = session.klasseLayer().getSelection().stream().map(Feature::getId).toList();
		table.select(regionsOf(table.model().state(), codes), reveal);
	}

	private void userSelected(int[] regions) {
		if (session != null && session.map().indexOf(session.klasseLayer()) >= 0) {
			Map<String, Feature> byCode = session.klasseLayer().getFeatures().getFeatures().stream()
					.collect(Collectors.toMap(Feature::getId, Function.identity(), (a, b) -> a, HashMap::new));
			List<Feature> features = Arrays.stream(regions).mapToObj(r -> byCode.get(table.model().region(r).code()))
					.filter(feature -> feature != null).toList();
			session.map().setSelection(session.klasseLayer(), features);
		}
		publishSelection();
	}

	private void publishSelection() {
		int[] regions = table.selectedRegions();
		if (table.model() != null) {
			List<BuurtReference> buurten = Arrays.stream(regions).mapToObj(table.model()::region)
					.map(region -> new BuurtReference(region.code(), region.name())).toList();
			selectionProvider.set(buurten);
			table.setGemeente(referenceGemeente(table.model().state(), buurten.stream().map(BuurtReference::code).toList()));
		}
		updateStatus();
		updateActions();
	}

	/**
	 * The gemeente of the reference row: the gemeente the signal map was made for; in a map of several
	 * gemeenten that of the first selected buurt, or else the gemeente with the most buurten.
	 */
	private String referenceGemeente(ScoringState state, List<String> selectedCodes) {
		Optional<String> chosen = session != null ? session.inputs().gemeente() : Optional.empty();
		if (chosen.isPresent()) {
			return chosen.get();
		}
		int[] selected = regionsOf(state, selectedCodes);
		List<RegionInfo> regions = state.run().table().regions();
		if (selected.length > 0) {
			return regions.get(selected[0]).gemeenteCode();
		}
		return regions.stream().collect(Collectors.groupingBy(RegionInfo::gemeenteCode, Collectors.counting())).entrySet()
				.stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(""); //$NON-NLS-1$
	}

	private static int[] regionsOf(ScoringState state, Collection<String> codes) {
		return codes.stream().mapToInt(state::regionIndexOf).filter(index -> index >= 0).toArray();
	}

	private List<String> selectedCodes() {
		if (table.model() == null) {
			return List.of();
		}
		return Arrays.stream(table.selectedRegions()).mapToObj(r -> table.model().region(r).code()).toList();
	}

	private void updateStatus() {
		if (table.model() == null) {
			status.setText(""); //$NON-NLS-1$
			return;
		}
		status.setText(NLS.bind(IndicatorTableMessages.View_status, new Object[] { table.order().size(),
				table.model().size(), table.selectedRegions().length, table.model().state().year() }));
		content.layout(new Control[] { status });
	}

	private void updateActions() {
		boolean shown = table.model() != null;
		exportAction.setEnabled(shown);
		copyAction.setEnabled(shown);
	}

	@Override
	public void setFocus() {
		if (stack.topControl == content) {
			table.getTable().setFocus();
		} else {
			empty.setFocus();
		}
	}

	@Override
	public void dispose() {
		SignalMapSession.removeListener(sessionListener);
		if (session != null) {
			session.map().removeListener(mapListener);
		}
		if (pendingFilter != null && !filterText.isDisposed()) {
			filterText.getDisplay().timerExec(-1, pendingFilter);
		}
		super.dispose();
	}
}
