package io.ticketflow.ticket.attachment;

import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

import java.util.Locale;

/**
 * What a client says about the file it uploads, made safe to store, to put in an event and to send back in
 * a {@code Content-Disposition} header. Neither is trusted: a name may carry a path, control characters or
 * right-to-left overrides that disguise its extension; a type may be malformed or a wildcard.
 */
public final class UploadedFileMetadata {

    public static final int MAX_FILE_NAME_LENGTH = 255;
    static final String FALLBACK_NAME = "attachment";
    static final String FALLBACK_TYPE = "application/octet-stream";
    private static final int MAX_KEPT_EXTENSION = 16;
    private static final int MAX_TYPE_LENGTH = 255;

    private UploadedFileMetadata() {
    }

    /**
     * The last path segment (browsers on Windows send {@code C:\Users\...}), without control and invisible
     * formatting characters, trimmed, at most {@value #MAX_FILE_NAME_LENGTH} code points with a short
     * extension kept; {@value #FALLBACK_NAME} when nothing is left.
     */
    public static String fileName(String given) {
        if (given == null) {
            return FALLBACK_NAME;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(UploadedFileMetadata::visibleOrSpace).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.chars().allMatch(c -> c == '.')) { // also the empty name: ".", ".." name directories, not files
            return FALLBACK_NAME;
        }
        return shorten(name);
    }

    /**
     * The declared media type, lower case, parameters dropped but for {@code charset};
     * {@value #FALLBACK_TYPE} when it is missing, malformed or a wildcard. Storing a type is not serving it
     * inline: downloads are always served as {@code attachment} with {@code nosniff}.
     */
    public static String contentType(String declared) {
        if (declared == null || declared.isBlank() || declared.length() > MAX_TYPE_LENGTH) {
            return FALLBACK_TYPE;
        }
        try {
            MimeType type = MimeTypeUtils.parseMimeType(declared.strip());
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return FALLBACK_TYPE;
            }
            String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            String charset = type.getParameter("charset");
            return charset == null ? essence : essence + ";charset=" + charset.toLowerCase(Locale.ROOT);
        } catch (InvalidMimeTypeException malformed) {
            return FALLBACK_TYPE;
        }
    }

    private static boolean visibleOrSpace(int codePoint) {
        return switch (Character.getType(codePoint)) {
            // control characters, bidi overrides and zero-width marks, line and paragraph separators,
            // unpaired surrogates, private use and unassigned code points
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_FILE_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_KEPT_EXTENSION ? name.substring(dot) : "";
        int keep = MAX_FILE_NAME_LENGTH - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
