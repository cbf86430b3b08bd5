package nl.veerkracht.wijkschets.ui.matrix;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.method.Perspectieven;
import nl.veerkracht.wijkschets.ui.internal.MatrixMessages;

/**
 * One quadrant of the {@link PerspectiveMatrix}: the perspective's name and description, its intensity, rationale
 * and measures, on a fill that follows the intensity. It shows a {@link PerspectiefInzet} (or none yet) and hands
 * every user edit to a {@link MatrixEdits}.
 */
final class QuadrantPanel extends Composite {

	private final Handelingsperspectief perspective;
	private final Supplier<MatrixEdits> edits;
	private final Label title;
	private final IntensityControl intensity;
	private final Text rationale;
	private final org.eclipse.swt.widgets.List measures;
	private final Text newMeasure;
	private final Button add;
	private final Button remove;
	private List<Maatregel> shownMeasures = List.of();
	private boolean rationaleEdited;
	private String shownRationale = ""; //$NON-NLS-1$
	private Color fill;

	QuadrantPanel(Composite parent, Handelingsperspectief perspective, Supplier<MatrixEdits> edits) {
		super(parent, SWT.BORDER);
		this.perspective = perspective;
		this.edits = edits;
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 8;
		layout.marginHeight = 8;
		setLayout(layout);

		title = new Label(this, SWT.WRAP);
		title.setText(name(perspective));
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Label description = new Label(this, SWT.WRAP);
		description.setText(description(perspective));
		description.setLayoutData(wrapping(2));

		label(MatrixMessages.Matrix_intensity);
		intensity = WidgetKeys.set(new IntensityControl(this, MatrixColours.hue(Perspectieven.strategie(perspective))),
				MatrixWidgetKeys.intensity(perspective));
		intensity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		intensity.addListener(SWT.Selection, event -> edit(e -> e.setIntensity(perspective, intensity.getIntensity())));

		Label rationaleLabel = label(MatrixMessages.Matrix_rationale);
		rationaleLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		rationale = WidgetKeys.set(new Text(this, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
				MatrixWidgetKeys.rationale(perspective));
		GridData rationaleData = new GridData(SWT.FILL, SWT.FILL, true, true);
		rationaleData.widthHint = 200;
		rationale.setLayoutData(rationaleData);
		rationale.addListener(SWT.Modify, event -> rationaleEdited = true);
		rationale.addListener(SWT.FocusOut, event -> commitRationale());
		rationale.addListener(SWT.Traverse, event -> {
			// Tab leaves the text instead of typing a tab, as in a form
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});

		Label measuresLabel = label(MatrixMessages.Matrix_measures);
		measuresLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Composite measuresArea = new Composite(this, SWT.NONE);
		GridLayout measuresLayout = new GridLayout(3, false);
		measuresLayout.marginWidth = 0;
		measuresLayout.marginHeight = 0;
		measuresArea.setLayout(measuresLayout);
		measuresArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		measures = WidgetKeys.set(new org.eclipse.swt.widgets.List(measuresArea, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER),
				MatrixWidgetKeys.measures(perspective));
		measures.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		measures.addListener(SWT.Selection, event -> updateButtons());
		measures.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				removeSelected();
			}
		});
		newMeasure = WidgetKeys.set(new Text(measuresArea, SWT.SINGLE | SWT.BORDER), MatrixWidgetKeys.newMeasure(perspective));
		newMeasure.setMessage(MatrixMessages.Matrix_newMeasureHint);
		GridData newMeasureData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		// a small preferred width, so that a narrow quadrant shrinks the field rather than the buttons
		newMeasureData.widthHint = 100;
		newMeasure.setLayoutData(newMeasureData);
		newMeasure.addListener(SWT.Modify, event -> updateButtons());
		newMeasure.addListener(SWT.DefaultSelection, event -> addMeasure());
		add = WidgetKeys.set(new Button(measuresArea, SWT.PUSH), MatrixWidgetKeys.addMeasure(perspective));
		add.setText(MatrixMessages.Matrix_addMeasure);
		add.addListener(SWT.Selection, event -> addMeasure());
		remove = WidgetKeys.set(new Button(measuresArea, SWT.PUSH), MatrixWidgetKeys.removeMeasure(perspective));
		remove.setText(MatrixMessages.Matrix_removeMeasure);
		remove.addListener(SWT.Selection, event -> removeSelected());
		addListener(SWT.Dispose, event -> {
			if (fill != null) {
				fill.dispose();
			}
		});
		show(null);
	}

	/** @return the perspective this quadrant shows */
	Handelingsperspectief perspective() {
		return perspective;
	}

	/** @return the title label, drawn larger and bold by the matrix */
	Label title() {
		return title;
	}

	/**
	 * Shows the perspective's inzet, or an empty quadrant at intensity 0 when there is none.
	 *
	 * @param inzet the inzet, or {@code null}
	 */
	void show(PerspectiefInzet inzet) {
		int value = inzet == null ? 0 : inzet.getIntensity();
		intensity.setIntensity(value);
		intensity.setToolTipText(intensity.label());
		String text = inzet == null || inzet.getRationale() == null ? "" : inzet.getRationale(); //$NON-NLS-1$
		// a rationale still being typed stays unless the model's rationale itself changed (e.g. by undo)
		if (!rationaleEdited || !text.equals(shownRationale)) {
			if (!text.equals(rationale.getText())) {
				rationale.setText(text);
			}
			rationaleEdited = false;
		}
		shownRationale = text;
		shownMeasures = inzet == null ? List.of() : List.copyOf(inzet.getMaatregelen());
		int selected = measures.getSelectionIndex();
		measures.setItems(shownMeasures.stream().map(QuadrantPanel::measureText).toArray(String[]::new));
		if (selected >= 0 && selected < shownMeasures.size()) {
			measures.select(selected);
		}
		paintFill(value);
		updateButtons();
	}

	/** Hands an edited rationale to the model, if the user changed it since it was last shown or committed. */
	void commitRationale() {
		if (rationaleEdited && !rationale.isDisposed()) {
			rationaleEdited = false;
			String text = rationale.getText();
			edit(e -> e.setRationale(perspective, text));
		}
	}

	private void addMeasure() {
		String description = newMeasure.getText().strip();
		if (!description.isEmpty()) {
			newMeasure.setText(""); //$NON-NLS-1$
			edit(e -> e.addMeasure(perspective, description));
			// ready for the next measure, also after a click on the Add button
			newMeasure.setFocus();
		}
	}

	private void removeSelected() {
		int index = measures.getSelectionIndex();
		if (index >= 0 && index < shownMeasures.size()) {
			Maatregel measure = shownMeasures.get(index);
			edit(e -> e.removeMeasure(perspective, measure));
		}
	}

	/** Hands an edit to the bound model; without one, the quadrant goes back to empty. */
	private void edit(Consumer<MatrixEdits> edit) {
		MatrixEdits bound = edits.get();
		if (bound == null) {
			show(null);
		} else {
			edit.accept(bound);
		}
	}

	private void updateButtons() {
		add.setEnabled(!newMeasure.getText().isBlank());
		remove.setEnabled(measures.getSelectionIndex() >= 0);
	}

	private void paintFill(int value) {
		Color previous = fill;
		fill = new Color(MatrixColours.fill(Perspectieven.strategie(perspective), value));
		setBackground(fill);
		for (Control child : getChildren()) {
			paintLabels(child);
		}
		if (previous != null) {
			previous.dispose();
		}
	}

	private void paintLabels(Control control) {
		if (control instanceof Label || control instanceof Button || control instanceof IntensityControl) {
			control.setBackground(fill);
		} else if (control instanceof Composite composite) {
			composite.setBackground(fill);
			for (Control child : composite.getChildren()) {
				paintLabels(child);
			}
		}
	}

	private Label label(String text) {
		Label label = new Label(this, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static GridData wrapping(int span) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 200;
		return data;
	}

	private static String measureText(Maatregel measure) {
		return measure.getDescription() == null ? "" : measure.getDescription(); //$NON-NLS-1$
	}

	/**
	 * @param perspective a perspective
	 * @return its name as the workshop uses it
	 */
	static String name(Handelingsperspectief perspective) {
		return switch (perspective) {
		case SOCIALE_AANPAK -> MatrixMessages.Matrix_socialeAanpak;
		case LEEFOMGEVING -> MatrixMessages.Matrix_leefomgeving;
		case WONINGPROGRAMMA -> MatrixMessages.Matrix_woningprogramma;
		case HERPOSITIONERING -> MatrixMessages.Matrix_herpositionering;
		};
	}

	private static String description(Handelingsperspectief perspective) {
		return switch (perspective) {
		case SOCIALE_AANPAK -> MatrixMessages.Matrix_socialeAanpakDescription;
		case LEEFOMGEVING -> MatrixMessages.Matrix_leefomgevingDescription;
		case WONINGPROGRAMMA -> MatrixMessages.Matrix_woningprogrammaDescription;
		case HERPOSITIONERING -> MatrixMessages.Matrix_herpositioneringDescription;
		};
	}
}
