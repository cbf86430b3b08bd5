package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Wijkschets;

/**
 * Text typed into a wijkschets that would break markup or fonts (a script tag, quotes, an ampersand, characters
 * outside the PDF's standard fonts, a control character) comes out as text in both files.
 */
class NotitieHostileTextTest {

	private static final String HOSTILE = "<script>alert(\"x\")</script> & 'quotes' \u263A \uD83D\uDE00 \u6F22 einde";

	@TempDir
	Path folder;

	@Test
	void hostileTextIsPrintedAsText() throws Exception {
		DemoNotitie demo = DemoNotitie.create(folder.resolve("kwb"));
		Wijkschets molenkamp = demo.analyse().getWijkschetsen().get(0);
		molenkamp.setBevolking(HOSTILE + "\u0007");
		molenkamp.getDilemmas().get(0).setTitle("Wie & waar? <b>");
		molenkamp.getSleutelprojecten().get(0).setName("\"Project\" </td></tr> & co");
		NotitieContent content = new NotitieBuilder(demo.analyse(), DemoNotitie.SCENARIO, demo.comparison())
				.madeOn(LocalDate.of(2026, 3, 1)).build();
		Path pdf = folder.resolve("notitie.pdf");
		Path docx = folder.resolve("notitie.docx");
		NotitiePdf.write(content, pdf);
		NotitieDocx.write(content, docx);
		String text = NotitieFiles.pdfText(pdf);
		assertTrue(text.contains("<script>alert(\"x\")</script> & 'quotes' ? ?? ? einde"), "the PDF prints it as text");
		assertTrue(text.contains("Wie & waar? <b>"));
		assertTrue(text.contains("\"Project\" </td></tr> & co"));
		try (XWPFDocument document = NotitieFiles.docx(docx)) {
			String bevolking = document.getParagraphs().stream().map(p -> p.getText()).filter(t -> t.startsWith("<script>"))
					.findFirst().orElseThrow();
			assertEquals(HOSTILE, bevolking, "the DOCX keeps every character, without the control character");
			assertTrue(document.getTables().stream().anyMatch(
					t -> t.getRows().stream().anyMatch(r -> r.getCell(0).getText().equals("\"Project\" </td></tr> & co"))));
		}
	}
}
