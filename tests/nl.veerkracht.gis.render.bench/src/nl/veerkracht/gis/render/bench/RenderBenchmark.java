package nl.veerkracht.gis.render.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.MapRenderer;
import nl.veerkracht.gis.core.render.RenderMonitor;
import nl.veerkracht.gis.core.render.RenderResult;
import nl.veerkracht.gis.core.render.RenderWarmUp;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.DefaultStyles;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.render.bench.QgisRenderer.QgisLayer;
import nl.veerkracht.testsupport.SharedData;

/**
 * Benchmark, not a test: how long the analyst waits for the map, measured against the targets of issue 5 and
 * against QGIS rendering the same layers to an image of the same size in the same run.
 * <ul>
 * <li>(a) all 3,475 wijken of the Netherlands at 1280&times;1024: reading the GeoJSON, a new {@link VectorLayer}
 * (reprojection to RD New and spatial index) with its first render, and a warm re-render;</li>
 * <li>(b) a pan repaint: the cached frame drawn moved, in Java2D and through SWT as the Map view does;</li>
 * <li>(c) Rotterdam buurten at city scale, alone and over the national wijken;</li>
 * <li>(d) the national wijken graduated by population density (Jenks, 5 classes, YlOrRd).</li>
 * </ul>
 * Runs of ours and QGIS alternate, so both see the same machine load. Medians and 95th percentiles are
 * printed and written to {@code render-benchmark.txt} in the test artifacts folder; QGIS is optional (the
 * report says so when it is missing). Only correctness is asserted, never a time. Runs only with
 * {@code -Pbench}.
 */
class RenderBenchmark {

	private static final int WIDTH = 1280;
	private static final int HEIGHT = 1024;
	private static final int FIRST_WARM_UPS = 3;
	private static final int FIRST_RUNS = 15;
	private static final int WARM_UPS = 5;
	private static final int RUNS = 30;
	private static final int PAN_WARM_UPS = 20;
	private static final int PAN_RUNS = 200;
	private static final String DENSITY = "bevolkingsdichtheid";
	private static final int CLASSES = 5;
	private static final double FIRST_RENDER_TARGET_MS = 300;
	private static final double PAN_TARGET_MS = 16;
	private static final double CITY_TARGET_MS = 50;
	/** The outline and opacity of the graduated classes, as QGIS draws them (opaque fills). */
	private static final SimpleStyle GRADUATED_BASE = DefaultStyles.next(0).withOpacity(1);

	private final MapRenderer renderer = new MapRenderer();
	private final List<String> rows = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private QgisRenderer qgis;

	@Test
	void renderNationalWijkenAndRotterdamBuurtenAgainstQgis() throws Exception {
		String loadBefore = loadAverage();
		Path wijkenFile = SharedData.file("nederland/wijken_2024.geojson");
		Path buurtenFile = SharedData.file("rotterdam/buurten_wgs84.geojson");
		StringBuilder whyNoQgis = new StringBuilder();
		qgis = QgisRenderer.start(whyNoQgis).orElse(null);
		if (Boolean.getBoolean("veerkracht.bench.warmUp")) {
			long start = System.nanoTime();
			RenderResult warmUp = RenderWarmUp.run(RenderMonitor.NONE);
			notes.add(String.format(Locale.ROOT, "RenderWarmUp ran before the cold runs, as the workbench would at"
					+ " start-up: %.0f ms, %d made-up polygons", ms(System.nanoTime() - start), warmUp.featuresDrawn()));
		} else {
			notes.add("no RenderWarmUp before the cold runs (-Dbench.warmUp=true runs it first)");
		}
		try {
			BufferedImage nationalFrame = nationalWijken(wijkenFile);
			panRepaint(nationalFrame);
			rotterdam(wijkenFile, buurtenFile);
			graduated(wijkenFile);
		} finally {
			if (qgis != null) {
				qgis.close();
			}
		}
		report(loadBefore, loadAverage(), whyNoQgis.toString());
	}

	/** Case (a); returns a warm frame of the whole country for the pan case. */
	private BufferedImage nationalWijken(Path file) throws Exception {
		Samples read = new Samples(FIRST_RUNS);
		Samples project = new Samples(FIRST_RUNS);
		Samples firstRender = new Samples(FIRST_RUNS);
		Samples fresh = new Samples(FIRST_RUNS);
		Samples total = new Samples(FIRST_RUNS);
		double[] cold = new double[5];
		double[] qgisCold = new double[3];
		Samples qgisLoad = new Samples(FIRST_RUNS);
		Samples qgisFirst = new Samples(FIRST_RUNS);
		Samples qgisTotal = new Samples(FIRST_RUNS);
		Envelope extent = null;
		double qgisColoured = Double.NaN;
		for (int run = -FIRST_WARM_UPS; run < FIRST_RUNS; run++) {
			long start = System.nanoTime();
			FeatureCollection wijken = new GeoJsonReader().read(file);
			long readDone = System.nanoTime();
			VectorLayer layer = new VectorLayer("Wijken", wijken, file, DefaultStyles.next(0));
			Viewport viewport = fit(layer);
			long projected = System.nanoTime();
			RenderResult result = renderFrame(viewport, List.of(layer)).result();
			long rendered = System.nanoTime();
			assertEquals(new RenderResult(3475, false), result);
			extent = viewport.visibleEnvelope();
			double[] times = {ms(readDone - start), ms(projected - readDone), ms(rendered - projected),
				ms(rendered - readDone), ms(rendered - start)};
			if (run == -FIRST_WARM_UPS) {
				cold = times;
			} else if (run >= 0) {
				read.add(times[0]);
				project.add(times[1]);
				firstRender.add(times[2]);
				fresh.add(times[3]);
				total.add(times[4]);
			}
			if (qgis != null) {
				Map<String, Object> answer = qgis.render(List.of(QgisLayer.single(file)), extent, WIDTH, HEIGHT, true,
						run == -FIRST_WARM_UPS, null);
				assertEquals(3475.0, answer.get("features"));
				double[] qgisTimes = {number(answer, "load_ms"), number(answer, "style_ms") + number(answer, "render_ms"),
					number(answer, "ms")};
				if (run == -FIRST_WARM_UPS) {
					qgisCold = qgisTimes;
					qgisColoured = number(answer, "coloured");
				} else if (run >= 0) {
					qgisLoad.add(qgisTimes[0]);
					qgisFirst.add(qgisTimes[1]);
					qgisTotal.add(qgisTimes[2]);
				}
			}
		}
		VectorLayer layer = new VectorLayer("Wijken", new GeoJsonReader().read(file), file, DefaultStyles.next(0));
		Viewport viewport = fit(layer);
		Frame frame = renderFrame(viewport, List.of(layer));
		Comparison warm = compare(WARM_UPS, RUNS, () -> renderFrame(viewport, List.of(layer)),
				List.of(QgisLayer.single(file)), viewport.visibleEnvelope(), false, "wijken");

		section("(a) Nederland, 3,475 wijken (132k vertices, WGS84 -> RD New), 1280x1024, whole country");
		row("read GeoJSON (ours) / open with OGR (QGIS)", read, cold[0], qgisLoad, qgisCold[0], Double.NaN);
		row("new layer: reproject + index", project, cold[1], null, Double.NaN, Double.NaN);
		row("first render of the new layer", firstRender, cold[2], null, Double.NaN, Double.NaN);
		row("new layer + first render  <- target (QGIS: style + first render, reprojecting)", fresh, cold[3],
				qgisFirst, qgisCold[1], FIRST_RENDER_TARGET_MS);
		row("read + new layer + first render (QGIS: load + first render)", total, cold[4], qgisTotal, qgisCold[2],
				Double.NaN);
		row("warm re-render (same layer, new frame)", warm.ours(), Double.NaN, warm.qgis(), Double.NaN,
				FIRST_RENDER_TARGET_MS);
		notes.add(String.format(Locale.ROOT, "(a) coloured pixels: ours %.1f %%, QGIS %s", 100 * coloured(frame.image()),
				Double.isNaN(qgisColoured) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * qgisColoured)));
		return frame.image();
	}

	/** Case (b). */
	private void panRepaint(BufferedImage frame) {
		BufferedImage window = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = window.createGraphics();
		Samples java2d = new Samples(PAN_RUNS);
		int dx = 0;
		int dy = 0;
		try {
			for (int run = -PAN_WARM_UPS; run < PAN_RUNS; run++) {
				int index = run + PAN_WARM_UPS;
				dx = index * 7 % 160 - 80;
				dy = index * 5 % 120 - 60;
				long start = System.nanoTime();
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, WIDTH, HEIGHT);
				graphics.drawImage(frame, dx, dy, null);
				long done = System.nanoTime();
				if (run >= 0) {
					java2d.addNanos(done - start);
				}
			}
		} finally {
			graphics.dispose();
		}
		for (int y = 100; y < HEIGHT - 100; y += 50) {
			for (int x = 100; x < WIDTH - 100; x += 50) {
				assertEquals(frame.getRGB(x, y), window.getRGB(x + dx, y + dy), "moved frame pixel " + x + "," + y);
			}
		}
		section("(b) pan repaint of the cached 1280x1024 frame, moved by the drag distance");
		row("Java2D: clear + drawImage translated", java2d, Double.NaN, null, Double.NaN, PAN_TARGET_MS);
		StringBuilder why = new StringBuilder();
		Optional<SwtPanRepaint.Result> swt = new SwtPanRepaint().measure(frame, PAN_WARM_UPS, PAN_RUNS, why);
		if (swt.isPresent()) {
			row("SWT canvas like MapCanvas: paint work (clear + drawImage moved + X round trip)", swt.get().paint(),
					Double.NaN, null, Double.NaN, PAN_TARGET_MS);
			row("SWT canvas: redraw + update until painted (GTK paints on its 60 Hz frame clock)",
					swt.get().latency(), Double.NaN, null, Double.NaN, Double.NaN);
			row("once per frame: BufferedImage -> ImageData -> SWT Image", swt.get().handover(), Double.NaN, null,
					Double.NaN, Double.NaN);
		} else {
			rows.add("  SWT path not measured: " + why);
		}
	}

	/** Case (c). */
	private void rotterdam(Path wijkenFile, Path buurtenFile) throws Exception {
		FeatureCollection buurten = new GeoJsonReader().read(buurtenFile);
		Viewport city = fit(new VectorLayer("Buurten", buurten, buurtenFile, DefaultStyles.next(1)));
		Envelope extent = city.visibleEnvelope();
		List<QgisLayer> qgisBuurten = List.of(QgisLayer.single(buurtenFile));
		Comparison first = compare(FIRST_WARM_UPS, FIRST_RUNS, () -> {
			VectorLayer layer = new VectorLayer("Buurten", buurten, buurtenFile, DefaultStyles.next(1));
			layer.getEnvelope(Crs.RD_NEW);
			Frame frame = renderFrame(city, List.of(layer));
			assertEquals(new RenderResult(78, false), frame.result());
			return frame;
		}, qgisBuurten, extent, true, null);
		VectorLayer buurtenLayer = new VectorLayer("Buurten", buurten, buurtenFile, DefaultStyles.next(1));
		Comparison warm = compare(WARM_UPS, RUNS, () -> renderFrame(city, List.of(buurtenLayer)), qgisBuurten, extent,
				false, "rotterdam");
		VectorLayer wijkenLayer = new VectorLayer("Wijken", new GeoJsonReader().read(wijkenFile), wijkenFile,
				DefaultStyles.next(0));
		List<Layer> both = List.of(wijkenLayer, buurtenLayer);
		Comparison overNational = compare(WARM_UPS, RUNS, () -> {
			Frame frame = renderFrame(city, both);
			assertTrue(frame.result().featuresDrawn() > 78, frame.result()::toString);
			assertTrue(frame.result().featuresDrawn() < 3475 / 2, frame.result()::toString);
			return frame;
		}, List.of(QgisLayer.single(wijkenFile), QgisLayer.single(buurtenFile)), extent, false, "rotterdam-over-wijken");

		section("(c) Rotterdam, 78 buurt polygons (35k vertices), 1280x1024 at city scale");
		row("new layer + first render (QGIS: style + first render)", first.ours(), Double.NaN, first.qgis(), Double.NaN,
				Double.NaN);
		row("warm re-render  <- target", warm.ours(), Double.NaN, warm.qgis(), Double.NaN, CITY_TARGET_MS);
		row("warm re-render over the national wijken layer", overNational.ours(), Double.NaN, overNational.qgis(),
				Double.NaN, CITY_TARGET_MS);
	}

	/** Case (d). */
	private void graduated(Path file) throws Exception {
		FeatureCollection wijken = new GeoJsonReader().read(file);
		Viewport viewport = fit(new VectorLayer("Wijken", wijken, file, DefaultStyles.next(0)));
		List<QgisLayer> qgisLayers = List.of(new QgisLayer(file, DENSITY, CLASSES));
		Comparison first = compare(FIRST_WARM_UPS, FIRST_RUNS, () -> {
			VectorLayer layer = new VectorLayer("Wijken", wijken, file, jenks(wijken));
			Frame frame = renderFrame(viewport, List.of(layer));
			assertEquals(new RenderResult(3475, false), frame.result());
			return frame;
		}, qgisLayers, viewport.visibleEnvelope(), true, null);
		VectorLayer layer = new VectorLayer("Wijken", wijken, file, jenks(wijken));
		Comparison warm = compare(WARM_UPS, RUNS, () -> renderFrame(viewport, List.of(layer)), qgisLayers,
				viewport.visibleEnvelope(), false, "wijken-graduated");

		section("(d) Nederland wijken graduated by " + DENSITY + ": Jenks, 5 classes, YlOrRd");
		row("new layer + Jenks + first render (QGIS: Jenks + first render)", first.ours(), Double.NaN, first.qgis(),
				Double.NaN, FIRST_RENDER_TARGET_MS);
		row("warm re-render", warm.ours(), Double.NaN, warm.qgis(), Double.NaN, FIRST_RENDER_TARGET_MS);
	}

	private static LayerStyle jenks(FeatureCollection wijken) {
		int index = wijken.getSchema().indexOf(DENSITY);
		double[] values = wijken.getFeatures().stream().map(feature -> feature.getAttribute(index))
				.filter(Number.class::isInstance).mapToDouble(value -> ((Number) value).doubleValue()).toArray();
		assertTrue(values.length > 3000, () -> "values: " + values.length);
		return GraduatedStyle.of(DENSITY, Classifier.classify(values, ClassificationMethod.NATURAL_BREAKS, CLASSES),
				ColorBrewerPalette.YL_OR_RD, GRADUATED_BASE);
	}

	/**
	 * Runs ours and QGIS alternately. For QGIS a fresh case times styling + the first render (file parsing
	 * excluded, as for ours); a warm case opens the layers in its first warm-up and times re-renders.
	 *
	 * @param picture the name under which the last frames of both are saved in the test artifacts, or
	 *        {@code null}
	 */
	private Comparison compare(int warmUps, int runs, OursRun ours, List<QgisLayer> qgisLayers, Envelope extent,
			boolean fresh, String picture) throws Exception {
		Samples oursSamples = new Samples(runs);
		Samples qgisSamples = new Samples(runs);
		for (int run = -warmUps; run < runs; run++) {
			long start = System.nanoTime();
			Frame frame = ours.run();
			long done = System.nanoTime();
			if (run >= 0) {
				oursSamples.addNanos(done - start);
			}
			Path save = null;
			if (picture != null && run == runs - 1 && artifacts().isPresent()) {
				ImageIO.write(frame.image(), "png", artifacts().get().resolve("render-ours-" + picture + ".png").toFile());
				save = artifacts().get().resolve("render-qgis-" + picture + ".png");
			}
			if (qgis != null) {
				Map<String, Object> answer = qgis.render(qgisLayers, extent, WIDTH, HEIGHT, fresh || run == -warmUps,
						false, save);
				if (run >= 0) {
					qgisSamples.add(fresh ? number(answer, "style_ms") + number(answer, "render_ms")
							: number(answer, "render_ms"));
				}
			}
		}
		return new Comparison(oursSamples, qgis == null ? null : qgisSamples);
	}

	private static Optional<Path> artifacts() throws IOException {
		String folder = System.getProperty("veerkracht.test.artifacts");
		return folder == null ? Optional.empty() : Optional.of(Files.createDirectories(Path.of(folder)));
	}

	/** Renders a frame as the Map view's render job does: an opaque RGB image of the window's size. */
	private Frame renderFrame(Viewport viewport, List<? extends Layer> layers) {
		BufferedImage image = new BufferedImage(viewport.getWidth(), viewport.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			RenderResult result = renderer.render(graphics, viewport, layers, RenderMonitor.NONE);
			assertFalse(result.cancelled());
			return new Frame(image, result);
		} finally {
			graphics.dispose();
		}
	}

	private static Viewport fit(VectorLayer layer) {
		return new Viewport(Crs.RD_NEW, new Coordinate(155_000, 463_000), 1, WIDTH, HEIGHT)
				.zoomToEnvelope(layer.getEnvelope(Crs.RD_NEW), 0.05);
	}

	private static double coloured(BufferedImage image) {
		int total = 0;
		int coloured = 0;
		for (int y = 0; y < image.getHeight(); y += 4) {
			for (int x = 0; x < image.getWidth(); x += 4) {
				total++;
				coloured += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
			}
		}
		return (double) coloured / total;
	}

	private void section(String title) {
		rows.add("");
		rows.add(title);
	}

	private void row(String label, Samples ours, double oursCold, Samples qgisSamples, double qgisCold,
			double target) {
		boolean withQgis = qgisSamples != null && !qgisSamples.isEmpty();
		rows.add(String.format(Locale.ROOT, "  %-78s %8s %8s %8s | %8s %8s %8s | %7s | %s", label,
				format(ours.median()), format(ours.p95()), format(oursCold),
				withQgis ? format(qgisSamples.median()) : "-", withQgis ? format(qgisSamples.p95()) : "-",
				withQgis ? format(qgisCold) : "-",
				withQgis ? String.format(Locale.ROOT, "%.2f", ours.median() / qgisSamples.median()) : "-",
				Double.isNaN(target) ? "" : String.format(Locale.ROOT, "<= %.0f ms: %s", target,
						ours.median() <= target ? "met" : "MISSED")));
	}

	private void report(String loadBefore, String loadAfter, String whyNoQgis) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append("Render benchmark (ms; median and 95th percentile of the measured runs; cold = the very first run"
				+ " in a fresh process)\n");
		text.append(String.format(Locale.ROOT, "  machine: %d cores, Java %s, %s; load average before %s, after %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				System.getProperty("os.name"), loadBefore, loadAfter));
		text.append(String.format(Locale.ROOT, "  runs: first-render cases %d after %d warm-ups, re-render cases %d"
				+ " after %d, pan %d after %d; ours and QGIS alternate run by run%n", FIRST_RUNS, FIRST_WARM_UPS, RUNS,
				WARM_UPS, PAN_RUNS, PAN_WARM_UPS));
		text.append(qgis != null ? "  QGIS: " + qgis.info() + "\n" : "  QGIS: " + whyNoQgis + "\n");
		text.append(String.format(Locale.ROOT, "  %-78s %8s %8s %8s | %8s %8s %8s | %7s | %s%n", "case", "ours",
				"p95", "cold", "QGIS", "p95", "cold", "ours/Q", "target (on our median)"));
		rows.forEach(line -> text.append(line).append('\n'));
		text.append('\n');
		notes.forEach(line -> text.append("  ").append(line).append('\n'));
		System.out.println(text);
		if (artifacts().isPresent()) {
			Files.writeString(artifacts().get().resolve("render-benchmark.txt"), text);
		}
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		} catch (IOException e) {
			return "n/a";
		}
	}

	private static String format(double milliseconds) {
		return Double.isNaN(milliseconds) ? "-" : String.format(Locale.ROOT, "%.1f", milliseconds);
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static double number(Map<String, Object> answer, String key) {
		Object value = answer.get(key);
		return value instanceof Number number ? number.doubleValue() : Double.NaN;
	}

	/** One run of our side of a case. */
	@FunctionalInterface
	private interface OursRun {

		/**
		 * @return the frame drawn
		 * @throws Exception if the run fails
		 */
		Frame run() throws Exception;
	}

	/**
	 * A rendered frame.
	 *
	 * @param image the pixels
	 * @param result what the renderer reported
	 */
	private record Frame(BufferedImage image, RenderResult result) {
	}

	/**
	 * The timings of ours and QGIS for one case.
	 *
	 * @param ours our timings
	 * @param qgis the QGIS timings, or {@code null} without QGIS
	 */
	private record Comparison(Samples ours, Samples qgis) {
	}
}
