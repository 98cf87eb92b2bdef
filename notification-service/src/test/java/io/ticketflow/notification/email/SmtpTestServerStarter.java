package io.ticketflow.notification.email;

import org.springframework.stereotype.Component;

/**
 * Starts the JVM's {@link SmtpTestServer} with any test context of this service (component scanning finds this
 * class on the test classpath), so mails of every integration test, webhook tests' tickets included, are accepted
 * rather than left retrying against a port nobody listens on.
 */
@Component
class SmtpTestServerStarter {

    SmtpTestServerStarter() {
        SmtpTestServer.shared();
    }
}
