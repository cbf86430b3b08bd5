package nl.veerkracht.gis.export.internal;

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
 * Draws texts in the PDF's standard fonts (Helvetica for sans-serif) when every character is in their
 * encoding, and as glyph outlines otherwise (e.g. "≤"), so that nothing depends on which fonts the computer
 * has and no text is lost.
 */
final class StandardFontTextDrawer extends PdfBoxGraphics2DFontTextDrawerDefaultFonts {

	private final Map<Standard14Fonts.FontName, PDType1Font> fonts = new EnumMap<>(Standard14Fonts.FontName.class);

	/** Maps fonts to the standard fonts as the super class does, but loads each standard font only once. */
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
		if (!encodable(text.toString())) {
			return false;
		}
		boolean can = super.canDrawText(iterator, env);
		iterator.setIndex(begin);
		return can;
	}

	private boolean encodable(String text) throws IOException {
		try {
			fonts.computeIfAbsent(Standard14Fonts.FontName.HELVETICA, PDType1Font::new).encode(text);
			return true;
		} catch (IllegalArgumentException notInTheEncoding) {
			return false;
		}
	}
}
