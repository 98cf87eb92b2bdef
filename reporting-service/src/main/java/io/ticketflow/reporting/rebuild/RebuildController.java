package io.ticketflow.reporting.rebuild;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/**
 * Starting a rebuild and following it. A malformed id never reaches here (Spring answers 400 with a problem detail).
 * Administrative: behind the gateway, this is for operators, not analysts.
 */
@RestController
class RebuildController {

    static final String PATH = "/api/reports/admin/rebuilds";
    private static final int LISTED = 50;

    private final Rebuilder rebuilder;
    private final Rebuilds rebuilds;

    RebuildController(Rebuilder rebuilder, Rebuilds rebuilds) {
        this.rebuilder = rebuilder;
        this.rebuilds = rebuilds;
    }

    /** 202: it runs in the background; {@code Location} is where to follow it. */
    @PostMapping("/api/reports/admin/rebuild")
    ResponseEntity<RebuildStatus> start() {
        RebuildStatus rebuild = rebuilder.start();
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}")
                        .buildAndExpand(rebuild.rebuildId()).toUri())
                .body(rebuild);
    }

    @GetMapping(PATH + "/{rebuildId}")
    RebuildStatus rebuild(@PathVariable UUID rebuildId) {
        return rebuilds.find(rebuildId).orElseThrow(() -> new RebuildNotFoundException(rebuildId));
    }

    /** The latest fifty, latest first. */
    @GetMapping(PATH)
    List<RebuildStatus> rebuilds() {
        return rebuilds.latestFirst(LISTED);
    }
}
