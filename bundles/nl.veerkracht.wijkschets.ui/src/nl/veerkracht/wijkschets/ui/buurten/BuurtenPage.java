package nl.veerkracht.wijkschets.ui.buurten;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.BuurtReference;
import nl.veerkracht.scoring.ui.SignalMapListener;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.analyse.OpenKeptSignalMapJob;
import nl.veerkracht.wijkschets.ui.editor.EditorPageHeader;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The Buurten page of the wijkschets editor, read-only and for reference: the buurten of the sketched area with
 * their class, kwetsbaarheid, coverage, trend and early warning from the signal map open in the workbench,
 * following it as it is rescored or closed. Without a signal map of the area's gemeente it says so and, when
 * the analysis keeps a signaleringskaart, offers to open it. Selecting a buurt selects it in the workbench, so
 * the Buurtprofiel follows.
 */
public final class BuurtenPage extends FormPage {

	/** The id of the page. */
	public static final String ID = "nl.veerkracht.wijkschets.ui.buurten"; //$NON-NLS-1$

	private static final int TABLE_HEIGHT = 420;

	private final WijkschetsEditor editor;
	private Section section;
	private Composite messageBox;
	private Label message;
	private Button open;
	private BuurtenTable table;
	private Label reference;
	private List<Buurt> shownBuurten = List.of();
	private final SignalMapListener signalMapListener = current -> refresh();

	/**
	 * @param editor the editor the page belongs to
	 */
	public BuurtenPage(WijkschetsEditor editor) {
		super(editor, ID, BuurtenMessages.Page_title);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		EditorPageHeader.install(managedForm, editor, BuurtenMessages.Page_title);
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		body.setLayout(layout);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), body);
		FontDescriptor dialog = FontDescriptor.createFrom(JFaceResources.getDialogFont());
		Font large = resources.create(dialog.increaseHeight(3));
		section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setFont(resources.create(dialog.setStyle(SWT.BOLD).increaseHeight(3)));
		section.setDescription(" "); //$NON-NLS-1$
		section.getDescriptionControl().setFont(resources.create(dialog.increaseHeight(1)));
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(1, false));
		section.setClient(client);

		messageBox = toolkit.createComposite(client);
		messageBox.setLayout(new GridLayout(1, false));
		messageBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		message = toolkit.createLabel(messageBox, "", SWT.WRAP); //$NON-NLS-1$
		message.setFont(large);
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
		messageData.widthHint = 700;
		message.setLayoutData(messageData);
		WidgetKeys.set(message, BuurtenWidgetKeys.MESSAGE);
		open = toolkit.createButton(messageBox, BuurtenMessages.Open_button, SWT.PUSH);
		open.setFont(large);
		open.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		WidgetKeys.set(open, BuurtenWidgetKeys.OPEN_SIGNAL_MAP);
		open.addListener(SWT.Selection, event -> keptSignalMap().ifPresent(kaart -> new OpenKeptSignalMapJob(
				getSite().getWorkbenchWindow(), editor.getFile(), kaart).schedule()));

		table = new BuurtenTable(client, toolkit);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = TABLE_HEIGHT;
		table.viewer().getTable().setLayoutData(tableData);
		table.viewer().addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof BuurtRow row) {
				editor.setSelection(new StructuredSelection(new BuurtReference(row.code(), row.name())));
			}
		});
		reference = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		reference.setFont(resources.create(dialog.increaseHeight(1)));
		reference.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		WidgetKeys.set(reference, BuurtenWidgetKeys.REFERENCE);

		SignalMapSession.addListener(signalMapListener);
		body.addDisposeListener(event -> SignalMapSession.removeListener(signalMapListener));
		editor.addModelListener(() -> {
			if (!body.isDisposed() && !buurten().equals(shownBuurten)) {
				refresh();
			}
		});
		refresh();
	}

	private List<Buurt> buurten() {
		Regio gebied = editor.getWijkschets().getGebied();
		return gebied == null ? List.of() : BuurtRows.buurtenOf(gebied);
	}

	private void refresh() {
		if (section == null || section.isDisposed()) {
			return;
		}
		Regio gebied = editor.getWijkschets().getGebied();
		String gebiedName = gebied == null || gebied.getName() == null ? "" : gebied.getName(); //$NON-NLS-1$
		List<Buurt> buurten = buurten();
		shownBuurten = buurten;
		section.setText(NLS.bind(BuurtenMessages.Section_title, gebiedName));
		Optional<SignalMapSession> session = SignalMapSession.current();
		String gemeente = gemeenteLabel(buurten);
		if (buurten.isEmpty()) {
			showMessage(NLS.bind(BuurtenMessages.Message_noBuurten, gebiedName), false);
		} else if (session.isEmpty()) {
			boolean kept = keptSignalMap().isPresent();
			showMessage(NLS.bind(kept ? BuurtenMessages.Message_noMapKept : BuurtenMessages.Message_noMap, gemeente), kept);
		} else if (!BuurtRows.covers(buurten, session.get().state())) {
			boolean kept = keptSignalMap().isPresent();
			String shown = session.get().inputs().gemeente().orElse(BuurtenMessages.Message_allGemeenten);
			showMessage(NLS.bind(kept ? BuurtenMessages.Message_otherGemeenteKept : BuurtenMessages.Message_otherGemeente,
					shown, gemeente), kept);
		} else {
			showTable(buurten, session.get());
		}
		section.getParent().layout(true, true);
		getManagedForm().reflow(true);
	}

	private void showMessage(String text, boolean offerKept) {
		section.setDescription(BuurtenMessages.Section_descriptionNoMap);
		message.setText(text);
		setShown(open, offerKept);
		setShown(messageBox, true);
		setShown(table.viewer().getTable(), false);
		setShown(reference, false);
		table.setRows(List.of());
	}

	private void showTable(List<Buurt> buurten, SignalMapSession session) {
		ScoringState state = session.state();
		String gemeenteCode = BuurtRows.gemeenteCodeOf(buurten).orElse(""); //$NON-NLS-1$
		section.setDescription(NLS.bind(BuurtenMessages.Section_description, gemeenteLabel(buurten),
				NLS.bind(BuurtenMessages.Year, Integer.toString(state.year()))));
		setShown(messageBox, false);
		setShown(table.viewer().getTable(), true);
		table.setRows(BuurtRows.rows(buurten, state));
		BuurtRows.Reference figures = BuurtRows.reference(gemeenteCode, buurten, state);
		reference.setText(NLS.bind(BuurtenMessages.Reference_line, new Object[] { gemeenteLabel(buurten),
				BuurtenTable.decimal(finite(figures.meanKwetsbaarheid()), 2), Integer.toString(figures.scored()),
				BuurtenTable.signed(finite(figures.meanTrend())) }));
		setShown(reference, figures.scored() > 0);
	}

	private static Optional<Double> finite(double value) {
		return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
	}

	private static String gemeenteLabel(List<Buurt> buurten) {
		String code = BuurtRows.gemeenteCodeOf(buurten).orElse(""); //$NON-NLS-1$
		Gemeente gemeente = buurten.isEmpty() || buurten.get(0).getWijk() == null ? null
				: buurten.get(0).getWijk().getGemeente();
		return gemeente == null || gemeente.getName() == null ? code : gemeente.getName() + " (" + code + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Optional<Signaleringskaart> keptSignalMap() {
		return EcoreUtil.getRootContainer(editor.getWijkschets()) instanceof Analyse analyse
				? Optional.ofNullable(analyse.getSignaleringskaart())
				: Optional.empty();
	}

	private static void setShown(Control control, boolean shown) {
		control.setVisible(shown);
		((GridData) control.getLayoutData()).exclude = !shown;
	}
}
