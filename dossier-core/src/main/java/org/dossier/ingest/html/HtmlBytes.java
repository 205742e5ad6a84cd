package org.dossier.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes a page's bytes: the charset the server named, else the page's {@code <meta charset>}, else UTF-8. */
public final class HtmlBytes {

    private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private HtmlBytes() {
    }

    /**
     * The page as text; a byte that does not decode becomes U+FFFD and a warning is added.
     *
     * @param contentType the HTTP Content-Type, or {@code null}
     */
    public static String decode(byte[] bytes, String contentType, List<String> warnings) {
        Charset cs = charset(contentType);
        if (cs == null) {
            Matcher m = META.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            cs = m.find() ? forName(m.group(1)) : null;
        }
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("the page is not valid " + cs.name() + "; undecodable bytes became U+FFFD");
            return new String(bytes, cs);
        }
    }

    static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)").matcher(contentType);
        return m.find() ? forName(m.group(1)) : null;
    }

    private static Charset forName(String name) {
        try {
            return Charset.forName(name.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
