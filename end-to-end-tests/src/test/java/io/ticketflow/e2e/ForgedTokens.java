package io.ticketflow.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * Tokens the platform must refuse, made from a real token of its issuer: re-signed with the issuer's own key (read
 * from the PKCS#8 PEM file the identity-server keeps in its home, readable by the user running the platform) after
 * one claim was changed, so that claim is the only thing wrong; or changed after signing, so only the signature is.
 * The header, key id included, is kept as the issuer wrote it. Plain JDK RS256 (SHA256withRSA), no JOSE library:
 * this module talks to the platform from outside and carries none of its dependencies.
 */
final class ForgedTokens {
    /** identity-server's {@code SigningKey.FILE_NAME} under its home, {@code <run>/identity}. */
    static final String KEY_FILE = "identity/signing-key.pem";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final PrivateKey issuerKey;

    private ForgedTokens(PrivateKey issuerKey) {
        this.issuerKey = issuerKey;
    }

    static ForgedTokens withIssuerKeyIn(Path runDirectory) throws IOException, GeneralSecurityException {
        String pem = Files.readString(runDirectory.resolve(KEY_FILE), StandardCharsets.US_ASCII);
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
        byte[] der = Base64.getMimeDecoder().decode(base64);
        return new ForgedTokens(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    /** {@code token} with its claims changed, signed again with the issuer's key: a valid signature. */
    String resigned(String token, Consumer<ObjectNode> change) throws IOException, GeneralSecurityException {
        String[] parts = token.split("\\.");
        String signingInput = parts[0] + "." + changedClaims(parts[1], change);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(issuerKey);
        rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + ENCODER.encodeToString(rs256.sign());
    }

    /** {@code token} with its claims changed and its original signature, which no longer matches them. */
    static String tampered(String token, Consumer<ObjectNode> change) throws IOException {
        String[] parts = token.split("\\.");
        return parts[0] + "." + changedClaims(parts[1], change) + "." + parts[2];
    }

    /** The claims of a token, decoded (for the test to read, not to trust). */
    static ObjectNode claims(String token) throws IOException {
        return (ObjectNode) JSON.readTree(DECODER.decode(token.split("\\.")[1]));
    }

    private static String changedClaims(String encodedClaims, Consumer<ObjectNode> change) throws IOException {
        ObjectNode claims = (ObjectNode) JSON.readTree(DECODER.decode(encodedClaims));
        change.accept(claims);
        return ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
    }
}
