package org.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Decodes article bytes as strict UTF-8, refusing binary data, with messages that say where and what to do. */
final class StrictText {

    private StrictText() {
    }

    /** A decoding failure; the message is ready for the user, without the origin. */
    static final class TextException extends Exception {
        TextException(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes) throws TextException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new TextException("binary data (a NUL byte at byte " + i
                        + "); give the article as UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            throw new TextException("not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes[Math.min(at, bytes.length - 1)] & 0xff)
                    + " at byte " + at + "); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8");
        } catch (CharacterCodingException e) {
            throw new TextException("not valid UTF-8 (" + e.getMessage() + "); convert it to UTF-8 first");
        }
    }
}
