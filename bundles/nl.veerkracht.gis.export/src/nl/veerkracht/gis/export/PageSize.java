package nl.veerkracht.gis.export;

/**
 * The size of an exported page. Layouts are made in pixels of 1/96 inch ({@link #layoutWidth()}), the unit
 * the renderer and the decorations draw in; PNG files get {@link #widthPixels(double)} pixels at their
 * resolution, PDF pages {@link #widthPoints()} points.
 *
 * @param widthMm the width in millimetres
 * @param heightMm the height in millimetres
 */
public record PageSize(double widthMm, double heightMm) {

	/** A4 upright, 210 x 297 mm. */
	public static final PageSize A4_PORTRAIT = new PageSize(210, 297);

	/** A4 on its side, 297 x 210 mm. */
	public static final PageSize A4_LANDSCAPE = new PageSize(297, 210);

	/** A3 upright, 297 x 420 mm. */
	public static final PageSize A3_PORTRAIT = new PageSize(297, 420);

	/** A3 on its side, 420 x 297 mm. */
	public static final PageSize A3_LANDSCAPE = new PageSize(420, 297);

	/** Layout pixels per inch. */
	public static final double LAYOUT_DPI = 96;

	private static final double MM_PER_INCH = 25.4;
	private static final double POINTS_PER_INCH = 72;

	/**
	 * Validates the size.
	 *
	 * @throws IllegalArgumentException if a side is not positive and finite
	 */
	public PageSize {
		if (!(widthMm > 0) || !(heightMm > 0) || Double.isInfinite(widthMm) || Double.isInfinite(heightMm)) {
			throw new IllegalArgumentException("Page sides must be positive: " + widthMm + " x " + heightMm + " mm");
		}
	}

	/**
	 * Returns the page that a raster image of a number of pixels covers at a resolution.
	 *
	 * @param width the width in pixels
	 * @param height the height in pixels
	 * @param dpi the resolution in dots per inch
	 * @return the page
	 * @throws IllegalArgumentException if a value is not positive
	 */
	public static PageSize ofPixels(int width, int height, double dpi) {
		if (width <= 0 || height <= 0 || !(dpi > 0)) {
			throw new IllegalArgumentException("Pixel sizes and resolution must be positive: " + width + " x "
					+ height + " px at " + dpi + " dpi");
		}
		return new PageSize(width / dpi * MM_PER_INCH, height / dpi * MM_PER_INCH);
	}

	/**
	 * Tells whether the page is wider than high.
	 *
	 * @return whether the width exceeds the height
	 */
	public boolean isLandscape() {
		return widthMm > heightMm;
	}

	/**
	 * Returns the width in layout pixels of 1/96 inch.
	 *
	 * @return the width
	 */
	public double layoutWidth() {
		return widthMm / MM_PER_INCH * LAYOUT_DPI;
	}

	/**
	 * Returns the height in layout pixels of 1/96 inch.
	 *
	 * @return the height
	 */
	public double layoutHeight() {
		return heightMm / MM_PER_INCH * LAYOUT_DPI;
	}

	/**
	 * Returns the width of a raster image of the page.
	 *
	 * @param dpi the resolution in dots per inch
	 * @return the width in pixels, at least 1
	 */
	public int widthPixels(double dpi) {
		return Math.max(1, (int) Math.round(widthMm / MM_PER_INCH * dpi));
	}

	/**
	 * Returns the height of a raster image of the page.
	 *
	 * @param dpi the resolution in dots per inch
	 * @return the height in pixels, at least 1
	 */
	public int heightPixels(double dpi) {
		return Math.max(1, (int) Math.round(heightMm / MM_PER_INCH * dpi));
	}

	/**
	 * Returns the width in PDF points of 1/72 inch.
	 *
	 * @return the width
	 */
	public double widthPoints() {
		return widthMm / MM_PER_INCH * POINTS_PER_INCH;
	}

	/**
	 * Returns the height in PDF points of 1/72 inch.
	 *
	 * @return the height
	 */
	public double heightPoints() {
		return heightMm / MM_PER_INCH * POINTS_PER_INCH;
	}
}
