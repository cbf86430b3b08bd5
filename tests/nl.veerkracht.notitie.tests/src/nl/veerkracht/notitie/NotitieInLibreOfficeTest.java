package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Prestatieafspraak;

/**
 * The DOCX of the demo notitie opened in an office suite that is not Apache POI: LibreOffice Writer reads it, finds
 * one table of contents over the chapters, fills in the page on which each chapter starts in its own layout (as
 * Word does when the document asks to update its fields), and lays out the same chapters and prestatieafspraken
 * as the PDF. The LibreOffice PDF is kept in target/test-artifacts/notitie.
 */
class NotitieInLibreOfficeTest {

	private static final Path ARTIFACTS = Path.of("target", "test-artifacts", "notitie");

	@TempDir
	Path folder;

	@Test
	void libreOfficeOpensTheDocxAndItsContentsGetsThePagesOfTheChapters() throws Exception {
		DemoNotitie demo = DemoNotitie.create(folder.resolve("kwb"));
		NotitieContent content = demo.content();
		Path docx = folder.resolve("notitie.docx");
		NotitieDocx.write(content, docx);

		LibreOffice.Opened opened = LibreOffice.open(docx, folder);

		assertEquals(1, opened.indexes(), "one table of contents");
		List<String> chapters = new ArrayList<>();
		content.chapters().forEach(chapter -> chapters.add(chapter.numberedTitle()));
		assertEquals(chapters, new ArrayList<>(opened.contents().keySet()), "the contents lists every chapter in order");
		List<String> pages = NotitieFiles.pageTexts(opened.pdf());
		int previous = 2;
		for (Map.Entry<String, Integer> entry : opened.contents().entrySet()) {
			int page = entry.getValue();
			assertTrue(page > previous, entry + " starts a new page after page " + previous);
			assertTrue(page <= pages.size(), entry + " lies in the document of " + pages.size() + " pages");
			assertTrue(pages.get(page - 1).startsWith(entry.getKey()), "page " + page + " starts with " + entry.getKey()
					+ ": " + pages.get(page - 1).substring(0, Math.min(80, pages.get(page - 1).length())));
			previous = page;
		}
		assertTrue(pages.get(1).startsWith("Inhoud"), "the contents on page 2");
		String all = String.join(" ", pages);
		for (Prestatieafspraak afspraak : demo.analyse().getPrestatieafspraken()) {
			assertTrue(all.contains(afspraak.getTitle()), "the prestatieafspraak " + afspraak.getTitle());
		}
		assertTrue(all.contains("pagina " + pages.size() + " van " + pages.size()), "the footer's page fields");
		Files.createDirectories(ARTIFACTS);
		Files.copy(opened.pdf(), ARTIFACTS.resolve("notitie-libreoffice.pdf"), StandardCopyOption.REPLACE_EXISTING);
	}
}
