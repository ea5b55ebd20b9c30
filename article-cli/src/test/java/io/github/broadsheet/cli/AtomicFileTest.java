package io.github.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesFileAndReturnsWhatTheBodyReturned() throws IOException {
        Path target = dir.resolve("sub/folder/out.txt");

        String result = AtomicFile.write(target, out -> {
            out.write("whole".getBytes(StandardCharsets.UTF_8));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(target).hasContent("whole");
        assertThat(names(target.getParent())).containsExactly("out.txt");
    }

    @Test
    void leavesExistingFileAndNoTemporaryFileWhenTheBodyFails() throws IOException {
        Path target = Files.writeString(dir.resolve("out.txt"), "before");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full, say");
        })).isInstanceOf(IOException.class).hasMessage("disk full, say");

        assertThat(target).hasContent("before");
        assertThat(names(dir)).containsExactly("out.txt");
    }

    @Test
    void givesNewFilesThePermissionsOfOrdinaryNewFiles() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path target = dir.resolve("out.txt");

        AtomicFile.write(target, out -> null);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
