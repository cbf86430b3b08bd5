package nl.veerkracht.wijkschets.ui.analyse;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The dilemmas of a wijkschets as master and detail: the list of titles with Toevoegen and Verwijderen, and the
 * selected dilemma's title and description. Without any dilemma the detail offers one ("het dilemma" of the
 * method): the first thing typed into it adds it to the wijkschets. Every change is a command; the selected
 * dilemma is the editor's selection.
 */
final class DilemmaSection {

	private static final int LIST_WIDTH = 300;
	private static final int DESCRIPTION_HEIGHT = 200;

	private final WijkschetsEditor editor;
	private final Wijkschets wijkschets;
	private final EditingDomain domain;
	private final FormToolkit toolkit;
	private final Composite control;
	private final TableViewer list;
	private final Button remove;
	private final Composite detail;
	private final Font font;
	private Dilemma current;
	private Label emptyHint;
	private boolean updatingList;

	DilemmaSection(Composite parent, FormToolkit toolkit, WijkschetsEditor editor) {
		this.editor = editor;
		this.wijkschets = editor.getWijkschets();
		this.domain = editor.getEditingDomain();
		this.toolkit = toolkit;
		control = toolkit.createComposite(parent);
		control.setLayout(new GridLayout(2, false));
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), control);
		font = resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont()).increaseHeight(3));

		Composite master = toolkit.createComposite(control);
		master.setLayout(new GridLayout(2, true));
		GridData masterData = new GridData(SWT.FILL, SWT.FILL, false, true);
		masterData.widthHint = LIST_WIDTH;
		master.setLayoutData(masterData);
		list = new TableViewer(toolkit.createTable(master, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL));
		list.getTable().setFont(font);
		list.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		WidgetKeys.set(list.getTable(), AnalyseWidgetKeys.DILEMMAS);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String title = ((Dilemma) element).getTitle();
				return title == null || title.isBlank() ? AnalyseMessages.Dilemma_untitled : title;
			}
		});
		Button add = toolkit.createButton(master, AnalyseMessages.Dilemma_add, SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		WidgetKeys.set(add, AnalyseWidgetKeys.DILEMMA_ADD);
		remove = toolkit.createButton(master, AnalyseMessages.Dilemma_remove, SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		WidgetKeys.set(remove, AnalyseWidgetKeys.DILEMMA_REMOVE);

		detail = toolkit.createComposite(control);
		detail.setLayout(new GridLayout(1, false));
		detail.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		list.addSelectionChangedListener(event -> {
			if (!updatingList && event.getStructuredSelection().getFirstElement() instanceof Dilemma dilemma) {
				show(dilemma);
			}
		});
		add.addListener(SWT.Selection, event -> add());
		remove.addListener(SWT.Selection, event -> remove());
		editor.addModelListener(this::modelChanged);
		current = wijkschets.getDilemmas().isEmpty() ? VeerkrachtFactory.eINSTANCE.createDilemma()
				: wijkschets.getDilemmas().get(0);
		refreshList();
		buildDetail();
	}

	Control getControl() {
		return control;
	}

	private void add() {
		editor.commitPendingEdits();
		Dilemma dilemma = isInModel(current) ? VeerkrachtFactory.eINSTANCE.createDilemma() : current;
		domain.getCommandStack().execute(
				AddCommand.create(domain, wijkschets, VeerkrachtPackage.Literals.WIJKSCHETS__DILEMMAS, dilemma));
		show(dilemma);
		focusTitle();
	}

	private void remove() {
		if (!isInModel(current)) {
			return;
		}
		editor.commitPendingEdits();
		Command command = RemoveCommand.create(domain, wijkschets, VeerkrachtPackage.Literals.WIJKSCHETS__DILEMMAS,
				current);
		domain.getCommandStack().execute(command);
	}

	private void modelChanged() {
		if (control.isDisposed()) {
			return;
		}
		if (!isInModel(current)) {
			List<Dilemma> dilemmas = wijkschets.getDilemmas();
			Dilemma next = dilemmas.isEmpty() ? (current.eContainer() == null ? current : VeerkrachtFactory.eINSTANCE.createDilemma())
					: dilemmas.get(0);
			if (next != current) {
				current = next;
				buildDetail();
			}
		}
		if (emptyHint != null && !emptyHint.isDisposed() && isInModel(current)) {
			// the offered dilemma was added by typing into it: keep the fields, drop the hint
			emptyHint.dispose();
			detail.layout(true, true);
		}
		refreshList();
	}

	private void show(Dilemma dilemma) {
		if (dilemma != current) {
			editor.commitPendingEdits();
			current = dilemma;
			buildDetail();
		}
		refreshList();
	}

	private void refreshList() {
		updatingList = true;
		try {
			list.setInput(wijkschets.getDilemmas().toArray());
			list.setSelection(isInModel(current) ? new StructuredSelection(current) : StructuredSelection.EMPTY);
		} finally {
			updatingList = false;
		}
		remove.setEnabled(isInModel(current));
		if (isInModel(current)) {
			IStructuredSelection selection = new StructuredSelection(current);
			editor.setSelection(selection);
		}
	}

	private boolean isInModel(Dilemma dilemma) {
		return dilemma != null && dilemma.eContainer() == wijkschets;
	}

	private void buildDetail() {
		for (Control child : detail.getChildren()) {
			child.dispose();
		}
		Dilemma dilemma = current;
		if (!isInModel(dilemma)) {
			emptyHint = toolkit.createLabel(detail, AnalyseMessages.Dilemma_empty, SWT.WRAP);
			emptyHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			emptyHint.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DIALOG_FONT));
		}
		toolkit.createLabel(detail, AnalyseMessages.Dilemma_titleLabel).setFont(font);
		Text title = toolkit.createText(detail, "", SWT.SINGLE | SWT.BORDER); //$NON-NLS-1$
		title.setFont(font);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		WidgetKeys.set(title, AnalyseWidgetKeys.DILEMMA_TITLE);
		toolkit.createLabel(detail, AnalyseMessages.Dilemma_descriptionLabel).setFont(font);
		WorkshopTextField description = new WorkshopTextField(detail, toolkit, AnalyseWidgetKeys.DILEMMA_DESCRIPTION);
		description.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		((GridData) description.getText().getLayoutData()).heightHint = DESCRIPTION_HEIGHT;
		editor.getBindings().bindText(title, dilemma, VeerkrachtPackage.Literals.DILEMMA__TITLE);
		editor.getBindings().bindText(description.getText(), dilemma, VeerkrachtPackage.Literals.DILEMMA__DESCRIPTION);
		title.addListener(SWT.Modify, event -> addOffered(dilemma, title.getText(), dilemma.getTitle()));
		description.getText().addListener(SWT.Modify,
				event -> addOffered(dilemma, description.getText().getText(), dilemma.getDescription()));
		detail.layout(true, true);
		control.layout(true, true);
		if (control.getParent() != null) {
			control.getParent().layout(true, true);
		}
	}

	/** The offered dilemma joins the wijkschets when the user types into it (not when the model fills it in). */
	private void addOffered(Dilemma dilemma, String typed, String stored) {
		if (dilemma.eContainer() == null && !typed.equals(stored == null ? "" : stored)) { //$NON-NLS-1$
			domain.getCommandStack().execute(
					AddCommand.create(domain, wijkschets, VeerkrachtPackage.Literals.WIJKSCHETS__DILEMMAS, dilemma));
		}
	}

	private void focusTitle() {
		for (Control child : detail.getChildren()) {
			if (child instanceof Text text) {
				text.setFocus();
				return;
			}
		}
	}
}
