package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.event.Customer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers and their declared groups, broadcast to every executor (a customer file is small beside
 * the events: about 200 bytes a customer). Its customers are built once per executor JVM from the broadcast
 * value, which Spark keeps once per JVM.
 */
final class CustomerTable implements Serializable {
    private final LinkedHashMap<String, HashMap<String, String>> attributes = new LinkedHashMap<>();
    private transient List<Customer> customers;

    CustomerTable(List<Customer> read) {
        read.forEach(c -> attributes.put(c.customerId(), new HashMap<>(c.attributes())));
    }

    synchronized List<Customer> customers() {
        if (customers == null) {
            List<Customer> built = new ArrayList<>(attributes.size());
            attributes.forEach((id, groups) -> built.add(new Customer(id, Map.copyOf(groups))));
            customers = List.copyOf(built);
        }
        return customers;
    }
}
