package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.night.CustomerChoice;
import com.servicepolicy.evaluator.night.CustomerOutlines;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.night.StoredHistory;
import com.servicepolicy.evaluator.spill.EventBytes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluate step's chunks: every stored customer read once, in id order, the chosen ones evaluated. */
class NightChunksTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);
    private static final long DAY = 86_400_000L;
    private static final long AS_OF = 100 * DAY;
    private static final NightChoice CHOICE = new NightChoice(NIGHT, AS_OF - 90 * DAY, AS_OF - 15 * DAY,
            AS_OF - 90 * DAY, AS_OF);

    @Test
    void aDenseNightEvaluatesEveryCustomerInChunksOfTheGivenSize() {
        Store store = new Store();
        for (int i = 0; i < 25; i++) {
            store.put(String.format("c%03d", i), NIGHT, 1, new EventBytes.Outline(EventType.AGENT_REPLY, AS_OF, "i", null));
        }
        List<NightChunks.Chunk> chunks = all(new NightChunks(store, CHOICE, 10));

        assertThat(chunks).extracting(c -> c.toEvaluate().size()).containsExactly(10, 10, 5);
        assertThat(chunks).extracting(NightChunks.Chunk::last).containsExactly("c009", "c019", "c024");
        assertThat(chunks.stream().flatMap(c -> c.toEvaluate().stream()).map(StoredHistory::customerId).toList())
                .isEqualTo(new ArrayList<>(store.customers.keySet()));
        assertThat(store.pages).as("a page a full chunk; the last one's second page and the next call find none")
                .isEqualTo(5);
    }

    @Test
    void aSparseNightReadsEveryCustomerAndCommitsEveryFewPagesKeepingTheFairnessCountsOfTheOthers() {
        Store store = new Store();
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String id = String.format("c%04d", i);
            if (i % 97 == 0) { // first read tonight
                store.put(id, NIGHT, 1, new EventBytes.Outline(EventType.AGENT_REPLY, AS_OF - 60 * DAY, "i", null));
                chosen.add(id);
            } else if (i % 10 == 0) { // an interaction opened and resolved in the fairness window, nothing recent
                store.put(id, NIGHT.minusDays(40), 1, new EventBytes.Outline(EventType.OPENED, AS_OF - 40 * DAY, "i", null),
                        new EventBytes.Outline(EventType.RESOLVED, AS_OF - 39 * DAY, "i", null));
            } else { // a history of two rows, long quiet
                store.put(id, NIGHT.minusDays(80), 2, new EventBytes.Outline(EventType.AGENT_REPLY, AS_OF - 80 * DAY, "i", null));
            }
        }
        List<NightChunks.Chunk> chunks = all(new NightChunks(store, CHOICE, 3));

        assertThat(chunks.stream().flatMap(c -> c.toEvaluate().stream()).map(StoredHistory::customerId).toList())
                .isEqualTo(chosen);
        assertThat(chunks.stream().mapToLong(NightChunks.Chunk::read).sum()).isEqualTo(1_000);
        assertThat(chunks).allSatisfy(c -> assertThat(c.toEvaluate().size()).isLessThanOrEqualTo(3 + 3));
        assertThat(chunks).as("at most 20 pages of at most 4 rows, two rows a quiet customer").allSatisfy(c ->
                assertThat(c.read()).isLessThanOrEqualTo(NightChunks.MAX_PAGES * 4));
        List<CustomerChoice> kept = chunks.stream().flatMap(c -> c.kept().stream()).toList();
        assertThat(kept).filteredOn(c -> !c.evaluate()).extracting(CustomerChoice::customerId)
                .as("the multiples of 10 but 0 and 970, chosen as multiples of 97").hasSize(98).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1)) % 10).isZero());
        assertThat(kept).filteredOn(c -> !c.evaluate()).allSatisfy(c -> assertThat(c.opened()).isEqualTo(1));
    }

    private static List<NightChunks.Chunk> all(NightChunks chunks) {
        List<NightChunks.Chunk> all = new ArrayList<>();
        for (NightChunks.Chunk c = chunks.after(""); !c.isEmpty(); c = chunks.after(c.last())) {
            all.add(c);
        }
        return all;
    }

    private record Stored(String customerId, int rows, CustomerOutlines outlines) implements StoredHistory {
    }

    /** Pages whole customers as the store's customer index does: a full page leaves out its last customer. */
    private static final class Store implements EventStore {
        final Map<String, Stored> customers = new TreeMap<>();
        int pages;

        void put(String id, LocalDate night, int rows, EventBytes.Outline... events) {
            customers.put(id, new Stored(id, rows, new CustomerOutlines(id,
                    List.of(events).stream().map(e -> new CustomerOutlines.Stored(e, night)).toList())));
        }

        @Override
        public List<StoredHistory> storedHistories(String afterCustomerId, int maxRows) {
            pages++;
            List<StoredHistory> page = new ArrayList<>();
            int rows = 0;
            for (Stored s : ((TreeMap<String, Stored>) customers).tailMap(afterCustomerId, false).values()) {
                if (rows + s.rows() > maxRows) {
                    if (page.isEmpty()) {
                        page.add(s); // a customer with more rows than a page comes alone
                    }
                    break;
                }
                rows += s.rows();
                page.add(s);
                if (rows == maxRows) {
                    break; // full: its last customer's rows may have been cut, so it is left to the next page
                }
            }
            if (rows == maxRows && page.size() > 1) {
                page.remove(page.size() - 1);
            }
            return page;
        }

        @Override
        public List<Event> eventsOf(List<StoredHistory> histories, long from, long to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void insert(LocalDate runDate, List<PlacedEvent> events) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEachId(BiConsumer<String, Origin> visitor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long deleteOlderThan(long cutoff) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countFirstReadOn(LocalDate runDate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<com.servicepolicy.evaluator.night.CustomerHistory> histories(String afterCustomerId, int maxRows) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Event> eventsOfChosen(LocalDate runDate, String afterCustomerId, String lastCustomerId, long from,
                                          long to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Event> eventsOfCustomer(String customerId, long from, long to) {
            throw new UnsupportedOperationException();
        }
    }
}
