package nl.veerkracht.wijkschets.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.persistence.ModelFileException;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.wijkschets.ui.analyse.AnalysePage;
import nl.veerkracht.wijkschets.ui.buurten.BuurtenPage;
import nl.veerkracht.wijkschets.ui.overzicht.OverzichtPage;
import nl.veerkracht.wijkschets.ui.perspectieven.HandelingsperspectievenPage;
import nl.veerkracht.wijkschets.ui.poster.PosterPage;

/**
 * The form editor of one wijkschets: its pages (Overzicht, Analyse, Handelingsperspectieven, Buurten) edit
 * the model through the editing domain of the analysis, so Edit &gt; Undo and Redo reach every change, the
 * tab shows the dirty marker, and the Properties view and the Problems view follow.
 * <p>
 * The editor holds the {@link AnalyseSession} of its analysis file: while it is open, changes wait for
 * Save (or Save As, which writes the analysis to a new file and goes on there). Closed without saving,
 * the analysis is read again from its file, so nothing unsaved reaches the disk; the file is never
 * changed without Save.
 */
public final class WijkschetsEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker {

	private AnalyseSession session;
	private Wijkschets wijkschets;
	private EditorBindings bindings;
	private final EditorSelection selection = new EditorSelection();
	private final List<PendingEdits> pendingEdits = new ArrayList<>();
	private final List<Runnable> modelListeners = new ArrayList<>();
	private boolean handedOver;
	private List<Diagnostic> problems;
	private final Runnable sessionChanged = () -> {
		Display display = Display.getDefault();
		if (Display.getCurrent() == display) {
			modelChanged();
		} else {
			display.asyncExec(this::modelChanged);
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof WijkschetsEditorInput schetsInput)) {
			throw new PartInitException(NLS.bind(EditorMessages.Editor_wrongInput, input.getName()));
		}
		IFile file = schetsInput.file();
		session = AnalyseSessions.of(file).orElseThrow(() -> new PartInitException(
				AnalyseSessions.problem(file).orElse(NLS.bind(EditorMessages.Editor_cannotLoad, file.getFullPath()))));
		EObject object = session.getAnalyse().eResource().getEObject(schetsInput.fragment());
		if (!(object instanceof Wijkschets found)) {
			throw new PartInitException(NLS.bind(EditorMessages.Editor_noWijkschets, schetsInput.name(), file.getFullPath()));
		}
		wijkschets = found;
		super.init(site, input);
		session.hold(this);
		session.addChangeListener(sessionChanged);
		site.setSelectionProvider(selection);
		selection.setSelection(new StructuredSelection(wijkschets));
		updateTitle();
	}

	@Override
	protected void addPages() {
		bindings = new EditorBindings(getEditingDomain(), getContainer());
		WidgetKeys.set(getContainer(), EditorWidgetKeys.PAGES);
		try {
			addWijkschetsPages();
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
		}
	}

	private void addWijkschetsPages() throws PartInitException {
		// pages in the order of the method's wijkschets: Overzicht, Analyse, Handelingsperspectieven, Buurten
		addPage(new OverzichtPage(this));
		addPage(new AnalysePage(this));
		addPage(new HandelingsperspectievenPage(this));
		addPage(new BuurtenPage(this));
		addPage(new PosterPage(this));
	}

	/** @return the wijkschets being edited */
	public Wijkschets getWijkschets() {
		return wijkschets;
	}

	/** @return the session of the analysis the wijkschets belongs to */
	public AnalyseSession getSession() {
		return session;
	}

	/** @return the analysis file */
	public IFile getFile() {
		return session.getFile();
	}

	@Override
	public AdapterFactoryEditingDomain getEditingDomain() {
		return session.getDomain();
	}

	/** @return the data bindings of the editor's pages (created with the pages) */
	public EditorBindings getBindings() {
		return bindings;
	}

	/**
	 * Registers a part that may hold uncommitted typing; the bindings are asked always.
	 *
	 * @param part the part
	 */
	public void addPendingEdits(PendingEdits part) {
		pendingEdits.add(part);
	}

	/**
	 * Registers a listener called on the UI thread after every change of the analysis (a command, undo,
	 * redo, save), for parts that show derived things (validation, the mix summary, the map).
	 *
	 * @param listener the listener
	 */
	public void addModelListener(Runnable listener) {
		modelListeners.add(listener);
	}

	/** Turns all typing that is still waiting into commands. */
	public void commitPendingEdits() {
		if (bindings != null) {
			bindings.commitPendingEdits();
		}
		pendingEdits.forEach(PendingEdits::commitPendingEdits);
	}

	/**
	 * Sets what the workbench sees as selected in the editor (the Properties view shows it); an empty
	 * selection means the wijkschets.
	 *
	 * @param newSelection what a page selected
	 */
	public void setSelection(ISelection newSelection) {
		selection.setSelection(newSelection == null || newSelection.isEmpty() ? new StructuredSelection(wijkschets) : newSelection);
	}

	/** @return the validation problems of the wijkschets and everything in it, as the Problems view has them */
	public List<Diagnostic> problems() {
		if (problems == null) {
			// once per change, however many page headers ask
			problems = Diagnostician.INSTANCE.validate(wijkschets).getChildren();
		}
		return problems;
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		commitPendingEdits();
		try {
			session.save();
		} catch (ModelFileException e) {
			MessageDialog.openError(getSite().getShell(), EditorMessages.Editor_saveFailedTitle, e.getMessage());
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		commitPendingEdits();
		SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
		dialog.setOriginalFile(getFile());
		dialog.setTitle(EditorMessages.Editor_saveAsTitle);
		if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
			return;
		}
		IFile target = getFile().getWorkspace().getRoot().getFile(withExtension(dialog.getResult()));
		if (target.equals(getFile())) {
			doSave(new NullProgressMonitor());
			return;
		}
		saveAs(target);
	}

	/**
	 * Writes the analysis with its unsaved changes to another file and goes on editing the wijkschets
	 * there; the original file keeps what was last saved in it.
	 *
	 * @param target the new analysis file (replaced if it exists)
	 * @return the editor on the new file, if it could be opened
	 */
	public Optional<WijkschetsEditor> saveAs(IFile target) {
		commitPendingEdits();
		String fragment = wijkschets.eResource().getURIFragment(wijkschets);
		try {
			session.saveCopy(target);
		} catch (ModelFileException e) {
			MessageDialog.openError(getSite().getShell(), EditorMessages.Editor_saveFailedTitle, e.getMessage());
			return Optional.empty();
		}
		AnalyseSessions.discard(target);
		IWorkbenchPage page = getSite().getPage();
		handedOver = true;
		IFile original = getFile();
		session.release(this);
		if (session.holders().isEmpty()) {
			AnalyseSessions.discard(original);
		}
		page.closeEditor(this, false);
		try {
			return Optional.of((WijkschetsEditor) page.openEditor(
					new WijkschetsEditorInput(target, fragment, wijkschets.getName()), EditorWidgetKeys.EDITOR_ID));
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), EditorMessages.Editor_saveFailedTitle, e.getMessage());
			return Optional.empty();
		}
	}

	private static org.eclipse.core.runtime.IPath withExtension(org.eclipse.core.runtime.IPath path) {
		return "veerkracht".equals(path.getFileExtension()) ? path : path.addFileExtension("veerkracht"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String fragment = marker.getAttribute(AnalyseSession.MARKER_OBJECT, null);
		EObject object = fragment == null ? null : wijkschets.eResource().getEObject(fragment);
		if (object != null) {
			setSelection(new StructuredSelection(object));
		}
	}

	private void modelChanged() {
		if (wijkschets.eResource() == null) {
			// the wijkschets was deleted from the analysis (Project Explorer): nothing left to edit
			getSite().getPage().closeEditor(this, false);
			return;
		}
		problems = null;
		updateTitle();
		firePropertyChange(PROP_DIRTY);
		modelListeners.forEach(Runnable::run);
	}

	private void updateTitle() {
		String name = wijkschets.getName() == null || wijkschets.getName().isBlank() ? EditorMessages.Editor_unnamed
				: wijkschets.getName();
		setPartName(name);
		setTitleToolTip(getFile().getFullPath() + " \u2013 " + name); //$NON-NLS-1$
	}

	@Override
	public void dispose() {
		if (bindings != null) {
			bindings.dispose();
		}
		if (session != null && !handedOver) {
			session.removeChangeListener(sessionChanged);
			session.release(this);
			if (session.isDirty() && session.holders().isEmpty()) {
				// closed without saving: read the file again, so that the unsaved changes are gone everywhere
				AnalyseSessions.discard(getFile());
			}
		} else if (session != null) {
			session.removeChangeListener(sessionChanged);
		}
		super.dispose();
	}
}
