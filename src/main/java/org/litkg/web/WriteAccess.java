package org.litkg.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import org.litkg.document.Hashing;
import org.litkg.ingest.RejectedInput;

/**
 * Who may write: whoever sends {@code Authorization: Bearer TOKEN} with the token the server was
 * started with ({@code --token-file FILE} or {@code LITKG_TOKEN}). With no token, writing is off;
 * there is never a default. A request a browser sends from another site is refused whatever it
 * carries, so a page elsewhere cannot write through a user's browser.
 */
public final class WriteAccess {

    /** Shorter tokens are refused at start: guessable. */
    static final int MIN_TOKEN_CHARS = 16;
    private final byte[] tokenHash;

    private WriteAccess(byte[] tokenHash) {
        this.tokenHash = tokenHash;
    }

    public static WriteAccess off() {
        return new WriteAccess(null);
    }

    public static WriteAccess withToken(String token) {
        String t = token.strip();
        if (t.length() < MIN_TOKEN_CHARS) {
            throw new IllegalArgumentException("the write token has " + t.length() + " characters; use at least "
                    + MIN_TOKEN_CHARS + " (for example: openssl rand -hex 32)");
        }
        return new WriteAccess(hash(t));
    }

    /** From {@code --token-file} if given, else from the environment variable's value if set, else off. */
    public static WriteAccess configure(Path tokenFile, String environmentToken) {
        if (tokenFile != null) {
            try {
                String content = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                if (content.isEmpty()) {
                    throw new IllegalArgumentException("the token file " + tokenFile + " is empty");
                }
                return withToken(content.lines().findFirst().orElse(""));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the token file " + tokenFile + ": " + e.getMessage(), e);
            }
        }
        return environmentToken == null || environmentToken.isBlank() ? off() : withToken(environmentToken);
    }

    public boolean enabled() {
        return tokenHash != null;
    }

    /** Why {@code req} may not write, or empty if it may. */
    Optional<RejectedInput> refusal(HttpServletRequest req) {
        if (!enabled()) {
            return Optional.of(new RejectedInput(403, "writing is off on this server; start it with --token-file FILE "
                    + "or LITKG_TOKEN to accept documents"));
        }
        if (crossSite(req)) {
            return Optional.of(new RejectedInput(403, "a browser request from another site cannot write"));
        }
        String auth = req.getHeader("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(new RejectedInput(401, "writing needs 'Authorization: Bearer TOKEN'"));
        }
        if (!MessageDigest.isEqual(tokenHash, hash(auth.substring(7).strip()))) {
            return Optional.of(new RejectedInput(401, "the bearer token is not this server's write token"));
        }
        return Optional.empty();
    }

    private static boolean crossSite(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && site.equalsIgnoreCase("cross-site")) {
            return true;
        }
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return false; // not sent by a browser's cross-origin machinery
        }
        try {
            // A browser writes a non-default port into both the Origin and the Host header, or into neither.
            String authority = URI.create(origin).getAuthority();
            return authority == null || !authority.equalsIgnoreCase(req.getHeader("Host"));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static byte[] hash(String token) {
        return Hashing.sha256(token).getBytes(StandardCharsets.US_ASCII);
    }
}
