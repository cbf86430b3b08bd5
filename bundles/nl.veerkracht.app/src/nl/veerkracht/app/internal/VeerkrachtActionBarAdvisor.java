package nl.veerkracht.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The main menu: File (New, Save, contributions, Import, Export, Exit), Edit (Undo, Redo), Window and Help
 * (About). Commands of other
 * bundles are contributed through {@code org.eclipse.ui.menus} into the groups created here.
 */
final class VeerkrachtActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quit;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction exportWizards;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IContributionItem undo;
	private IContributionItem redo;
	private IContributionItem newWizards;
	private IWorkbenchAction about;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;

	VeerkrachtActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = register(ActionFactory.QUIT.create(window));
		importWizards = register(ActionFactory.IMPORT.create(window));
		exportWizards = register(ActionFactory.EXPORT.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		undo = command(window, IWorkbenchCommandConstants.EDIT_UNDO);
		redo = command(window, IWorkbenchCommandConstants.EDIT_REDO);
		newWizards = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
		about = register(ActionFactory.ABOUT.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
	}

	/** Undo and Redo go through command handlers, so that models without an editor can contribute theirs. */
	private static IContributionItem command(IWorkbenchWindow window, String commandId) {
		return new CommandContributionItem(
				new CommandContributionItemParameter(window, null, commandId, CommandContributionItem.STYLE_PUSH));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
		newMenu.add(newWizards);
		file.add(newMenu);
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(new Separator());
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(importWizards);
		file.add(exportWizards);
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		menuBar.add(file);

		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		menuBar.add(edit);

		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager(Messages.Menu_openPerspective, "openPerspective"); //$NON-NLS-1$
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		window.add(perspectives);
		window.add(resetPerspective);
		window.add(new Separator());
		window.add(preferences);
		menuBar.add(window);

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(about);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menuBar.add(help);
	}
}
