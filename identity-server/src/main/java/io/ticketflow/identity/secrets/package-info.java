/**
 * What the issuer must keep and must never put in the repository or a log: the demo users' passwords, the system
 * client's secret and the RSA signing key. Generated with {@code SecureRandom} at the first start into files readable by
 * their owner only under {@code ticketflow.identity.home}, and reused afterwards, so passwords and tokens outlive a
 * restart.
 */
package io.ticketflow.identity.secrets;
