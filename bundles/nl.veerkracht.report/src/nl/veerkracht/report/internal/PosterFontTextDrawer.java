package nl.veerkracht.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;

/**
 * Writes poster text as real PDF text in the standard Helvetica fonts (searchable, selectable, small files). Text
 * that the standard fonts cannot encode (characters outside WinAnsi) is drawn as outlines instead of failing.
 */
public final class PosterFontTextDrawer extends PdfBoxGraphics2DFontTextDrawerDefaultFonts {

	private static final String WIN_ANSI_EXTRAS = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
			+ "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178";

	private final Map<Standard14Fonts.FontName, PDType1Font> fonts = new EnumMap<>(Standard14Fonts.FontName.class);

	@Override
	protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException, FontFormatException {
		Standard14Fonts.FontName name = mapDefaultFonts(font);
		return name == null ? super.mapFont(font, env) : fonts.computeIfAbsent(name, PDType1Font::new);
	}

	@Override
	public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
			throws IOException, FontFormatException {
		int begin = iterator.getBeginIndex();
		StringBuilder text = new StringBuilder();
		for (char c = iterator.setIndex(begin); c != CharacterIterator.DONE; c = iterator.next()) {
			text.append(c);
		}
		iterator.setIndex(begin);
		try {
			fonts.computeIfAbsent(Standard14Fonts.FontName.HELVETICA, PDType1Font::new).encode(text.toString());
		} catch (IllegalArgumentException notInTheEncoding) {
			return false;
		}
		boolean can = super.canDrawText(iterator, env);
		iterator.setIndex(begin);
		return can;
	}

	/**
	 * @param c a character
	 * @return whether the standard PDF fonts (WinAnsi encoding) have it
	 */
	public static boolean isStandard(char c) {
		return c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFF || WIN_ANSI_EXTRAS.indexOf(c) >= 0;
	}
}
