package cn.scenehub.proposal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The file types a proposal may carry, recognised by their content, never by the name or the
 * type the client claims: PDF and images by their magic bytes, Office files as ZIP packages
 * holding the part of their kind (and no macros). The extension must agree with the content.
 */
enum AttachmentType {
    PDF("pdf", "application/pdf"),
    PNG("png", "image/png"),
    JPG("jpg", "image/jpeg"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    // Reading entry names only; a package with more entries than this is not an ordinary document.
    private static final int MAX_ZIP_ENTRIES = 10_000;

    final String extension;
    final String contentType;

    AttachmentType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    static Optional<AttachmentType> byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String ext = lower.substring(lower.lastIndexOf('.') + 1);
        if (ext.equals("jpeg")) {
            return Optional.of(JPG);
        }
        return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
    }

    /** Whether the bytes are a file of this type. */
    boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case PNG -> startsWith(content, PNG_MAGIC);
            case JPG -> startsWith(content, JPG_MAGIC);
            case DOCX -> officePackage(content, "word/");
            case XLSX -> officePackage(content, "xl/");
            case PPTX -> officePackage(content, "ppt/");
        };
    }

    private static boolean officePackage(byte[] content, String partPrefix) {
        if (!startsWith(content, ZIP_MAGIC)) {
            return false;
        }
        boolean contentTypes = false;
        boolean part = false;
        int entries = 0;
        // ZipFile reads the central directory only; streaming through the entries would inflate
        // every one of them, which a crafted package could make very costly.
        Path temp = null;
        try {
            temp = Files.createTempFile("scenehub-attachment", ".zip");
            Files.write(temp, content);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                for (var it = zip.entries(); it.hasMoreElements(); ) {
                    String name = it.nextElement().getName();
                    if (++entries > MAX_ZIP_ENTRIES || name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                        return false;
                    }
                    contentTypes |= name.equals("[Content_Types].xml");
                    part |= name.startsWith(partPrefix);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } finally {
            deleteQuietly(temp);
        }
        return contentTypes && part;
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // a temp file left behind is removed with the temp directory
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
