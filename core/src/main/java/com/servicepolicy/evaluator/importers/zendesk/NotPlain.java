package com.servicepolicy.evaluator.importers.zendesk;

/**
 * The byte scanner's reading of a document gave up (something it does not take, or a broken document): the Jackson
 * reading starts over, so that results, lines and reasons are always its own. Thrown often enough in tests that it
 * carries no stack.
 */
final class NotPlain extends Exception {
    NotPlain(String why) {
        super(why, null, false, false);
    }
}
