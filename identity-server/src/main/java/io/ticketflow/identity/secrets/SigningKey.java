package io.ticketflow.identity.secrets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key the issuer signs tokens with, kept as a PKCS#8 PEM file ({@value #FILE_NAME}) under its home: generated
 * at the first start and read afterwards, so tokens issued before a restart still verify against the published JWK set.
 * The key id is the key's thumbprint, which is the same for every start on the same file.
 */
public final class SigningKey {
    public static final String FILE_NAME = "signing-key.pem";
    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);
    private static final int KEY_BITS = 2048;
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private SigningKey() {
    }

    public static RSAKey loadOrCreate(Path home) {
        Path file = home.resolve(FILE_NAME);
        try {
            boolean existed = Files.exists(file);
            RSAPrivateCrtKey privateKey = existed ? read(file) : generate(file);
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
            LOG.info("Token signing key {} is in {} ({}; readable by its owner only)", key.getKeyID(), file,
                    existed ? "kept from an earlier start" : "generated now");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException(file + " does not hold a usable RSA private key (PKCS#8 PEM): "
                    + e.getMessage(), e);
        }
    }

    private static RSAPrivateCrtKey generate(Path file) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS);
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        OwnerOnlyFiles.write(file, BEGIN + "\n" + body + "\n" + END + "\n");
        return key;
    }

    private static RSAPrivateCrtKey read(Path file) throws GeneralSecurityException, IOException {
        String pem = OwnerOnlyFiles.read(file);
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException("no " + BEGIN + " block");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
