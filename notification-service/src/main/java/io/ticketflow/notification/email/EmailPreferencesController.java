package io.ticketflow.notification.email;

import io.ticketflow.notification.recipients.RecipientReference;
import io.ticketflow.notification.web.ProblemResponses;
import io.ticketflow.security.Caller;
import io.ticketflow.web.InvalidParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET} and {@code PUT /api/notifications/preferences/{recipient}}: the kinds of mail a recipient
 * ({@code requester:<ticket id>} or {@code agent:<agent id>}) does not want. A PUT replaces the whole list; mails
 * already recorded are checked again when sent. Another's preferences ({@link PreferenceOwners}) are a 404, as if
 * there were none to see: whether someone is a recipient is nobody else's business.
 */
@RestController
@RequestMapping("/api/notifications/preferences")
class EmailPreferencesController {

    private static final String KINDS = String.join(", ", Arrays.stream(EmailKind.values()).map(EmailKind::code)
            .toList());

    private final EmailPreferences preferences;
    private final PreferenceOwners owners;

    EmailPreferencesController(EmailPreferences preferences, PreferenceOwners owners) {
        this.preferences = preferences;
        this.owners = owners;
    }

    /** The request and answer body; kinds by their codes, such as {@code ticket-reopened}. */
    record Preferences(String recipient, List<String> optedOut) {
    }

    @GetMapping("/{recipient}")
    Preferences get(@PathVariable String recipient, Caller caller) {
        String reference = reference(recipient, caller);
        return answer(reference, preferences.optedOut(reference));
    }

    @PutMapping("/{recipient}")
    Preferences put(@PathVariable String recipient, @RequestBody Preferences request, Caller caller) {
        String reference = reference(recipient, caller);
        if (request.optedOut() == null) {
            throw new InvalidParameter("optedOut", "is required (an empty list opts in to everything)");
        }
        Set<EmailKind> kinds = EnumSet.noneOf(EmailKind.class);
        for (int i = 0; i < request.optedOut().size(); i++) {
            String code = request.optedOut().get(i);
            kinds.add(EmailKind.ofCode(code).orElseThrow(() -> new InvalidParameter("optedOut",
                    "holds an unknown kind of mail; known kinds: " + KINDS)));
        }
        preferences.replace(reference, kinds);
        return answer(reference, kinds);
    }

    private String reference(String recipient, Caller caller) {
        RecipientReference reference = RecipientReference.parse(recipient).orElseThrow(() ->
                new InvalidParameter("recipient", "must be requester:<ticket id> or agent:<agent id>"));
        if (!owners.mayManage(caller, reference)) {
            throw new NotTheirs();
        }
        return reference.toString();
    }

    @ExceptionHandler(NotTheirs.class)
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemResponses.problem(HttpStatus.NOT_FOUND,
                "Not found", "no preferences of this recipient for this caller", List.of()));
    }

    /** Someone else's preferences, answered as if they did not exist. */
    private static final class NotTheirs extends RuntimeException {
        NotTheirs() {
            super(null, null, false, false);
        }
    }

    private static Preferences answer(String reference, Set<EmailKind> kinds) {
        return new Preferences(reference, kinds.stream().map(EmailKind::code).toList());
    }
}
