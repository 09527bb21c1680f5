/**
 * Importers: adapters behind the event-source port ({@link com.servicepolicy.evaluator.ingest.EventSource}) that
 * turn a helpdesk's own export (ServiceNow incident audit CSV, Zendesk audits, Twitter threads, NYC 311 requests,
 * any CSV described by a mapping file) into candidate events of the contract. Each is found by name through
 * {@link java.util.ServiceLoader}, so every door (command line, HTTP, batch) reads them like the contract's own
 * formats; validation, duplicates and accounting stay the reader's. Spring-free.
 */
package com.servicepolicy.evaluator.importers;
