package fr.liseuse.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.liseuse.config.RegularFile.Links;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A hang fails these tests through the timeout instead of stalling the build. */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RegularFileTest {

    private static final long CAP = 1 << 20;

    @TempDir
    Path folder;

    private String refusal(Path file, long cap, Links links) {
        return assertThrows(RegularFile.Refused.class, () -> RegularFile.read(file, cap, links))
                .reason(Messages.english());
    }

    @Test
    void aPlainFileUpToTheCapIsReadWhole() throws IOException {
        byte[] content = "{\"lang\": \"fr\"}".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("settings.json"), content);
        assertArrayEquals(content, RegularFile.read(file, content.length, Links.REFUSE));
    }

    @Test
    void oneByteOverTheCapIsRefused() throws IOException {
        Path file = Files.write(folder.resolve("big.json"), new byte[1025]);
        assertEquals("larger than 1 KiB", refusal(file, 1024, Links.FOLLOW));
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = HostileFiles.fifo(folder.resolve("pipe.json"));
        assertEquals("not a plain file (named pipe, device or socket)", refusal(pipe, CAP, Links.FOLLOW));
    }

    @Test
    void aLinkToDevZeroIsRefusedEvenWhenLinksAreFollowed() throws IOException {
        Path zero = HostileFiles.linkToZero(folder.resolve("zero.json"));
        assertEquals("not a plain file (named pipe, device or socket)", refusal(zero, CAP, Links.FOLLOW));
        assertEquals("a symbolic link, which is not followed here", refusal(zero, CAP, Links.REFUSE));
    }

    @Test
    void aFolderIsRefused() throws IOException {
        assertEquals("a folder, not a file", refusal(HostileFiles.folder(folder.resolve("dir.json")), CAP, Links.FOLLOW));
    }

    @Test
    void aHugeSparseFileIsRefusedBeforeAnyRead() throws IOException {
        Path sparse = HostileFiles.sparse(folder.resolve("sparse.entry"));
        assertEquals("larger than 64 MiB", refusal(sparse, 64L << 20, Links.REFUSE));
    }

    @Test
    void aLinkToAPlainFileIsReadOnlyWhenLinksMayBeFollowed() throws IOException {
        Path real = Files.writeString(folder.resolve("real.json"), "{}");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), real);
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), RegularFile.read(link, CAP, Links.FOLLOW));
        assertEquals("a symbolic link, which is not followed here", refusal(link, CAP, Links.REFUSE));
    }

    @Test
    void theReasonIsGivenInTheUiLanguage() throws Exception {
        Path pipe = HostileFiles.fifo(folder.resolve("pipe.json"));
        RegularFile.Refused refused = assertThrows(RegularFile.Refused.class, () -> RegularFile.read(pipe, CAP, Links.FOLLOW));
        assertEquals("pas un fichier ordinaire (tube nommé, périphérique ou socket)", refused.reason(Messages.french()));
    }
}
