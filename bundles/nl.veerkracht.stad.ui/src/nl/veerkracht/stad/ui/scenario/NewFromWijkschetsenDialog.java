package nl.veerkracht.stad.ui.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Wijkschets;

/**
 * Asks for the name of a new scenario and the wijkschetsen whose mixes it takes (all of them at first).
 */
final class NewFromWijkschetsenDialog extends TitleAreaDialog {

	private final List<Wijkschets> offered;
	private final String initialName;
	private final Function<String, String> nameProblem;
	private Text nameField;
	private Table list;
	private String name;
	private final List<Wijkschets> chosen = new ArrayList<>();

	/**
	 * @param parent       the parent shell
	 * @param offered      the wijkschetsen of the analysis
	 * @param initialName  the proposed name
	 * @param nameProblem  why a name cannot be used, or {@code null} when it can
	 */
	NewFromWijkschetsenDialog(Shell parent, List<Wijkschets> offered, String initialName, Function<String, String> nameProblem) {
		super(parent);
		this.offered = List.copyOf(offered);
		this.initialName = initialName;
		this.nameProblem = nameProblem;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(ScenarioMessages.Dialog_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(ScenarioMessages.Dialog_title);
		setMessage(ScenarioMessages.Dialog_message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(ScenarioMessages.Dialog_name);
		nameField = new Text(body, SWT.BORDER | SWT.SINGLE);
		WidgetKeys.set(nameField, ScenarioWidgetKeys.DIALOG_NAME);
		nameField.setText(initialName);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(nameField);
		Label listLabel = new Label(body, SWT.NONE);
		listLabel.setText(ScenarioMessages.Dialog_wijkschetsen);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(listLabel);
		list = new Table(body, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
		WidgetKeys.set(list, ScenarioWidgetKeys.DIALOG_WIJKSCHETSEN);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(360, 140).applyTo(list);
		for (Wijkschets schets : offered) {
			TableItem item = new TableItem(list, SWT.NONE);
			item.setText(label(schets));
			item.setData(schets);
			item.setChecked(true);
		}
		nameField.addListener(SWT.Modify, event -> validate());
		list.addListener(SWT.Selection, event -> validate());
		nameField.selectAll();
		nameField.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private static String label(Wijkschets schets) {
		String name = schets.getName() != null && !schets.getName().isBlank() ? schets.getName()
				: schets.getGebied() != null && schets.getGebied().getName() != null ? schets.getGebied().getName() : "?"; //$NON-NLS-1$
		return schets.getGebied() == null ? name + " \u2014 " + ScenarioMessages.Dialog_noArea : name; //$NON-NLS-1$
	}

	private void validate() {
		if (nameField == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = nameProblem.apply(nameField.getText());
		if (problem == null && checked().stream().noneMatch(schets -> schets.getGebied() != null)) {
			problem = ScenarioMessages.Dialog_noneChosen;
		}
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	private List<Wijkschets> checked() {
		List<Wijkschets> result = new ArrayList<>();
		for (TableItem item : list.getItems()) {
			if (item.getChecked()) {
				result.add((Wijkschets) item.getData());
			}
		}
		return result;
	}

	@Override
	protected void okPressed() {
		name = nameField.getText().strip();
		chosen.clear();
		chosen.addAll(checked());
		super.okPressed();
	}

	/** @return the name entered, after OK */
	String name() {
		return name;
	}

	/** @return the wijkschetsen chosen, after OK */
	List<Wijkschets> wijkschetsen() {
		return List.copyOf(chosen);
	}
}
