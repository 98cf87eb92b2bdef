package io.ticketflow.launcher;

/** A failure the user can act on: its message is printed as is, without a stack trace. */
final class LauncherException extends RuntimeException {
    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
