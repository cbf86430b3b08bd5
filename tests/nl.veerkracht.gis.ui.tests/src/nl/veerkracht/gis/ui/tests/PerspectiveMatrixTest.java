package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.provider.VeerkrachtItemProviderAdapterFactory;
import nl.veerkracht.wijkschets.ui.matrix.IntensityControl;
import nl.veerkracht.wijkschets.ui.matrix.MatrixColours;
import nl.veerkracht.wijkschets.ui.matrix.MatrixWidgetKeys;
import nl.veerkracht.wijkschets.ui.matrix.PerspectiveMatrix;

/**
 * The handelingsperspectieven matrix on a fresh wijkschets in an editing domain, driven with the real pointer and
 * keyboard: every edit lands in the model through the command stack, undo and outside changes show in the
 * widget, the quadrant's fill on screen follows the intensity, and the zoom enlarges it.
 */
class PerspectiveMatrixTest {

	private static final Handelingsperspectief SOCIAAL = Handelingsperspectief.SOCIALE_AANPAK;
	private static final Handelingsperspectief WONINGEN = Handelingsperspectief.WONINGPROGRAMMA;
	private static final int COLOUR_TOLERANCE = 6;

	private Display display;
	private Robot robot;
	private Shell shell;
	private PerspectiveMatrix matrix;
	private Wijkschets wijkschets;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void openMatrix() {
		display = PlatformUI.getWorkbench().getDisplay();
		robot = new Robot(display);
		ComposedAdapterFactory adapters = new ComposedAdapterFactory();
		adapters.addAdapterFactory(new VeerkrachtItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
		wijkschets = VeerkrachtFactory.eINSTANCE.createWijkschets();
		shell = new Shell(display, SWT.SHELL_TRIM);
		shell.setText("Handelingsperspectieven");
		shell.setLayout(new FillLayout());
		matrix = new PerspectiveMatrix(shell, SWT.NONE);
		matrix.setInput(wijkschets, domain);
		shell.setBounds(10, 10, 1300, 820);
		shell.open();
		shell.forceActive();
		robot.waitUntil("the matrix on screen", () -> shell.isVisible() && matrix.isVisible());
		robot.settle(400);
	}

	@AfterEach
	void closeMatrix() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
		robot.settle(100);
	}

	@Test
	void editsGoThroughTheCommandStackAndTheWidgetFollows() {
		IntensityControl sociaal = robot.widget(shell, MatrixWidgetKeys.intensity(SOCIAAL), IntensityControl.class);
		IntensityControl woningen = robot.widget(shell, MatrixWidgetKeys.intensity(WONINGEN), IntensityControl.class);

		clickSegment(sociaal, 4);
		assertEquals(4, inzet(SOCIAAL).getIntensity(), "a click on segment 4 sets sociale aanpak to 4");
		assertTrue(sociaal.getToolTipText().endsWith("vol op het orgel"), sociaal.getToolTipText());

		clickSegment(woningen, 0);
		assertNull(inzet(WONINGEN), "choosing the intensity it already has creates no inzet");
		robot.xdotool("key", "Right", "Right");
		robot.settle(150);
		assertEquals(2, inzet(WONINGEN).getIntensity(), "two Right keys raise woningprogramma to 2");
		assertEquals(2, woningen.getIntensity());

		Text rationale = robot.widget(shell, MatrixWidgetKeys.rationale(SOCIAAL), Text.class);
		Text newMeasure = robot.widget(shell, MatrixWidgetKeys.newMeasure(SOCIAAL), Text.class);
		Button add = robot.widget(shell, MatrixWidgetKeys.addMeasure(SOCIAAL), Button.class);
		click(rationale, 20, 10);
		robot.xdotool("type", "--delay", "30", "Veel eenzaamheid onder ouderen");
		robot.settle(100);
		click(newMeasure, 20, newMeasure.getSize().y / 2);
		assertEquals("Veel eenzaamheid onder ouderen", inzet(SOCIAAL).getRationale(),
				"the rationale is committed when its text loses the focus");
		assertFalse(add.isEnabled(), "nothing to add yet");
		robot.xdotool("type", "--delay", "30", "Buurtcoaches");
		robot.settle(100);
		assertTrue(add.isEnabled());
		click(add, add.getSize().x / 2, add.getSize().y / 2);
		assertEquals(List.of("Buurtcoaches"), descriptions(inzet(SOCIAAL)), "the Add button adds the typed measure");
		assertEquals("", newMeasure.getText());
		org.eclipse.swt.widgets.List measures = robot.widget(shell, MatrixWidgetKeys.measures(SOCIAAL),
				org.eclipse.swt.widgets.List.class);
		assertArrayEquals(new String[] { "Buurtcoaches" }, measures.getItems());
		robot.xdotool("type", "--delay", "30", "Huiskamer");
		robot.xdotool("key", "Return");
		robot.settle(150);
		assertEquals(List.of("Buurtcoaches", "Huiskamer"), descriptions(inzet(SOCIAAL)), "Enter adds the typed measure");
		robot.screenshot("perspective-matrix");
		Button remove = robot.widget(shell, MatrixWidgetKeys.removeMeasure(SOCIAAL), Button.class);
		assertFalse(remove.isEnabled(), "nothing selected to remove");
		click(measures, 20, measures.getItemHeight() / 2);
		assertTrue(remove.isEnabled());
		click(remove, remove.getSize().x / 2, remove.getSize().y / 2);
		assertEquals(List.of("Huiskamer"), descriptions(inzet(SOCIAAL)), "Remove removes the selected measure");
		assertArrayEquals(new String[] { "Huiskamer" }, measures.getItems());

		CommandStack stack = domain.getCommandStack();
		stack.undo();
		robot.settle(100);
		assertArrayEquals(new String[] { "Buurtcoaches", "Huiskamer" }, measures.getItems(), "the list follows the undo");
		stack.undo();
		stack.undo();
		robot.settle(100);
		assertEquals(List.of(), descriptions(inzet(SOCIAAL)), "undo removes the measure");
		assertEquals(0, measures.getItemCount(), "the list follows the undo");
		stack.undo();
		robot.settle(100);
		assertEquals("", rationale.getText(), "the rationale text follows the undo");
		stack.undo();
		robot.settle(100);
		assertEquals(1, inzet(WONINGEN).getIntensity(), "each key press was one command");
		assertEquals(1, woningen.getIntensity(), "the intensity control follows the undo");
		stack.redo();
		stack.redo();
		robot.settle(100);
		assertEquals(2, woningen.getIntensity());
		assertEquals("Veel eenzaamheid onder ouderen", rationale.getText(), "the rationale text follows the redo");

		inzet(SOCIAAL).setIntensity(1);
		robot.settle(100);
		assertEquals(1, sociaal.getIntensity(), "the widget follows a change made outside it");
		while (stack.canUndo()) {
			stack.undo();
		}
		robot.settle(100);
		assertEquals(List.of(), wijkschets.getPerspectiefMix(), "undoing everything leaves the fresh wijkschets");
		assertEquals(0, sociaal.getIntensity());
	}

	@Test
	void aQuadrantCanBeFilledInWithTheKeyboardAlone() {
		Handelingsperspectief leefomgeving = Handelingsperspectief.LEEFOMGEVING;
		IntensityControl intensity = robot.widget(shell, MatrixWidgetKeys.intensity(leefomgeving), IntensityControl.class);
		Text rationale = robot.widget(shell, MatrixWidgetKeys.rationale(leefomgeving), Text.class);
		clickSegment(intensity, 0);
		robot.xdotool("key", "3");
		robot.settle(100);
		assertEquals(3, inzet(leefomgeving).getIntensity(), "the digit 3 chooses intensity 3");
		robot.xdotool("key", "Tab");
		robot.settle(100);
		assertTrue(rationale.isFocusControl(), "Tab goes on from the intensity to the rationale");
		robot.xdotool("type", "--delay", "30", "Speelplekken ontbreken");
		robot.xdotool("key", "Tab");
		robot.settle(150);
		assertEquals("Speelplekken ontbreken", inzet(leefomgeving).getRationale(),
				"Tab leaves the rationale (no tab typed) and commits it");
		assertEquals(2, countUndos(), "one command per edit: the new inzet at 3 and its rationale");
	}

	private int countUndos() {
		int count = 0;
		while (domain.getCommandStack().canUndo()) {
			domain.getCommandStack().undo();
			count++;
		}
		return count;
	}

	@Test
	void theQuadrantsFillOnScreenFollowsTheIntensity() {
		IntensityControl sociaal = robot.widget(shell, MatrixWidgetKeys.intensity(SOCIAAL), IntensityControl.class);
		IntensityControl woningen = robot.widget(shell, MatrixWidgetKeys.intensity(WONINGEN), IntensityControl.class);
		RGB none = fillOnScreen(sociaal);
		assertClose(MatrixColours.fill(Strategie.OMGAAN_MET, 0), none);

		clickSegment(sociaal, 2);
		RGB half = fillOnScreen(sociaal);
		assertClose(MatrixColours.fill(Strategie.OMGAAN_MET, 2), half);
		robot.xdotool("key", "End");
		robot.settle(200);
		assertEquals(4, inzet(SOCIAAL).getIntensity(), "End chooses the maximum");
		RGB full = fillOnScreen(sociaal);
		assertClose(MatrixColours.fill(Strategie.OMGAAN_MET, 4), full);
		assertTrue(distanceFromWhite(none) < distanceFromWhite(half) && distanceFromWhite(half) < distanceFromWhite(full),
				"the fill grows stronger: " + none + " < " + half + " < " + full);

		clickSegment(woningen, 4);
		RGB orange = fillOnScreen(woningen);
		assertClose(MatrixColours.fill(Strategie.TEGENGAAN_VAN, 4), orange);
		assertNotEquals(full, orange, "the columns have their own hue");
	}

	@Test
	void zoomEnlargesTheMatrix() {
		clickSegment(robot.widget(shell, MatrixWidgetKeys.intensity(SOCIAAL), IntensityControl.class), 3);
		Point before = matrix.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		int fontBefore = matrix.getFont().getFontData()[0].getHeight();
		matrix.setZoom(1.6);
		shell.setBounds(0, 0, 1600, 1200);
		robot.settle(400);
		Point after = matrix.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		int fontAfter = matrix.getFont().getFontData()[0].getHeight();
		assertEquals(Math.round(fontBefore * 1.6), fontAfter, "the font grows by the zoom");
		assertTrue(after.x > before.x * 1.25 && after.y > before.y * 1.25, "zoomed " + after + " against " + before);
		IntensityControl sociaal = robot.widget(shell, MatrixWidgetKeys.intensity(SOCIAAL), IntensityControl.class);
		assertEquals(3, sociaal.getIntensity(), "zooming keeps the contents");
		clickSegment(sociaal, 1);
		assertEquals(1, inzet(SOCIAAL).getIntensity(), "the zoomed segments take clicks where they are drawn");
		Button add = robot.widget(shell, MatrixWidgetKeys.addMeasure(SOCIAAL), Button.class);
		Point wanted = add.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		assertTrue(add.getSize().x >= wanted.x, "the zoomed Add button " + add.getSize() + " shows its text " + wanted);
		Path screenshot = robot.screenshot("perspective-matrix-zoomed");
		assertTrue(screenshot.toFile().length() > 0);
	}

	@Test
	void fillIsWhiteAtZeroAndGrowsPerStepWithinItsColumnHue() {
		for (Strategie strategie : Strategie.VALUES) {
			assertEquals(new RGB(255, 255, 255), MatrixColours.fill(strategie, 0));
			int previous = 0;
			for (int intensity = 1; intensity <= 4; intensity++) {
				int distance = distanceFromWhite(MatrixColours.fill(strategie, intensity));
				assertTrue(distance > previous, strategie + " " + intensity);
				previous = distance;
			}
			assertEquals(MatrixColours.fill(strategie, 4), MatrixColours.fill(strategie, 9), "clamped to the scale");
			assertEquals(MatrixColours.fill(strategie, 0), MatrixColours.fill(strategie, -1), "clamped to the scale");
		}
		assertEquals(new RGB(77, 133, 189), MatrixColours.fill(Strategie.OMGAAN_MET, 4), "80% blue over white");
		assertEquals(new RGB(235, 129, 52), MatrixColours.fill(Strategie.TEGENGAAN_VAN, 4), "80% orange over white");
	}

	private PerspectiefInzet inzet(Handelingsperspectief perspective) {
		return wijkschets.getPerspectiefMix().stream().filter(i -> i.getPerspective() == perspective).findFirst().orElse(null);
	}

	private static List<String> descriptions(PerspectiefInzet inzet) {
		return inzet.getMaatregelen().stream().map(Maatregel::getDescription).toList();
	}

	private void clickSegment(IntensityControl control, int segment) {
		Rectangle box = control.segmentBounds(segment);
		click(control, box.x + box.width / 2, box.y + box.height / 2);
	}

	private void click(Control control, int x, int y) {
		Point onScreen = control.toDisplay(x, y);
		robot.xdotool("mousemove", Integer.toString(onScreen.x), Integer.toString(onScreen.y), "click", "1");
		robot.settle(200);
	}

	/** The colour on screen in the quadrant's margin, above its title. */
	private RGB fillOnScreen(IntensityControl intensity) {
		Point corner = intensity.getParent().toDisplay(4, 4);
		return robot.pixel(corner.x, corner.y);
	}

	private static void assertClose(RGB expected, RGB actual) {
		assertTrue(Math.abs(expected.red - actual.red) <= COLOUR_TOLERANCE
				&& Math.abs(expected.green - actual.green) <= COLOUR_TOLERANCE
				&& Math.abs(expected.blue - actual.blue) <= COLOUR_TOLERANCE, "expected " + expected + ", screen shows " + actual);
	}

	private static int distanceFromWhite(RGB colour) {
		return (255 - colour.red) + (255 - colour.green) + (255 - colour.blue);
	}
}
