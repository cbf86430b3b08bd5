package nl.veerkracht.wijkschets.ui.perspectieven;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The refinement of one perspective per buurt, where the workshop chose one: a buurt of the wijk with its own
 * intensity (with the workshop's words) and a note. A buurt is added from the buurten of the wijkschets's wijk
 * not yet refined; its intensity and note are edited in the table; Verwijderen removes it. Every edit is one
 * command; the selected refinement is the editor's selection.
 */
final class RefinementsTable {

	private static final List<Integer> INTENSITIES = IntStream.rangeClosed(Intensiteit.MIN, Intensiteit.MAX).boxed().toList();

	private final WijkschetsEditor editor;
	private final PerspectiefEdits edits;
	private final EditableTable table;
	private final Label heading;
	private final Combo buurt;
	private final Combo intensity;
	private final Button add;
	private final Button remove;
	private List<Buurt> offered = List.of();
	private Handelingsperspectief perspective = Handelingsperspectief.SOCIALE_AANPAK;

	RefinementsTable(Composite parent, FormToolkit toolkit, WijkschetsEditor editor, PerspectiefEdits edits) {
		this.editor = editor;
		this.edits = edits;
		Composite area = toolkit.createComposite(parent);
		area.setLayout(new GridLayout(1, false));
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite top = toolkit.createComposite(area);
		GridLayout topLayout = new GridLayout(2, false);
		topLayout.marginWidth = 0;
		topLayout.marginHeight = 0;
		top.setLayout(topLayout);
		top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		heading = HandelingsperspectievenPage.heading(toolkit, top, PerspectievenMessages.Refinements_title);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		remove = WidgetKeys.set(toolkit.createButton(top, PerspectievenMessages.Refinements_remove, SWT.PUSH),
				PerspectievenWidgetKeys.REFINEMENT_REMOVE);

		Composite adding = toolkit.createComposite(area);
		GridLayout addingLayout = new GridLayout(4, false);
		addingLayout.marginWidth = 0;
		addingLayout.marginHeight = 0;
		adding.setLayout(addingLayout);
		adding.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toolkit.createLabel(adding, PerspectievenMessages.Refinements_new);
		buurt = WidgetKeys.set(new Combo(adding, SWT.READ_ONLY | SWT.DROP_DOWN), PerspectievenWidgetKeys.REFINEMENT_BUURT);
		GridData buurtData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		buurtData.widthHint = 150;
		buurt.setLayoutData(buurtData);
		intensity = WidgetKeys.set(new Combo(adding, SWT.READ_ONLY | SWT.DROP_DOWN), PerspectievenWidgetKeys.REFINEMENT_INTENSITY);
		intensity.setItems(INTENSITIES.stream().map(RefinementsTable::intensityLabel).toArray(String[]::new));
		intensity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		add = WidgetKeys.set(toolkit.createButton(adding, PerspectievenMessages.Refinements_add, SWT.PUSH),
				PerspectievenWidgetKeys.REFINEMENT_ADD);
		toolkit.adapt(buurt);
		toolkit.adapt(intensity);

		table = new EditableTable(area, toolkit, PerspectievenWidgetKeys.REFINEMENTS, 4);
		var viewer = table.viewer();
		table.column(PerspectievenMessages.Refinements_buurt, 40,
				row -> buurtText((BuurtVerfijning) row), null);
		table.column(PerspectievenMessages.Refinements_intensity, 25, row -> intensityLabel(((BuurtVerfijning) row).getIntensity()),
				CellEditing.<BuurtVerfijning, Integer> choice(viewer, PerspectievenWidgetKeys.REFINEMENT_CHOICE_EDITOR,
						INTENSITIES.stream().map(RefinementsTable::intensityLabel).toList(), INTENSITIES,
						BuurtVerfijning::getIntensity,
						(verfijning, value) -> edits.set(verfijning, Literals.BUURT_VERFIJNING__INTENSITY, value)));
		table.column(PerspectievenMessages.Refinements_note, 35, row -> ((BuurtVerfijning) row).getNote(),
				CellEditing.<BuurtVerfijning> text(viewer, PerspectievenWidgetKeys.REFINEMENT_TEXT_EDITOR, BuurtVerfijning::getNote,
						(verfijning, value) -> edits.set(verfijning, Literals.BUURT_VERFIJNING__NOTE, value)));

		viewer.addSelectionChangedListener(event -> {
			updateButtons();
			if (!event.getSelection().isEmpty()) {
				editor.setSelection(event.getSelection());
			}
		});
		buurt.addListener(SWT.Selection, event -> updateButtons());
		add.addListener(SWT.Selection, event -> addRefinement());
		remove.addListener(SWT.Selection, event -> {
			if (table.selected() instanceof BuurtVerfijning verfijning) {
				table.commitPendingEdits();
				edits.remove(verfijning);
			}
		});
	}

	/**
	 * Shows the refinements of a perspective.
	 *
	 * @param shown the perspective
	 */
	void show(Handelingsperspectief shown) {
		if (shown != perspective) {
			table.commitPendingEdits();
			perspective = shown;
			table.viewer().setSelection(StructuredSelection.EMPTY);
		}
		refresh();
	}

	/** Shows the refinements and the buurten still to refine as the model has them now. */
	void refresh() {
		PerspectiefInzet inzet = PerspectiefEdits.inzet(editor.getWijkschets(), perspective);
		List<BuurtVerfijning> refinements = inzet == null ? List.of() : List.copyOf(inzet.getBuurtVerfijningen());
		table.show(refinements.toArray());
		heading.setText(refinements.isEmpty() ? PerspectievenMessages.Refinements_title
				: PerspectievenMessages.Refinements_title + " (" + MixSummary.refinements(refinements.size()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		Set<Buurt> refined = new HashSet<>();
		refinements.forEach(verfijning -> refined.add(verfijning.getBuurt()));
		Buurt chosen = chosenBuurt();
		offered = GebiedBuurten.of(editor.getWijkschets().getGebied()).stream().filter(each -> !refined.contains(each))
				.sorted(Comparator.comparing(GebiedBuurten::label)).toList();
		buurt.setItems(offered.stream().map(GebiedBuurten::label).toArray(String[]::new));
		if (chosen != null && offered.contains(chosen)) {
			buurt.select(offered.indexOf(chosen));
		}
		buurt.setEnabled(!offered.isEmpty());
		if (offered.isEmpty()) {
			buurt.setItems(PerspectievenMessages.Refinements_allRefined);
			buurt.select(0);
		}
		if (intensity.getSelectionIndex() < 0 || chosen == null) {
			intensity.select(INTENSITIES.indexOf(Math.max(Intensiteit.MIN,
					Math.min(Intensiteit.MAX, inzet == null ? Intensiteit.MIN : inzet.getIntensity()))));
		}
		heading.getParent().layout(true);
		updateButtons();
	}

	/** Turns a value still being typed in a cell into a command. */
	void commitPendingEdits() {
		table.commitPendingEdits();
	}

	private Buurt chosenBuurt() {
		int index = buurt.getSelectionIndex();
		return buurt.isEnabled() && index >= 0 && index < offered.size() ? offered.get(index) : null;
	}

	private void addRefinement() {
		Buurt chosen = chosenBuurt();
		if (chosen == null) {
			return;
		}
		table.commitPendingEdits();
		BuurtVerfijning verfijning = edits.addRefinement(perspective, chosen, INTENSITIES.get(Math.max(0, intensity.getSelectionIndex())));
		buurt.deselectAll();
		refresh();
		table.viewer().setSelection(new StructuredSelection(verfijning), true);
	}

	private void updateButtons() {
		add.setEnabled(chosenBuurt() != null);
		remove.setEnabled(table.selected() != null);
	}

	private String buurtText(BuurtVerfijning verfijning) {
		Buurt refined = verfijning.getBuurt();
		if (refined == null) {
			return PerspectievenMessages.Refinements_noBuurt;
		}
		boolean inGebied = GebiedBuurten.of(editor.getWijkschets().getGebied()).contains(refined);
		return inGebied ? GebiedBuurten.label(refined) : NLS.bind(PerspectievenMessages.Refinements_outside, GebiedBuurten.label(refined));
	}

	/**
	 * @param value an intensity
	 * @return e.g. "3 – fors"
	 */
	static String intensityLabel(int value) {
		return value + " \u2013 " + Intensiteit.woord(value); //$NON-NLS-1$
	}
}
