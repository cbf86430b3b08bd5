package nl.veerkracht.wijkschets.ui.editor;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.menus.IMenuService;

import nl.veerkracht.model.Wijkschets;

/**
 * The header every page of the wijkschets editor shares: the wijkschets's name and the page's title,
 * the validation problems of the wijkschets (the ones the Problems view lists for the analysis file, live
 * while editing), and the tool bar {@value #TOOLBAR_URI} to which commands such as the poster export and
 * the presentation mode contribute.
 */
public final class EditorPageHeader {

	/** Menu URI of the tool bar in the header of every page. */
	public static final String TOOLBAR_URI = "toolbar:nl.veerkracht.wijkschets.ui.editor.header"; //$NON-NLS-1$

	private EditorPageHeader() {
	}

	/**
	 * Decorates a page's form.
	 *
	 * @param managedForm the page's form
	 * @param editor      the editor
	 * @param pageTitle   the title of the page
	 */
	public static void install(IManagedForm managedForm, WijkschetsEditor editor, String pageTitle) {
		ScrolledForm form = managedForm.getForm();
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		IToolBarManager toolBar = form.getToolBarManager();
		IMenuService menus = editor.getSite().getService(IMenuService.class);
		menus.populateContributionManager((org.eclipse.jface.action.ContributionManager) toolBar, TOOLBAR_URI);
		toolBar.update(true);
		form.addDisposeListener(e -> menus.releaseContributions((org.eclipse.jface.action.ContributionManager) toolBar));
		Runnable refresh = () -> {
			if (!form.isDisposed()) {
				form.setText(title(editor.getWijkschets(), pageTitle));
				showProblems(form, editor.problems());
			}
		};
		refresh.run();
		editor.addModelListener(refresh);
	}

	private static String title(Wijkschets wijkschets, String pageTitle) {
		String name = wijkschets.getName() == null || wijkschets.getName().isBlank() ? EditorMessages.Editor_unnamed
				: wijkschets.getName();
		return NLS.bind(EditorMessages.Header_title, name, pageTitle);
	}

	private static void showProblems(ScrolledForm form, List<Diagnostic> problems) {
		if (problems.isEmpty()) {
			form.setMessage(null, IMessageProvider.NONE);
			return;
		}
		String first = problems.get(0).getMessage();
		String text = problems.size() == 1 ? first : NLS.bind(EditorMessages.Header_problems, problems.size(), first);
		boolean error = problems.stream().anyMatch(problem -> problem.getSeverity() == Diagnostic.ERROR);
		form.setMessage(text, error ? IMessageProvider.ERROR : IMessageProvider.WARNING);
	}
}
