package kg.mektep.birikme.command.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On the first start, with no user at all, creates the user "admin": with the password given in
 * BIRIKME_ADMIN_PASSWORD, or else a random one printed once in the log. No password is built in.
 * It runs once every bean (the migrations included) is ready and before the server takes requests,
 * so that no one can try to sign in before the administrator exists.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final String givenPassword;

    FirstAdmin(UserAccounts accounts, @Value("${birikme.security.admin-password:${BIRIKME_ADMIN_PASSWORD:}}") String givenPassword) {
        this.accounts = accounts;
        this.givenPassword = givenPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean generated = givenPassword.isBlank();
        if (!generated && givenPassword.length() < UserAccounts.MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("BIRIKME_ADMIN_PASSWORD is shorter than "
                    + UserAccounts.MINIMUM_PASSWORD_LENGTH + " characters; choose a longer one.");
        }
        if (givenPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > UserAccounts.MAXIMUM_PASSWORD_BYTES) {
            throw new IllegalStateException("BIRIKME_ADMIN_PASSWORD takes more than " + UserAccounts.MAXIMUM_PASSWORD_BYTES
                    + " bytes in UTF-8 (a Cyrillic letter takes 2); choose a shorter one.");
        }
        String password = generated ? randomPassword() : givenPassword;
        if (accounts.createFirstAdmin(password)) {
            if (generated) {
                log.warn("First start: created user 'admin' with the one-time password {} ; sign in and change it "
                        + "(POST /api/session/password). It is not shown again.", password);
            } else {
                log.warn("First start: created user 'admin' with the password from BIRIKME_ADMIN_PASSWORD.");
            }
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
