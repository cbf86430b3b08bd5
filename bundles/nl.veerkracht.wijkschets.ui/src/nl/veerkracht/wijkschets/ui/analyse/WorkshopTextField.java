package nl.veerkracht.wijkschets.ui.analyse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * A text field for a workshop on a projector: large type, word wrap, paragraphs and bulleted lists in the
 * plain-text convention of {@link WorkshopText}, so that the widget's text is exactly what is stored and what the
 * poster prints. List items are shown indented with a hanging indent under their bullet; the Opsomming button or
 * Ctrl+Shift+8 turns the current lines into a list or back; Enter in an item continues the list, Enter on an empty
 * item ends it; Backspace right after a bullet removes it; "- " typed at the start of a line becomes a bullet.
 * <p>
 * The field holds no model: bind {@link #getText()} like any styled text (e.g. through the editor's bindings,
 * which make one command per typing pause).
 */
public final class WorkshopTextField {

	/** Extra font height over the dialog font, in points, for reading on a projector. */
	private static final int LARGER = 4;

	/** Indent of a list item's bullet, in pixels. */
	private static final int LIST_INDENT = 14;

	private final Composite control;
	private final StyledText text;
	private final Button bullets;
	private final int markerWidth;

	/**
	 * Creates the field: the Opsomming button above the text.
	 *
	 * @param parent  the parent
	 * @param toolkit the form toolkit that paints it
	 * @param key     the widget id of the styled text; the button gets {@link AnalyseWidgetKeys#bullets(String)}
	 */
	public WorkshopTextField(Composite parent, FormToolkit toolkit, String key) {
		control = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 3;
		control.setLayout(layout);
		bullets = toolkit.createButton(control, AnalyseMessages.Text_bullets, SWT.TOGGLE);
		bullets.setToolTipText(AnalyseMessages.Text_bulletsTooltip);
		WidgetKeys.set(bullets, AnalyseWidgetKeys.bullets(key));
		text = new StyledText(control, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		toolkit.adapt(text, true, false);
		WidgetKeys.set(text, key);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), text);
		Font font = resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont()).increaseHeight(LARGER));
		text.setFont(font);
		text.setMargins(8, 6, 8, 6);
		text.setLineSpacing(3);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GC gc = new GC(text);
		gc.setFont(font);
		markerWidth = gc.textExtent(WorkshopText.BULLET).x;
		gc.dispose();
		text.addLineStyleListener(this::styleLine);
		text.addVerifyKeyListener(this::keyPressed);
		text.addCaretListener(event -> updateButton());
		text.addModifyListener(event -> {
			updateButton();
			// an indent depends on the line's own text: repaint the lines the change touched
			text.redraw();
		});
		bullets.addListener(SWT.Selection, event -> {
			toggleBullets();
			text.setFocus();
		});
		updateButton();
	}

	/** @return the composite holding the button and the text, to lay out */
	public Control getControl() {
		return control;
	}

	/** @return the styled text, to bind */
	public StyledText getText() {
		return text;
	}

	/**
	 * Turns the lines of the selection (or the caret's line) into list items, or back into paragraphs when all
	 * of them are items.
	 */
	public void toggleBullets() {
		Point selection = text.getSelectionRange();
		int first = text.getLineAtOffset(selection.x);
		int last = text.getLineAtOffset(selection.x + selection.y);
		if (selection.y > 0 && last > first && text.getOffsetAtLine(last) == selection.x + selection.y) {
			last--;
		}
		List<String> lines = new ArrayList<>();
		for (int line = first; line <= last; line++) {
			lines.add(text.getLine(line));
		}
		List<String> toggled = WorkshopText.toggleBullets(lines);
		int start = text.getOffsetAtLine(first);
		int end = text.getOffsetAtLine(last) + text.getLine(last).length();
		String replacement = String.join(text.getLineDelimiter(), toggled);
		int caret = text.getCaretOffset();
		text.replaceTextRange(start, end - start, replacement);
		if (first == last) {
			int shift = toggled.get(0).length() - lines.get(0).length();
			text.setCaretOffset(Math.max(start, Math.min(start + replacement.length(), caret + shift)));
		} else {
			text.setSelection(start, start + replacement.length());
		}
		updateButton();
	}

	private void styleLine(LineStyleEvent event) {
		int marker = WorkshopText.markerLength(event.lineText);
		if (marker > 0) {
			event.indent = LIST_INDENT;
			event.wrapIndent = LIST_INDENT + markerWidth;
			StyleRange bullet = new StyleRange(event.lineOffset, 1, text.getDisplay().getSystemColor(SWT.COLOR_TITLE_BACKGROUND), null,
					SWT.BOLD);
			event.styles = new StyleRange[] { bullet };
		}
	}

	private void keyPressed(VerifyEvent event) {
		int modifiers = event.stateMask & SWT.MODIFIER_MASK;
		if (modifiers == (SWT.MOD1 | SWT.SHIFT) && (event.keyCode == '8' || event.character == '*')) {
			event.doit = false;
			toggleBullets();
			return;
		}
		if (modifiers != 0 || text.getSelectionCount() > 0) {
			return;
		}
		if (event.character == ' ' && dashToBullet()) {
			event.doit = false;
			updateButton();
			return;
		}
		int caret = text.getCaretOffset();
		int line = text.getLineAtOffset(caret);
		int lineOffset = text.getOffsetAtLine(line);
		String lineText = text.getLine(line);
		int marker = WorkshopText.markerLength(lineText);
		if (marker == 0 || caret - lineOffset < marker) {
			return;
		}
		if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
			event.doit = false;
			if (lineText.substring(marker).isBlank()) {
				// Enter on an empty item ends the list: the line becomes an empty paragraph
				text.replaceTextRange(lineOffset, lineText.length(), ""); //$NON-NLS-1$
				text.setCaretOffset(lineOffset);
			} else {
				String continuation = text.getLineDelimiter() + WorkshopText.BULLET;
				text.replaceTextRange(caret, 0, continuation);
				text.setCaretOffset(caret + continuation.length());
			}
			text.showSelection();
		} else if (event.keyCode == SWT.BS && caret - lineOffset == marker) {
			event.doit = false;
			text.replaceTextRange(lineOffset, marker, ""); //$NON-NLS-1$
			text.setCaretOffset(lineOffset);
		}
		updateButton();
	}

	/** "- " typed at the start of a line becomes the bullet of a list item. */
	private boolean dashToBullet() {
		int caret = text.getCaretOffset();
		int line = text.getLineAtOffset(caret);
		int lineOffset = text.getOffsetAtLine(line);
		String lineText = text.getLine(line);
		if (caret != lineOffset + 1 || !lineText.startsWith("-") || WorkshopText.isBullet(lineText)) { //$NON-NLS-1$
			return false;
		}
		text.replaceTextRange(lineOffset, 1, WorkshopText.BULLET);
		text.setCaretOffset(lineOffset + WorkshopText.BULLET.length());
		return true;
	}

	private void updateButton() {
		if (!bullets.isDisposed() && !text.isDisposed()) {
			bullets.setSelection(WorkshopText.isBullet(text.getLine(text.getLineAtOffset(text.getCaretOffset()))));
		}
	}
}
