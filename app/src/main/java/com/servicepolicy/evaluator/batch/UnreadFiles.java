package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.IngestLedger;
import com.servicepolicy.evaluator.night.RejectedLine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of a night's folder that no reader takes ({@link NightFiles#unread}): each is logged and kept as a reject of
 * kind {@link RejectedLine#FILE}, so that the report lists it, instead of a misnamed export being skipped without a
 * word. Not counted among the night's event lines: none of its lines was read. Recorded once per night, with a
 * checkpoint of its own, as the rejects of a read file are, so that a restart or a rerun does not list it twice.
 */
@Component
class UnreadFiles {
    private static final Logger log = LoggerFactory.getLogger(UnreadFiles.class);

    private final IngestLedger ledger;
    private final TransactionTemplate transaction;

    UnreadFiles(IngestLedger ledger, PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    void record(Night night, List<Path> unread) {
        for (Path file : unread) {
            String source = file.getFileName().toString();
            log.warn("{}: {}", source, NightFiles.NOT_READ);
            String checkpoint = "unread:" + source;
            if ("done".equals(ledger.textPosition(night.date(), checkpoint))) {
                continue;
            }
            transaction.executeWithoutResult(status -> {
                ledger.addRejects(night.date(), List.of(new RejectedLine(source, 0, RejectedLine.FILE, null,
                        NightFiles.NOT_READ)));
                ledger.checkpoint(night.date(), checkpoint, 0, "done");
            });
        }
    }
}
