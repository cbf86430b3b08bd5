package nl.veerkracht.wijkschets.ui.overzicht;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The three status ratings of the wijkschets (fysieke kwaliteit, sociale leefbaarheid, sociale
 * infrastructuur): for each a choice of the Beoordeling words, with "(nog niet beoordeeld)" to unset it,
 * and a note. Every choice is one command; the widgets follow undo and redo. Use on the UI thread.
 */
final class StatusRatings {

	private final WijkschetsEditor editor;
	private final Wijkschets wijkschets;
	private final Map<StatusAspect, Combo> combos = new EnumMap<>(StatusAspect.class);
	private final Map<StatusAspect, Text> notes = new EnumMap<>(StatusAspect.class);
	private final Map<StatusAspect, StatusBeoordeling> bound = new EnumMap<>(StatusAspect.class);

	StatusRatings(Composite parent, FormToolkit toolkit, WijkschetsEditor editor) {
		this.editor = editor;
		this.wijkschets = editor.getWijkschets();
		Composite grid = toolkit.createComposite(parent);
		grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.horizontalSpacing = 10;
		grid.setLayout(layout);
		for (StatusAspect aspect : StatusAspect.VALUES) {
			Label label = toolkit.createLabel(grid, aspectLabel(aspect));
			label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
			Combo combo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
			toolkit.adapt(combo, true, false);
			combo.add(OverzichtMessages.Status_notRated);
			for (Beoordeling rating : Beoordeling.VALUES) {
				combo.add(rating.getLiteral());
			}
			combo.setVisibleItemCount(combo.getItemCount());
			combo.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
			combo.addListener(SWT.Selection, e -> ratingChosen(aspect, combo.getSelectionIndex()));
			WidgetKeys.set(combo, OverzichtWidgetKeys.rating(aspect));
			combos.put(aspect, combo);
			Text note = toolkit.createText(grid, "", SWT.BORDER); //$NON-NLS-1$
			note.setMessage(OverzichtMessages.Status_notePrompt);
			// the note on its own line under the rating, as wide as the section
			GridData noteData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
			noteData.widthHint = 200;
			note.setLayoutData(noteData);
			WidgetKeys.set(note, OverzichtWidgetKeys.note(aspect));
			notes.put(aspect, note);
		}
		toolkit.paintBordersFor(grid);
		editor.addModelListener(this::refresh);
		refresh();
	}

	/**
	 * @param aspect an aspect
	 * @return its name with a capital, as the page shows it
	 */
	static String aspectLabel(StatusAspect aspect) {
		String literal = aspect.getLiteral();
		return Character.toUpperCase(literal.charAt(0)) + literal.substring(1);
	}

	private StatusBeoordeling beoordeling(StatusAspect aspect) {
		for (StatusBeoordeling beoordeling : wijkschets.getStatusBeoordelingen()) {
			if (beoordeling.getAspect() == aspect) {
				return beoordeling;
			}
		}
		return null;
	}

	private void ratingChosen(StatusAspect aspect, int index) {
		EditingDomain domain = editor.getEditingDomain();
		Beoordeling rating = index <= 0 ? null : Beoordeling.VALUES.get(index - 1);
		StatusBeoordeling beoordeling = beoordeling(aspect);
		if (beoordeling == null) {
			if (rating == null) {
				return;
			}
			// a wijkschets made before the aspects were present from the start: add this one, rated
			StatusBeoordeling created = VeerkrachtFactory.eINSTANCE.createStatusBeoordeling();
			created.setAspect(aspect);
			created.setRating(rating);
			domain.getCommandStack().execute(
					AddCommand.create(domain, wijkschets, Literals.WIJKSCHETS__STATUS_BEOORDELINGEN, created));
		} else if (rating == null && beoordeling.isSetRating()) {
			domain.getCommandStack().execute(
					SetCommand.create(domain, beoordeling, Literals.STATUS_BEOORDELING__RATING, SetCommand.UNSET_VALUE));
		} else if (rating != null && (!beoordeling.isSetRating() || beoordeling.getRating() != rating)) {
			domain.getCommandStack().execute(
					SetCommand.create(domain, beoordeling, Literals.STATUS_BEOORDELING__RATING, rating));
		}
	}

	private void refresh() {
		for (StatusAspect aspect : StatusAspect.VALUES) {
			Combo combo = combos.get(aspect);
			if (combo.isDisposed()) {
				return;
			}
			StatusBeoordeling beoordeling = beoordeling(aspect);
			int index = beoordeling == null || !beoordeling.isSetRating() ? 0
					: Beoordeling.VALUES.indexOf(beoordeling.getRating()) + 1;
			if (combo.getSelectionIndex() != index) {
				combo.select(index);
			}
			Text note = notes.get(aspect);
			if (beoordeling != null && bound.get(aspect) != beoordeling) {
				bound.put(aspect, beoordeling);
				editor.getBindings().bindText(note, beoordeling, Literals.STATUS_BEOORDELING__NOTE);
			}
			note.setEnabled(beoordeling != null);
			note.setToolTipText(beoordeling == null ? OverzichtMessages.Status_rateFirst : null);
		}
	}
}
