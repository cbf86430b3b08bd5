package nl.veerkracht.report.poster;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.veerkracht.model.Domein;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.model.method.MixKleuren;
import nl.veerkracht.model.method.Perspectieven;
import nl.veerkracht.report.internal.ColumnFlow;
import nl.veerkracht.report.internal.Paragraph;
import nl.veerkracht.report.internal.PosterMapPainter;
import nl.veerkracht.report.internal.Section;
import nl.veerkracht.report.internal.TextFit;
import nl.veerkracht.report.internal.TextFitter;

/**
 * The laid-out wijkschets poster: the front page and, when texts did not fit their boxes, continuation pages with
 * the full texts. Made by {@link WijkschetsPoster#layout}; draws into any {@code Graphics2D} whose user space is in
 * points with the origin at the top left of the page.
 */
public final class PosterLayout {

	private static final Color INK = new Color(0x1E, 0x2A, 0x30);
	private static final Color ACCENT = new Color(0x1F, 0x5F, 0x6B);
	private static final Color BAND_TEXT = new Color(0xE6, 0xF0, 0xF1);
	private static final Color MUTED = new Color(0x6B, 0x7B, 0x80);
	private static final Color RULE = new Color(0xC9, 0xD3, 0xD6);
	private static final Color PANEL = new Color(0xF3, 0xF6, 0xF6);
	private static final Color MARKER = new Color(0xB0, 0x3A, 0x2E);

	private static final double MARGIN = 28;
	private static final double BAND_HEIGHT = 78;
	private static final double BODY_TOP = 98;
	private static final double HEADING_HEIGHT = 24;
	private static final double SECTION_GAP = 12;
	private static final double FOOTER_RULE = WijkschetsPoster.HEIGHT - 58;
	private static final double BODY_BOTTOM = FOOTER_RULE - 12;
	private static final double LEFT_X = MARGIN;
	private static final double LEFT_WIDTH = 392;
	private static final double MIDDLE_X = 440;
	private static final double MIDDLE_WIDTH = 350;
	private static final double RIGHT_X = 810;
	private static final double RIGHT_WIDTH = WijkschetsPoster.WIDTH - MARGIN - RIGHT_X;
	private static final double MAP_HEIGHT = 348;
	private static final double AXIS_LABEL = 18;
	private static final double QUADRANT_HEIGHT = 172;
	private static final double QUADRANT_PADDING = 8;
	private static final double QUADRANT_NAME = 27;
	private static final double QUADRANT_TEXT_TOP = 74;

	private static final double MIDDLE_TEXT = BODY_BOTTOM - BODY_TOP - 4 * HEADING_HEIGHT - 3 * SECTION_GAP;
	private static final double PROBLEEM_BOX = MIDDLE_TEXT * 0.34;
	private static final double SUCCES_BOX = MIDDLE_TEXT * 0.2;
	private static final double STATUS_BOX = MIDDLE_TEXT * 0.23;
	private static final double PROJECTS_BOX = MIDDLE_TEXT * 0.23;

	private static final double FOOTER_PARTICIPANTS = 560;
	private static final double FOOTER_ATTRIBUTION = 380;

	private static final float BODY_SIZE = 10.5f;
	private static final float MIN_SIZE = 7.5f;
	private static final float QUADRANT_SIZE = 9f;
	private static final float QUADRANT_MIN = 7f;
	private static final float HEADING_SIZE = 12.5f;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

	private final PosterContent content;
	private final WijkschetsPoster.Overflow overflow;
	private final TextFitter fitter;
	private final List<Section> continued = new ArrayList<>();
	private final List<String> truncated = new ArrayList<>();
	private final TextFit probleemanalyse;
	private final TextFit succes;
	private final TextFit status;
	private final TextFit projects;
	private final TextFit dilemmas;
	private final TextFit participants;
	private final TextFit attribution;
	private final Map<Handelingsperspectief, TextFit> rationales = new EnumMap<>(Handelingsperspectief.class);
	private final Map<Handelingsperspectief, TextFit> names = new EnumMap<>(Handelingsperspectief.class);
	private final List<List<ColumnFlow.Placed>> continuationPages;

	PosterLayout(PosterContent content, WijkschetsPoster.Overflow overflow, FontRenderContext context) {
		this.content = content;
		this.overflow = overflow;
		this.fitter = new TextFitter(context);
		probleemanalyse = fit(PosterTexts.PROBLEEMANALYSE, List.of(Paragraph.plain(content.probleemanalyse())),
				MIDDLE_WIDTH, PROBLEEM_BOX, BODY_SIZE, MIN_SIZE);
		succes = fit(PosterTexts.DEFINITIE_VAN_SUCCES, List.of(Paragraph.plain(content.definitieVanSucces())),
				MIDDLE_WIDTH, SUCCES_BOX, BODY_SIZE, MIN_SIZE);
		status = fit(PosterTexts.STATUS, items(content.status()), MIDDLE_WIDTH, STATUS_BOX, BODY_SIZE,
				MIN_SIZE);
		projects = fit(PosterTexts.SLEUTELPROJECTEN, items(content.sleutelprojecten()), MIDDLE_WIDTH,
				PROJECTS_BOX, BODY_SIZE, MIN_SIZE);
		for (MixEntry entry : content.mix()) {
			rationales.put(entry.perspective(),
					fit(entry.perspective().getLiteral() + " (" + entry.intensityWord() + ")",
							List.of(Paragraph.plain(entry.rationale())), quadrantWidth() - 2 * QUADRANT_PADDING,
							QUADRANT_HEIGHT - QUADRANT_TEXT_TOP - QUADRANT_PADDING, QUADRANT_SIZE, QUADRANT_MIN));
		}
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			names.put(perspective, fitter.fit(List.of(new Paragraph(perspective.getLiteral(), "")),
					quadrantWidth() - 2 * QUADRANT_PADDING, QUADRANT_NAME, 10.5f, 8f, perspective.getLiteral(), INK));
		}
		dilemmas = fit(PosterTexts.DILEMMA, items(content.dilemmas()), RIGHT_WIDTH,
				BODY_BOTTOM - dilemmaTop() - HEADING_HEIGHT, BODY_SIZE, MIN_SIZE);
		participants = fit(PosterTexts.DEELNEMERS,
				List.of(new Paragraph(PosterTexts.DEELNEMERS + ":", String.join(", ", content.participants()))),
				FOOTER_PARTICIPANTS, 30, 9, 7);
		attribution = fit("Bron", List.of(Paragraph.plain(content.attribution())), FOOTER_ATTRIBUTION, 30, 8, 7);
		if (overflow == WijkschetsPoster.Overflow.CONTINUATION_PAGES && !continued.isEmpty()) {
			double columnWidth = (WijkschetsPoster.WIDTH - 2 * MARGIN - 2 * 24) / 3;
			List<Rectangle2D> columns = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				columns.add(new Rectangle2D.Double(MARGIN + i * (columnWidth + 24), BODY_TOP, columnWidth,
						BODY_BOTTOM - BODY_TOP));
			}
			continuationPages = ColumnFlow.flow(fitter, continued, columns, HEADING_SIZE, BODY_SIZE, ACCENT);
		} else {
			continuationPages = List.of();
		}
	}

	/**
	 * @return the number of pages: 1, or more when texts continue
	 */
	public int pageCount() {
		return 1 + continuationPages.size();
	}

	/**
	 * Where a perspective's quadrant of the 2×2 lies on the front page. Its fill is
	 * {@link MixKleuren#fill(Handelingsperspectief, int)} of the perspective's intensity, as in the editor, or white
	 * when the wijkschets does not rate it.
	 *
	 * @param perspective a perspective
	 * @return the quadrant in points, origin at the top left of the page
	 */
	public static Rectangle2D quadrant(Handelingsperspectief perspective) {
		int column = Perspectieven.strategie(perspective) == Strategie.OMGAAN_MET ? 0 : 1;
		int row = Perspectieven.domein(perspective) == Domein.MENS ? 0 : 1;
		double width = quadrantWidth();
		return new Rectangle2D.Double(RIGHT_X + AXIS_LABEL + column * width,
				BODY_TOP + HEADING_HEIGHT + AXIS_LABEL + row * QUADRANT_HEIGHT, width, QUADRANT_HEIGHT);
	}

	/**
	 * @return the headings of the boxes whose text did not fit at the smallest size, in layout order
	 */
	public List<String> truncatedSections() {
		return List.copyOf(truncated);
	}

	/**
	 * Draws one page.
	 *
	 * @param graphics the graphics, user space in points, origin at the top left of the page
	 * @param page the page index, 0 for the front page
	 * @throws IndexOutOfBoundsException if there is no such page
	 */
	public void paintPage(Graphics2D graphics, int page) {
		if (page < 0 || page >= pageCount()) {
			throw new IndexOutOfBoundsException("the poster has " + pageCount() + " pages, not page " + (page + 1));
		}
		Graphics2D g = (Graphics2D) graphics.create();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fill(new Rectangle2D.Double(0, 0, WijkschetsPoster.WIDTH, WijkschetsPoster.HEIGHT));
			if (page == 0) {
				paintFront(g);
			} else {
				paintContinuation(g, page);
			}
		} finally {
			g.dispose();
		}
	}

	private void paintFront(Graphics2D g) {
		paintBand(g, "WIJKSCHETS", content.title(), PosterTexts.DATUM + ": " + DATE.format(content.date()));
		paintMaps(g);
		paintPhoto(g);
		double y = BODY_TOP;
		y = paintSection(g, PosterTexts.PROBLEEMANALYSE, probleemanalyse, MIDDLE_X, y, MIDDLE_WIDTH, PROBLEEM_BOX);
		y = paintSection(g, PosterTexts.DEFINITIE_VAN_SUCCES, succes, MIDDLE_X, y, MIDDLE_WIDTH, SUCCES_BOX);
		y = paintSection(g, PosterTexts.STATUS, status, MIDDLE_X, y, MIDDLE_WIDTH, STATUS_BOX);
		paintSection(g, PosterTexts.SLEUTELPROJECTEN, projects, MIDDLE_X, y, MIDDLE_WIDTH, PROJECTS_BOX);
		paintMatrix(g);
		paintSection(g, PosterTexts.DILEMMA, dilemmas, RIGHT_X, dilemmaTop(), RIGHT_WIDTH,
				BODY_BOTTOM - dilemmaTop() - HEADING_HEIGHT);
		paintFooter(g);
	}

	private void paintContinuation(Graphics2D g, int page) {
		paintBand(g, PosterTexts.VERVOLG_TITEL.toUpperCase(Locale.ROOT), content.title(),
				"pagina " + (page + 1) + " van " + pageCount());
		for (ColumnFlow.Placed line : continuationPages.get(page - 1)) {
			g.setColor(INK);
			line.paint(g);
		}
		paintFooter(g);
	}

	private void paintBand(Graphics2D g, String kicker, String title, String right) {
		g.setColor(ACCENT);
		g.fill(new Rectangle2D.Double(0, 0, WijkschetsPoster.WIDTH, BAND_HEIGHT));
		g.setColor(BAND_TEXT);
		g.setFont(TextFitter.font(9, true));
		g.drawString(kicker, (float) MARGIN, 26f);
		g.setColor(Color.WHITE);
		float titleSize = 28;
		g.setFont(TextFitter.font(titleSize, true));
		while (titleSize > 14 && g.getFontMetrics().stringWidth(title) > WijkschetsPoster.WIDTH * 0.68) {
			titleSize -= 1;
			g.setFont(TextFitter.font(titleSize, true));
		}
		g.drawString(title, (float) MARGIN, 58f);
		g.setFont(TextFitter.font(13, false));
		g.setColor(BAND_TEXT);
		float width = (float) g.getFont().getStringBounds(right, g.getFontRenderContext()).getWidth();
		g.drawString(right, (float) (WijkschetsPoster.WIDTH - MARGIN - width), 58f);
	}

	private static void paintHeading(Graphics2D g, String heading, double x, double y, double width) {
		g.setColor(ACCENT);
		g.setFont(TextFitter.font(HEADING_SIZE, true));
		g.drawString(heading, (float) x, (float) (y + HEADING_SIZE));
		g.setColor(RULE);
		g.setStroke(new BasicStroke(0.6f));
		g.draw(new Line2D.Double(x, y + HEADING_SIZE + 5, x + width, y + HEADING_SIZE + 5));
		g.setColor(ACCENT);
		g.setStroke(new BasicStroke(1.6f));
		g.draw(new Line2D.Double(x, y + HEADING_SIZE + 5, x + 36, y + HEADING_SIZE + 5));
	}

	private static double paintSection(Graphics2D g, String heading, TextFit fit, double x, double y, double width,
			double boxHeight) {
		paintHeading(g, heading, x, y, width);
		g.setColor(INK);
		if (fit.lines().isEmpty()) {
			g.setColor(MUTED);
			g.setFont(TextFitter.font(BODY_SIZE, false));
			g.drawString(PosterTexts.GEEN, (float) x, (float) (y + HEADING_HEIGHT + BODY_SIZE));
		} else {
			fit.paint(g, x, y + HEADING_HEIGHT);
		}
		return y + HEADING_HEIGHT + boxHeight + SECTION_GAP;
	}

	private void paintMaps(Graphics2D g) {
		paintHeading(g, PosterTexts.KAART, LEFT_X, BODY_TOP, LEFT_WIDTH);
		Rectangle2D frame = new Rectangle2D.Double(LEFT_X, BODY_TOP + HEADING_HEIGHT, LEFT_WIDTH, MAP_HEIGHT);
		if (content.map().isPresent()) {
			PosterMap map = content.map().get();
			PosterMapPainter.paint(g, map.content(), map.envelope(), frame, true);
		} else {
			placeholder(g, frame, PosterTexts.GEEN_KAART);
		}
		if (content.signalMap().isPresent()) {
			double width = LEFT_WIDTH * 0.38;
			double height = MAP_HEIGHT * 0.42;
			Rectangle2D inset = new Rectangle2D.Double(frame.getMaxX() - 8 - width, frame.getMaxY() - 8 - height,
					width, height);
			g.setColor(Color.WHITE);
			g.fill(grow(inset, 3));
			g.setColor(MUTED);
			g.setStroke(new BasicStroke(0.6f));
			g.draw(grow(inset, 3));
			Rectangle2D mapArea = new Rectangle2D.Double(inset.getX(), inset.getY() + 12, inset.getWidth(),
					inset.getHeight() - 12);
			PosterMap signal = content.signalMap().get();
			PosterMapPainter.paint(g, signal.content(), signal.envelope(), mapArea, false);
			g.setColor(ACCENT);
			g.setFont(TextFitter.font(7.5f, true));
			g.drawString(PosterTexts.SIGNALERINGSKAART, (float) inset.getX() + 1, (float) inset.getY() + 8);
		}
		g.setColor(MUTED);
		g.setStroke(new BasicStroke(0.75f));
		g.draw(frame);
	}

	private void paintPhoto(Graphics2D g) {
		double top = BODY_TOP + HEADING_HEIGHT + MAP_HEIGHT + SECTION_GAP;
		paintHeading(g, PosterTexts.FOTO, LEFT_X, top, LEFT_WIDTH);
		Rectangle2D frame = new Rectangle2D.Double(LEFT_X, top + HEADING_HEIGHT, LEFT_WIDTH,
				BODY_BOTTOM - top - HEADING_HEIGHT);
		if (content.photo().isEmpty()) {
			placeholder(g, frame, PosterTexts.GEEN_FOTO);
			return;
		}
		BufferedImage photo = content.photo().get();
		double scale = Math.max(frame.getWidth() / photo.getWidth(), frame.getHeight() / photo.getHeight());
		int sourceWidth = (int) Math.round(frame.getWidth() / scale);
		int sourceHeight = (int) Math.round(frame.getHeight() / scale);
		int sx = (photo.getWidth() - sourceWidth) / 2;
		int sy = (photo.getHeight() - sourceHeight) / 2;
		BufferedImage cropped = photo.getSubimage(Math.max(0, sx), Math.max(0, sy),
				Math.min(sourceWidth, photo.getWidth()), Math.min(sourceHeight, photo.getHeight()));
		AffineTransform place = AffineTransform.getTranslateInstance(frame.getX(), frame.getY());
		place.scale(frame.getWidth() / cropped.getWidth(), frame.getHeight() / cropped.getHeight());
		g.drawImage(cropped, place, null);
		g.setColor(MUTED);
		g.setStroke(new BasicStroke(0.75f));
		g.draw(frame);
	}

	private void paintMatrix(Graphics2D g) {
		paintHeading(g, PosterTexts.PERSPECTIEFMIX, RIGHT_X, BODY_TOP, RIGHT_WIDTH);
		double top = BODY_TOP + HEADING_HEIGHT;
		double left = RIGHT_X + AXIS_LABEL;
		double width = quadrantWidth();
		g.setFont(TextFitter.font(9, true));
		g.setColor(MUTED);
		Strategie[] strategies = { Strategie.OMGAAN_MET, Strategie.TEGENGAAN_VAN };
		Domein[] domains = { Domein.MENS, Domein.FYSIEK };
		for (int column = 0; column < 2; column++) {
			String label = strategies[column] == Strategie.OMGAAN_MET ? PosterTexts.OMGAAN_MET
					: PosterTexts.TEGENGAAN_VAN;
			drawCentred(g, label.toUpperCase(Locale.ROOT), left + column * width + width / 2, top + 11);
		}
		for (int row = 0; row < 2; row++) {
			String label = domains[row] == Domein.MENS ? PosterTexts.MENS : PosterTexts.FYSIEK;
			Graphics2D rotated = (Graphics2D) g.create();
			try {
				rotated.setFont(TextFitter.font(9, true));
				rotated.setColor(MUTED);
				rotated.translate(RIGHT_X + 12, top + AXIS_LABEL + row * QUADRANT_HEIGHT + QUADRANT_HEIGHT / 2);
				rotated.rotate(-Math.PI / 2);
				drawCentred(rotated, label.toUpperCase(Locale.ROOT), 0, 0);
			} finally {
				rotated.dispose();
			}
			for (int column = 0; column < 2; column++) {
				Handelingsperspectief perspective = Perspectieven.of(domains[row], strategies[column]);
				paintQuadrant(g, perspective, quadrant(perspective));
			}
		}
	}

	private void paintQuadrant(Graphics2D g, Handelingsperspectief perspective, Rectangle2D quadrant) {
		MixEntry entry = content.mix().stream().filter(e -> e.perspective() == perspective).findFirst().orElse(null);
		boolean rated = entry != null && Intensiteit.isValid(entry.intensity());
		Color hue = new Color(MixKleuren.hue(perspective));
		g.setColor(rated ? new Color(MixKleuren.fill(perspective, entry.intensity())) : Color.WHITE);
		g.fill(quadrant);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(3f));
		g.draw(quadrant);
		double x = quadrant.getX() + QUADRANT_PADDING;
		double y = quadrant.getY() + QUADRANT_PADDING;
		g.setColor(INK);
		names.get(perspective).paint(g, x, y);
		g.setFont(TextFitter.font(15, true));
		g.setColor(entry == null ? MUTED : INK);
		g.drawString(entry == null ? PosterTexts.NIET_INGEVULD : entry.intensityWord(), (float) x,
				(float) (y + QUADRANT_NAME + 15));
		for (int dot = 0; dot < Intensiteit.MAX; dot++) {
			Ellipse2D circle = new Ellipse2D.Double(x + dot * 11, y + QUADRANT_NAME + 22, 7, 7);
			if (rated && dot < entry.intensity()) {
				g.setColor(hue);
				g.fill(circle);
				// a dark rim keeps the dot apart from a strongly filled quadrant of the same hue
				g.setColor(INK);
				g.setStroke(new BasicStroke(0.6f));
				g.draw(circle);
			} else {
				g.setColor(Color.WHITE);
				g.fill(circle);
				g.setColor(hue);
				g.setStroke(new BasicStroke(0.8f));
				g.draw(circle);
			}
		}
		TextFit rationale = rationales.get(perspective);
		if (rationale != null) {
			g.setColor(INK);
			rationale.paint(g, x, quadrant.getY() + QUADRANT_TEXT_TOP);
		}
	}

	private void paintFooter(Graphics2D g) {
		g.setColor(RULE);
		g.setStroke(new BasicStroke(0.6f));
		g.draw(new Line2D.Double(MARGIN, FOOTER_RULE, WijkschetsPoster.WIDTH - MARGIN, FOOTER_RULE));
		g.setColor(INK);
		participants.paint(g, MARGIN, FOOTER_RULE + 8);
		g.setColor(MUTED);
		attribution.paint(g, WijkschetsPoster.WIDTH - MARGIN - FOOTER_ATTRIBUTION, FOOTER_RULE + 8);
		g.setFont(TextFitter.font(9, false));
		g.drawString(PosterTexts.DATUM + ": " + DATE.format(content.date()),
				(float) (MARGIN + FOOTER_PARTICIPANTS + 24), (float) (FOOTER_RULE + 17));
	}

	private TextFit fit(String heading, List<Paragraph> paragraphs, double width, double height, float size,
			float min) {
		boolean continues = overflow == WijkschetsPoster.Overflow.CONTINUATION_PAGES;
		TextFit fit = fitter.fit(paragraphs, width, height, size, min,
				continues ? PosterTexts.VERVOLG : PosterTexts.INGEKORT, MARKER);
		if (fit.truncated()) {
			truncated.add(heading);
			continued.add(new Section(heading, paragraphs));
		}
		return fit;
	}

	private static List<Paragraph> items(List<PosterItem> items) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (PosterItem item : items) {
			String lead = item.title().isEmpty() || item.text().isEmpty() ? item.title() : item.title() + ":";
			paragraphs.add(new Paragraph(lead, item.text()));
		}
		return paragraphs;
	}

	private static double quadrantWidth() {
		return (RIGHT_WIDTH - AXIS_LABEL) / 2;
	}

	private static double dilemmaTop() {
		return BODY_TOP + HEADING_HEIGHT + AXIS_LABEL + 2 * QUADRANT_HEIGHT + 2 * SECTION_GAP;
	}

	private static void placeholder(Graphics2D g, Rectangle2D frame, String text) {
		g.setColor(PANEL);
		g.fill(frame);
		g.setColor(MUTED);
		g.setFont(TextFitter.font(11, false).deriveFont(Font.ITALIC));
		drawCentred(g, text, frame.getCenterX(), frame.getCenterY() + 4);
	}

	private static void drawCentred(Graphics2D g, String text, double centreX, double baseline) {
		double width = g.getFont().getStringBounds(text, g.getFontRenderContext()).getWidth();
		g.drawString(text, (float) (centreX - width / 2), (float) baseline);
	}

	private static Rectangle2D grow(Rectangle2D r, double by) {
		return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
	}
}
