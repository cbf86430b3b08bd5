package nl.veerkracht.wijkschets.ui.poster;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The poster dialog: target file (PDF or PNG by its extension or the format chosen), date, participants (one per
 * line) and PNG resolution. Warnings found before the export (a missing photo, no signal map) stand in the message
 * area. On Exporteren it asks before replacing an existing file and hands the request on; it does not block its
 * caller ({@link #setBlockOnOpen(boolean)} false), so the workbench stays responsive while it is open.
 */
public final class PosterDialog extends TitleAreaDialog {

	/**
	 * What the dialog starts with.
	 *
	 * @param name         the wijkschets's name, for the message
	 * @param file         the proposed file
	 * @param date         the proposed date
	 * @param participants the participants remembered for the wijkschets
	 * @param dpi          the proposed PNG resolution
	 * @param warnings     what the user should know before exporting, possibly none
	 */
	public record Defaults(String name, Path file, LocalDate date, List<String> participants, int dpi,
			List<String> warnings) {

		/** Copies the lists. */
		public Defaults {
			participants = List.copyOf(participants);
			warnings = List.copyOf(warnings);
		}
	}

	private static final int MIN_DPI = 10;
	private static final int MAX_DPI = 600;

	private final Defaults defaults;
	private final Consumer<PosterRequest> export;
	private Text file;
	private Combo format;
	private DateTime date;
	private Text participants;
	private Spinner dpi;

	/**
	 * @param parent   the parent shell
	 * @param defaults what the dialog starts with
	 * @param export   called with the request when the user presses Exporteren (and agreed to replace an existing
	 *                 file), after which the dialog closes
	 */
	public PosterDialog(Shell parent, Defaults defaults, Consumer<PosterRequest> export) {
		super(parent);
		this.defaults = defaults;
		this.export = export;
		setBlockOnOpen(false);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(PosterMessages.Dialog_title);
		WidgetKeys.set(shell, PosterWidgetKeys.DIALOG);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(PosterMessages.Dialog_title);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		body.setLayout(new GridLayout(3, false));

		label(body, PosterMessages.Dialog_file);
		file = WidgetKeys.set(new Text(body, SWT.BORDER), PosterWidgetKeys.FILE);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		file.setText(defaults.file().toString());
		Button browse = WidgetKeys.set(new Button(body, SWT.PUSH), PosterWidgetKeys.BROWSE);
		browse.setText(PosterMessages.Dialog_browse);
		browse.addListener(SWT.Selection, event -> browse());

		label(body, PosterMessages.Dialog_format);
		format = WidgetKeys.set(new Combo(body, SWT.READ_ONLY), PosterWidgetKeys.FORMAT);
		format.setItems(PosterMessages.Dialog_formatPdf, PosterMessages.Dialog_formatPng);
		format.select(PosterFormat.of(defaults.file()).orElse(PosterFormat.PDF).ordinal());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);

		label(body, PosterMessages.Dialog_date);
		date = WidgetKeys.set(new DateTime(body, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER),
				PosterWidgetKeys.DATE);
		date.setDate(defaults.date().getYear(), defaults.date().getMonthValue() - 1, defaults.date().getDayOfMonth());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(date);

		Label participantsLabel = label(body, PosterMessages.Dialog_participants);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(participantsLabel);
		participants = WidgetKeys.set(new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP),
				PosterWidgetKeys.PARTICIPANTS);
		participants.setText(String.join(participants.getLineDelimiter(), defaults.participants()));
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1)
				.hint(SWT.DEFAULT, participants.getLineHeight() * 6).applyTo(participants);

		label(body, PosterMessages.Dialog_dpi);
		dpi = WidgetKeys.set(new Spinner(body, SWT.BORDER), PosterWidgetKeys.DPI);
		dpi.setValues(Math.max(MIN_DPI, Math.min(MAX_DPI, defaults.dpi())), MIN_DPI, MAX_DPI, 0, 10, 50);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(dpi);

		file.addListener(SWT.Modify, event -> {
			chosenFile().flatMap(PosterFormat::of).ifPresent(chosen -> {
				if (format.getSelectionIndex() != chosen.ordinal()) {
					format.select(chosen.ordinal());
				}
			});
			validate();
		});
		format.addListener(SWT.Selection, event -> {
			String typed = file.getText().strip();
			if (!typed.isEmpty()) {
				file.setText(selectedFormat().withExtension(typed));
			}
			validate();
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, PosterMessages.Dialog_export, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	@Override
	protected void okPressed() {
		Optional<PosterRequest> request = request();
		if (request.isEmpty()) {
			return;
		}
		Path target = request.get().file();
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), PosterMessages.Dialog_replaceTitle,
				NLS.bind(PosterMessages.Dialog_replace, target))) {
			return;
		}
		export.accept(request.get());
		super.okPressed();
	}

	private Optional<PosterRequest> request() {
		Optional<Path> target = chosenFile();
		if (target.isEmpty() || validationError().isPresent()) {
			return Optional.empty();
		}
		List<String> names = Arrays.stream(participants.getText().split("\\R")).map(String::strip) //$NON-NLS-1$
				.filter(name -> !name.isEmpty()).toList();
		LocalDate chosenDate = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
		return Optional.of(new PosterRequest(target.get(), selectedFormat(), chosenDate, names, dpi.getSelection()));
	}

	private void browse() {
		FileDialog chooser = new FileDialog(getShell(), SWT.SAVE);
		chooser.setFilterExtensions(new String[] { "*.pdf", "*.png" }); //$NON-NLS-1$ //$NON-NLS-2$
		chooser.setFilterNames(new String[] { PosterMessages.Dialog_formatPdf, PosterMessages.Dialog_formatPng });
		chooser.setFilterIndex(selectedFormat().ordinal());
		chosenFile().ifPresent(current -> {
			if (current.getParent() != null) {
				chooser.setFilterPath(current.getParent().toString());
			}
			chooser.setFileName(current.getFileName().toString());
		});
		chooser.setOverwrite(false);
		String chosen = chooser.open();
		if (chosen != null) {
			Path path = Path.of(chosen);
			file.setText(PosterFormat.of(path).isPresent() ? chosen
					: PosterFormat.values()[Math.max(0, chooser.getFilterIndex())].withExtension(chosen));
		}
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		Optional<String> error = validationError();
		setErrorMessage(error.orElse(null));
		if (error.isEmpty()) {
			if (defaults.warnings().isEmpty()) {
				setMessage(NLS.bind(PosterMessages.Dialog_message, defaults.name()));
			} else {
				setMessage(String.join("\n", defaults.warnings()), IMessageProvider.WARNING); //$NON-NLS-1$
			}
		}
		getButton(IDialogConstants.OK_ID).setEnabled(error.isEmpty());
		dpi.setEnabled(selectedFormat() == PosterFormat.PNG);
	}

	private Optional<String> validationError() {
		String typed = file.getText().strip();
		if (typed.isEmpty()) {
			return Optional.of(PosterMessages.Dialog_noFile);
		}
		Optional<Path> target = chosenFile();
		if (target.isEmpty() || target.get().getFileName() == null) {
			return Optional.of(NLS.bind(PosterMessages.Dialog_invalidPath, typed));
		}
		if (PosterFormat.of(target.get()).isEmpty()) {
			String name = target.get().getFileName().toString();
			int dot = name.lastIndexOf('.');
			return Optional.of(NLS.bind(PosterMessages.Dialog_wrongExtension, dot < 0 ? name : name.substring(dot)));
		}
		Path folder = target.get().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return Optional.of(NLS.bind(PosterMessages.Dialog_noFolder, folder == null ? typed : folder));
		}
		return Optional.empty();
	}

	private Optional<Path> chosenFile() {
		try {
			Path path = Path.of(file.getText().strip());
			return Optional.of(path.isAbsolute() ? path : defaults.file().resolveSibling(path));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	private PosterFormat selectedFormat() {
		return PosterFormat.values()[Math.max(0, format.getSelectionIndex())];
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}
}
